package io.portolan.io.export.diagram;

import io.portolan.diagram.Box;
import io.portolan.diagram.DiagramGeometry;
import io.portolan.diagram.DiagramNote;
import io.portolan.diagram.EdgeGeometry;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.export.diagram.Shapes.EdgeShape;
import io.portolan.io.export.diagram.Shapes.FirewallShape;
import io.portolan.io.export.diagram.Shapes.Label;
import io.portolan.io.export.diagram.Shapes.NodeShape;
import io.portolan.io.export.diagram.Shapes.ZoneShape;
import io.portolan.model.Design;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where everything of the picture goes, in canvas units: zones, firewalls and their links, node tiles with their names,
 * edge routes with their arrowheads, and the port labels. Where edges run and where labels go is the diagram's geometry
 * ({@link io.portolan.diagram.DiagramLayout}), the same as the window's: crossing edges through the icons of the
 * firewalls they cross and around the nodes in their way, labels wrapped and clear of every node, badge, firewall and
 * other label, and those that find no place as numbered notes. A design too large to draw node by node is drawn as its
 * overview. The painter draws what this gives.
 */
final class DiagramLayout {

    /** The side of a firewall's octagon. */
    static final double FIREWALL = PictureShapes.FIREWALL;
    static final double ZONE_HEADER = PictureShapes.ZONE_HEADER;

    private final List<ZoneShape> zones = new ArrayList<>();
    private final List<FirewallShape> firewalls = new ArrayList<>();
    private final List<NodeShape> nodes = new ArrayList<>();
    private final List<EdgeShape> edges = new ArrayList<>();
    private final DiagramGeometry geometry;
    private final Rectangle2D bounds;

    private DiagramLayout(DiagramGeometry geometry, PictureShapes shapes) {
        this.geometry = geometry;
        Design design = geometry.design();
        design.zones().forEach(z -> zones.add(shapes.shape(z)));
        design.firewalls().forEach(f -> firewalls.add(shapes.shape(f)));
        design.nodes().forEach(n -> nodes.add(shapes.shape(n)));
        geometry.edges().forEach(e -> edges.add(edge(e)));
        this.bounds = measureBounds();
    }

    /** The layout of the analysed design; without {@code sameZoneEdges}, only the edges that need a rule. */
    static DiagramLayout of(FlowAnalysis analysis, boolean sameZoneEdges, DiagramFonts fonts, GlyphNames glyphs) {
        PictureShapes shapes = new PictureShapes(fonts, analysis.catalog(), glyphs);
        DiagramGeometry geometry = io.portolan.diagram.DiagramLayout.of(analysis, shapes, sameZoneEdges);
        return new DiagramLayout(geometry, shapes);
    }

    /**
     * The layout of every node and edge of the analysed design, however crowded or large: the geometry the picture
     * would have without its overview, to check it.
     */
    static DiagramLayout detailed(FlowAnalysis analysis, DiagramFonts fonts, GlyphNames glyphs) {
        PictureShapes shapes = new PictureShapes(fonts, analysis.catalog(), glyphs);
        shapes.drawing(analysis.design(), java.util.Map.of());
        return new DiagramLayout(io.portolan.diagram.DiagramLayout.detailed(analysis, shapes), shapes);
    }

    /** How many edges show neither their label nor a note's number, for want of room. */
    long unlabelled() {
        return edges.stream().filter(e -> e.label() == null).count();
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

    /** The labels that found no free place on the picture, whole, by the number their edge shows. */
    List<DiagramNote> notes() {
        return geometry.notes();
    }

    /** What the picture says under its title when it is an overview of a very large design; null when it is not. */
    String overview() {
        return geometry.overview();
    }

    /** The rectangle everything drawn lies in; a small one at the origin for an empty design. */
    Rectangle2D bounds() {
        return bounds;
    }

    private static EdgeShape edge(EdgeGeometry geometry) {
        double[] route = geometry.route();
        List<Point2D> points = new ArrayList<>(route.length / 2);
        for (int i = 0; i + 1 < route.length; i += 2) {
            points.add(new Point2D.Double(route[i], route[i + 1]));
        }
        Box box = geometry.label();
        Label label = box == null ? null
                : new Label(new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()), geometry.lines(), geometry.note());
        return new EdgeShape(geometry.edge(), points, geometry.edge().backward() != null, geometry.edge().forward() != null, label);
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
            if (edge.label() != null) {
                all = union(all, edge.label().box());
            }
            for (Point2D point : edge.route()) {
                all = union(all, new Rectangle2D.Double(point.getX(), point.getY(), 0, 0));
            }
        }
        return all == null ? new Rectangle2D.Double(0, 0, 400, 200) : all;
    }

    private static Rectangle2D union(Rectangle2D all, Rectangle2D more) {
        return all == null ? (Rectangle2D) more.clone() : all.createUnion(more);
    }
}
