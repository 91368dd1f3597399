package io.portolan.io.export.diagram;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.engine.Crossing;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.io.export.diagram.Shapes.EdgeShape;
import io.portolan.io.export.diagram.Shapes.FirewallShape;
import io.portolan.io.export.diagram.Shapes.Label;
import io.portolan.io.export.diagram.Shapes.NodeShape;
import io.portolan.io.export.diagram.Shapes.ZoneShape;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where everything of the picture goes, in canvas units: zones, firewalls and their links, node tiles with their names,
 * edge routes with their arrowheads, and the port labels with their lines. The one place the picture's geometry comes
 * from: the painter draws what it gives, and how routes run or labels are placed is changed here.
 */
final class DiagramLayout {

    /** The side of a node's tile, as on the canvas; the node's position is the tile's centre. */
    static final double TILE = 44;
    /** The side of a firewall's octagon. */
    static final double FIREWALL = 40;
    static final double ZONE_HEADER = 28;
    private static final double NAME_ROOM = 142;
    private static final double FIREWALL_NAME_ROOM = 112;
    private static final double CLEARANCE = TILE / 2 + 3;

    private final List<ZoneShape> zones = new ArrayList<>();
    private final List<FirewallShape> firewalls = new ArrayList<>();
    private final List<NodeShape> nodes = new ArrayList<>();
    private final List<EdgeShape> edges = new ArrayList<>();
    private final DiagramFonts fonts;
    private Rectangle2D bounds;

    private DiagramLayout(DiagramFonts fonts) {
        this.fonts = fonts;
    }

    /** The layout of the analysed design; without {@code sameZoneEdges}, only the edges that need a rule. */
    static DiagramLayout of(FlowAnalysis analysis, boolean sameZoneEdges, DiagramFonts fonts, GlyphNames glyphs) {
        DiagramLayout layout = new DiagramLayout(fonts);
        Design design = analysis.design();
        design.zones().forEach(z -> layout.zones.add(layout.zone(z)));
        design.firewalls().forEach(f -> layout.firewalls.add(layout.firewall(f, design)));
        design.nodes().forEach(n -> layout.nodes.add(layout.node(n, analysis.catalog(), glyphs)));
        layout.edges(DiagramEdge.of(analysis, sameZoneEdges));
        layout.bounds = layout.measureBounds();
        return layout;
    }

    List<ZoneShape> zones() {
        return zones;
    }

    List<FirewallShape> firewalls() {
        return firewalls;
    }

    List<NodeShape> nodes() {
        return nodes;
    }

    List<EdgeShape> edges() {
        return edges;
    }

    /** The rectangle everything drawn lies in; a small one at the origin for an empty design. */
    Rectangle2D bounds() {
        return bounds;
    }

    private ZoneShape zone(Zone zone) {
        Rectangle2D rect = new Rectangle2D.Double(zone.bounds().x(), zone.bounds().y(), zone.bounds().width(), zone.bounds().height());
        String ranges = String.join(", ", zone.cidrs());
        String detail = zone.kind().label().toUpperCase(Locale.ROOT) + (ranges.isEmpty() ? "" : "  \u00b7  " + ranges);
        Font name = TextStyle.ZONE_NAME.font(fonts);
        Font small = TextStyle.ZONE_DETAIL.font(fonts);
        double room = rect.getWidth() - 20;
        if (DiagramFonts.width(name, zone.name()) + 8 + DiagramFonts.width(small, detail) <= room) {
            return new ZoneShape(zone, rect, ZONE_HEADER, List.of(detail), true);
        }
        List<String> lines = Text.lines(small, detail, room);
        double header = Text.lineHeight(name) + lines.size() * Text.lineHeight(small) + 10;
        return new ZoneShape(zone, rect, Math.max(ZONE_HEADER, header), lines, false);
    }

    private FirewallShape firewall(Firewall firewall, Design design) {
        Point p = firewall.position();
        Font font = TextStyle.FIREWALL_NAME.font(fonts);
        List<String> name = Text.lines(font, firewall.name(), FIREWALL_NAME_ROOM);
        double width = Text.widest(font, name) + 6;
        Rectangle2D nameBox = new Rectangle2D.Double(p.x() - width / 2, p.y() + FIREWALL / 2 + 3, width,
                name.size() * Text.lineHeight(font) + 1);
        List<Line2D> links = new ArrayList<>();
        for (String zoneId : firewall.zoneIds()) {
            design.zone(zoneId).ifPresent(zone -> links.add(new Line2D.Double(new Point2D.Double(p.x(), p.y()),
                    Geometry.nearestOnBorder(zone.bounds(), p.x(), p.y()))));
        }
        return new FirewallShape(firewall, new Point2D.Double(p.x(), p.y()), name, nameBox, links);
    }

    private NodeShape node(Node node, Catalog catalog, GlyphNames glyphs) {
        Point p = node.position();
        ComponentType type = catalog.type(node.typeId()).orElse(null);
        Rectangle2D tile = new Rectangle2D.Double(p.x() - TILE / 2, p.y() - TILE / 2, TILE, TILE);
        Font font = TextStyle.NODE_NAME.font(fonts);
        List<String> name = Text.lines(font, node.name(), NAME_ROOM);
        double width = Text.widest(font, name) + 6;
        Rectangle2D nameBox = new Rectangle2D.Double(p.x() - width / 2, tile.getMaxY() + 4, width, name.size() * Text.lineHeight(font) + 2);
        String badge = node.count() > 1 ? "\u00d7" + node.count() : null;
        Rectangle2D badgeBox = null;
        if (badge != null) {
            Font badgeFont = TextStyle.BADGE.font(fonts);
            double badgeWidth = DiagramFonts.width(badgeFont, badge) + 8;
            double badgeHeight = Text.lineHeight(badgeFont) + 1;
            badgeBox = new Rectangle2D.Double(tile.getMaxX() - badgeWidth / 2 - 2, tile.getY() - badgeHeight / 2 + 2, badgeWidth, badgeHeight);
        }
        DiagramPalette.VendorColours colours = type == null ? null : DiagramPalette.vendor(type.vendor());
        return new NodeShape(node, glyphs.literal(type), colours, tile, name, nameBox, badge, badgeBox);
    }

    /** Routes every edge, then places the labels, crossing edges first: their labels name the firewalls. */
    private void edges(List<DiagramEdge> diagramEdges) {
        EdgeLabels placer = new EdgeLabels();
        for (NodeShape node : nodes) {
            placer.avoid(node.tile().createUnion(node.nameBox()));
            if (node.badgeBox() != null) {
                placer.avoid(node.badgeBox());
            }
        }
        for (FirewallShape firewall : firewalls) {
            Point2D c = firewall.centre();
            placer.avoid(new Rectangle2D.Double(c.getX() - FIREWALL / 2, c.getY() - FIREWALL / 2, FIREWALL, FIREWALL)
                    .createUnion(firewall.nameBox()));
        }
        List<DiagramEdge> ordered = new ArrayList<>(diagramEdges);
        ordered.sort(Comparator.comparing(e -> e.crossing() == Crossing.SAME_ZONE));
        java.util.Map<DiagramEdge, EdgeShape> placed = new java.util.IdentityHashMap<>();
        for (DiagramEdge edge : ordered) {
            placed.put(edge, edge(edge, placer));
        }
        diagramEdges.forEach(e -> edges.add(placed.get(e)));
    }

    private EdgeShape edge(DiagramEdge edge, EdgeLabels placer) {
        Point a = edge.first().position();
        Point b = edge.second().position();
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.max(1e-6, Math.hypot(dx, dy));
        double clip = clip(dx / length, dy / length);
        Point2D start = new Point2D.Double(a.x() + dx / length * clip, a.y() + dy / length * clip);
        Point2D end = new Point2D.Double(b.x() - dx / length * clip, b.y() - dy / length * clip);
        List<String> lines = EdgeText.lines(edge);
        int portLines = EdgeText.portLines(edge);
        Font ports = TextStyle.PORTS.font(fonts);
        Font via = TextStyle.VIA.font(fonts);
        double width = 0;
        double height = 4;
        for (int i = 0; i < lines.size(); i++) {
            Font font = i < portLines ? ports : via;
            width = Math.max(width, DiagramFonts.width(font, lines.get(i)));
            height += Text.lineHeight(font);
        }
        Rectangle2D box = placer.place(start, end, Math.ceil(width + 12), Math.ceil(height));
        return new EdgeShape(edge, List.of(start, end), edge.backward() != null, edge.forward() != null,
                new Label(box, lines, portLines));
    }

    /** How far from a tile's centre a line along (ux, uy) leaves the square around the tile. */
    private static double clip(double ux, double uy) {
        double ax = Math.abs(ux);
        double ay = Math.abs(uy);
        double t = Math.min(ax < 1e-9 ? Double.MAX_VALUE : CLEARANCE / ax, ay < 1e-9 ? Double.MAX_VALUE : CLEARANCE / ay);
        return Math.min(t, 1e6);
    }

    private Rectangle2D measureBounds() {
        Rectangle2D all = null;
        for (ZoneShape zone : zones) {
            all = union(all, zone.bounds());
        }
        for (NodeShape node : nodes) {
            all = union(all, node.tile().createUnion(node.nameBox()));
            if (node.badgeBox() != null) {
                all = union(all, node.badgeBox());
            }
        }
        for (FirewallShape firewall : firewalls) {
            Point2D c = firewall.centre();
            all = union(all, new Rectangle2D.Double(c.getX() - FIREWALL / 2, c.getY() - FIREWALL / 2, FIREWALL, FIREWALL)
                    .createUnion(firewall.nameBox()));
        }
        for (EdgeShape edge : edges) {
            all = union(all, edge.label().box());
        }
        return all == null ? new Rectangle2D.Double(0, 0, 400, 200) : all;
    }

    private static Rectangle2D union(Rectangle2D all, Rectangle2D more) {
        return all == null ? (Rectangle2D) more.clone() : all.createUnion(more);
    }
}
