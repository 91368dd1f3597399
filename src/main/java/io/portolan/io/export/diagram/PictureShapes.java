package io.portolan.io.export.diagram;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.diagram.Box;
import io.portolan.diagram.DiagramShapes;
import io.portolan.io.export.diagram.Shapes.FirewallShape;
import io.portolan.io.export.diagram.Shapes.NodeShape;
import io.portolan.io.export.diagram.Shapes.ZoneShape;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How large the picture draws things, for the diagram's geometry ({@link io.portolan.diagram.DiagramLayout}) and for
 * the painter alike: a node's tile with its name under it and its count badge, a firewall's octagon with its name, a
 * zone's title bar, and label text in the picture's fonts. Each shape is worked out once, the first time it is asked.
 */
final class PictureShapes implements DiagramShapes {

    /** The side of a node's tile, as on the canvas; the node's position is the tile's centre. */
    static final double TILE = 44;
    /** The side of a firewall's octagon. */
    static final double FIREWALL = 40;
    static final double ZONE_HEADER = 28;
    private static final double NAME_ROOM = 142;
    /** The most lines a node's name takes under its tile, as on the canvas. */
    static final int MAX_NAME_LINES = 3;
    private static final double FIREWALL_NAME_ROOM = 112;
    /** How far an edge's end keeps from the centre of its node's tile. */
    private static final double CLEARANCE = TILE / 2 + 3;

    private final DiagramFonts fonts;
    private final Catalog catalog;
    private final GlyphNames glyphs;
    private final Map<Node, NodeShape> nodes = new HashMap<>();
    private final Map<Firewall, FirewallShape> firewalls = new HashMap<>();
    private final Map<Zone, ZoneShape> zones = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private Design design = Design.empty();
    private Map<String, String> details = Map.of();

    PictureShapes(DiagramFonts fonts, Catalog catalog, GlyphNames glyphs) {
        this.fonts = fonts;
        this.catalog = catalog;
        this.glyphs = glyphs;
    }

    @Override
    public void drawing(Design drawn, Map<String, String> boxDetails) {
        this.design = drawn;
        this.details = Map.copyOf(boxDetails);
    }

    @Override
    public Box node(Node node) {
        return Box.centred(node.position().x(), node.position().y(), 2 * CLEARANCE, 2 * CLEARANCE);
    }

    @Override
    public Box footprint(Node node) {
        NodeShape shape = shape(node);
        return box(shape.tile().createUnion(shape.nameBox()));
    }

    @Override
    public void nodeMarks(Node node, Consumer<Box> marks) {
        NodeShape shape = shape(node);
        marks.accept(box(shape.tile()));
        marks.accept(box(shape.nameBox()));
        if (shape.badgeBox() != null) {
            marks.accept(box(shape.badgeBox()));
        }
    }

    @Override
    public Box firewall(Firewall firewall) {
        return Box.centred(firewall.position().x(), firewall.position().y(), FIREWALL, FIREWALL);
    }

    @Override
    public void firewallMarks(Firewall firewall, Consumer<Box> marks) {
        marks.accept(firewall(firewall));
        marks.accept(box(shape(firewall).nameBox()));
    }

    @Override
    public Box zoneTitle(Zone zone) {
        ZoneShape shape = shape(zone);
        return new Box(zone.bounds().x(), zone.bounds().y(), zone.bounds().width(), shape.headerHeight());
    }

    @Override
    public double textWidth(String text, LabelFont font) {
        // a label is measured item by item as it wraps, and the same few items recur on many edges
        return widths.computeIfAbsent((font == LabelFont.PORTS ? 'p' : 'v') + text, k -> DiagramFonts.width(font(font), text));
    }

    @Override
    public double lineHeight(LabelFont font) {
        return Text.lineHeight(font(font));
    }

    /** The font of label lines of the kind: the ports', or the note's (firewalls passed, no route). */
    Font font(LabelFont font) {
        return (font == LabelFont.PORTS ? TextStyle.PORTS : TextStyle.VIA).font(fonts);
    }

    /** The zone's rectangle, title bar and detail (kind and address ranges) beside its name or under it. */
    ZoneShape shape(Zone zone) {
        return zones.computeIfAbsent(zone, this::zoneShape);
    }

    /** The node's tile, name and badge. */
    NodeShape shape(Node node) {
        return nodes.computeIfAbsent(node, this::nodeShape);
    }

    /** The firewall's octagon, name and links to the borders of its zones in the design drawn. */
    FirewallShape shape(Firewall firewall) {
        return firewalls.computeIfAbsent(firewall, this::firewallShape);
    }

    private ZoneShape zoneShape(Zone zone) {
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

    private FirewallShape firewallShape(Firewall firewall) {
        Point p = firewall.position();
        Font font = TextStyle.FIREWALL_NAME.font(fonts);
        List<String> name = Text.lines(font, firewall.name(), FIREWALL_NAME_ROOM, MAX_NAME_LINES);
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

    private NodeShape nodeShape(Node node) {
        Point p = node.position();
        Rectangle2D tile = new Rectangle2D.Double(p.x() - TILE / 2, p.y() - TILE / 2, TILE, TILE);
        Font font = TextStyle.NODE_NAME.font(fonts);
        List<String> name = new ArrayList<>(Text.lines(font, node.name(), NAME_ROOM, MAX_NAME_LINES));
        String detail = details.get(node.id());
        if (detail != null) {
            name.addAll(Text.lines(font, detail, NAME_ROOM));
        }
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
        if (detail != null) {
            // an overview's box stands for many nodes of any vendor
            return new NodeShape(node, GlyphNames.FALLBACK, DiagramPalette.vendor("common"), tile, List.copyOf(name), nameBox, badge,
                    badgeBox);
        }
        ComponentType type = catalog.type(node.typeId()).orElse(null);
        DiagramPalette.VendorColours colours = type == null ? null : DiagramPalette.vendor(type.vendor());
        return new NodeShape(node, glyphs.literal(type), colours, tile, List.copyOf(name), nameBox, badge, badgeBox);
    }

    private static Box box(Rectangle2D r) {
        return new Box(r.getX(), r.getY(), r.getWidth(), r.getHeight());
    }
}
