package io.portolan.io.export.diagram;

import io.portolan.diagram.DiagramShapes.LabelFont;
import io.portolan.diagram.LabelLine;
import io.portolan.diagram.LabelText;
import io.portolan.engine.Crossing;
import io.portolan.io.export.diagram.Shapes.EdgeShape;
import io.portolan.io.export.diagram.Shapes.FirewallShape;
import io.portolan.io.export.diagram.Shapes.Label;
import io.portolan.io.export.diagram.Shapes.NodeShape;
import io.portolan.io.export.diagram.Shapes.ZoneShape;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Paints a {@link DiagramLayout} on any Graphics2D (an image, an SVG, a PDF page), in canvas units, as the canvas
 * draws it in the light theme: zones, firewall links, edges, nodes, labels and firewalls, bottom to top.
 */
final class DiagramPainter {

    static final Stroke SAME_ZONE_LINE = new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    static final Stroke CROSSING_LINE = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    static final Stroke NO_ROUTE_LINE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    private static final Stroke LINK = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f);
    private static final Color SHADOW = new Color(15, 23, 42, 22);
    private static final double HEAD = 9;
    private static final double GLYPH = 26;
    private static final double FIREWALL_GLYPH = 22;

    private final DiagramFonts fonts;
    private final GlyphShapes glyphs;

    DiagramPainter(DiagramFonts fonts, GlyphShapes glyphs) {
        this.fonts = fonts;
        this.glyphs = glyphs;
    }

    void paint(Graphics2D g, DiagramLayout layout) {
        layout.zones().forEach(z -> zone(g, z));
        layout.firewalls().forEach(f -> links(g, f));
        for (Crossing kind : List.of(Crossing.SAME_ZONE, Crossing.CROSSING, Crossing.UNZONED, Crossing.UNROUTABLE)) {
            layout.edges().stream().filter(e -> e.edge().crossing() == kind).forEach(e -> edge(g, e));
        }
        layout.nodes().forEach(n -> node(g, n));
        layout.edges().forEach(e -> label(g, e));
        layout.firewalls().forEach(f -> firewall(g, f));
    }

    private void zone(Graphics2D g, ZoneShape zone) {
        DiagramPalette.ZoneColours colours = DiagramPalette.zone(zone.zone().kind());
        Rectangle2D b = zone.bounds();
        RoundRectangle2D body = new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 16, 16);
        g.setColor(colours.fill());
        g.fill(body);
        Area header = new Area(new RoundRectangle2D.Double(b.getX() + 1.5, b.getY() + 1.5, b.getWidth() - 3, zone.headerHeight(), 14, 14));
        header.add(new Area(new Rectangle2D.Double(b.getX() + 1.5, b.getY() + 8.5, b.getWidth() - 3, zone.headerHeight() - 7)));
        g.setColor(colours.head());
        g.fill(header);
        g.setColor(colours.line());
        g.setStroke(new BasicStroke(1.5f));
        g.draw(body);
        Font name = TextStyle.ZONE_NAME.font(fonts);
        Font detail = TextStyle.ZONE_DETAIL.font(fonts);
        double baseline = b.getY() + (DiagramLayout.ZONE_HEADER + Text.ascent(name)) / 2 - 1;
        g.setColor(colours.text());
        g.setFont(name);
        g.drawString(zone.zone().name(), (float) (b.getX() + 10), (float) baseline);
        g.setFont(detail);
        g.setColor(new Color(colours.text().getRed(), colours.text().getGreen(), colours.text().getBlue(), 204));
        if (zone.detailBeside()) {
            g.drawString(zone.detail().get(0), (float) (b.getX() + 18 + DiagramFonts.width(name, zone.zone().name())), (float) baseline);
        } else {
            double y = baseline + Text.lineHeight(detail) + 2;
            for (String line : zone.detail()) {
                g.drawString(line, (float) (b.getX() + 10), (float) y);
                y += Text.lineHeight(detail);
            }
        }
    }

    private static void links(Graphics2D g, FirewallShape firewall) {
        g.setColor(new Color(DiagramPalette.FIREWALL.getRed(), DiagramPalette.FIREWALL.getGreen(), DiagramPalette.FIREWALL.getBlue(), 191));
        g.setStroke(LINK);
        firewall.links().forEach(g::draw);
    }

    private static void edge(Graphics2D g, EdgeShape edge) {
        Crossing crossing = edge.edge().crossing();
        Color colour = colour(crossing);
        g.setColor(colour);
        g.setStroke(crossing == Crossing.CROSSING ? CROSSING_LINE : crossing == Crossing.SAME_ZONE ? SAME_ZONE_LINE : NO_ROUTE_LINE);
        List<Point2D> route = edge.route();
        if (route.size() < 2) {
            // two nodes on one spot: nothing to draw between them
            return;
        }
        Path2D line = new Path2D.Double();
        line.moveTo(route.get(0).getX(), route.get(0).getY());
        for (int i = 1; i < route.size(); i++) {
            line.lineTo(route.get(i).getX(), route.get(i).getY());
        }
        g.draw(line);
        int last = route.size() - 1;
        if (edge.headAtEnd()) {
            g.fill(Geometry.arrowHead(route.get(last - 1), route.get(last), HEAD));
        }
        if (edge.headAtStart()) {
            g.fill(Geometry.arrowHead(route.get(1), route.get(0), HEAD));
        }
    }

    /** The colour of an edge of the kind: crossing orange, same zone grey, no route red. */
    static Color colour(Crossing crossing) {
        return DiagramPalette.edge(crossing);
    }

    private void node(Graphics2D g, NodeShape node) {
        Rectangle2D t = node.tile();
        RoundRectangle2D tile = new RoundRectangle2D.Double(t.getX(), t.getY(), t.getWidth(), t.getHeight(), 18, 18);
        g.setColor(SHADOW);
        g.fill(new RoundRectangle2D.Double(t.getX() - 1, t.getY(), t.getWidth() + 2, t.getHeight() + 2.5, 20, 20));
        boolean unknown = node.colours() == null;
        Color accent = unknown ? DiagramPalette.UNKNOWN_ACCENT : node.colours().accent();
        g.setColor(unknown ? DiagramPalette.UNKNOWN_TILE : node.colours().tint());
        g.fill(tile);
        g.setColor(accent);
        g.setStroke(unknown ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f)
                : new BasicStroke(1.5f));
        g.draw(tile);
        g.fill(glyphs.glyph(node.glyph(), GLYPH, t.getCenterX(), t.getCenterY()));
        nameBox(g, node.nameBox(), node.name(), TextStyle.NODE_NAME.font(fonts), DiagramPalette.TEXT);
        if (node.badge() != null) {
            Rectangle2D b = node.badgeBox();
            g.setColor(DiagramPalette.BADGE);
            g.fill(new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 16, 16));
            g.setColor(Color.WHITE);
            centred(g, List.of(node.badge()), TextStyle.BADGE.font(fonts), b.getCenterX(), b.getY() + 0.5);
        }
    }

    /** Lines of text on a pale rounded box, so that lines beneath do not hide them. */
    private static void nameBox(Graphics2D g, Rectangle2D box, List<String> lines, Font font, Color colour) {
        g.setColor(DiagramPalette.NAME_BACKGROUND);
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6, 6));
        g.setColor(colour);
        centred(g, lines, font, box.getCenterX(), box.getY() + 1);
    }

    /** Lines centred on x, the first line's top at y. */
    private static void centred(Graphics2D g, List<String> lines, Font font, double x, double top) {
        g.setFont(font);
        double baseline = top + Text.ascent(font);
        for (String line : lines) {
            g.drawString(line, (float) (x - DiagramFonts.width(font, line) / 2), (float) baseline);
            baseline += Text.lineHeight(font);
        }
    }

    private void label(Graphics2D g, EdgeShape edge) {
        Label label = edge.label();
        if (label == null) {
            return;
        }
        Rectangle2D box = label.box();
        Crossing crossing = edge.edge().crossing();
        RoundRectangle2D background = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 8, 8);
        g.setColor(DiagramPalette.LABEL_BACKGROUND);
        g.fill(background);
        g.setColor(crossing == Crossing.SAME_ZONE ? DiagramPalette.SAME_ZONE_LABEL_BORDER : colour(crossing));
        // a number standing for a note under the legend is framed more strongly, to be looked up
        g.setStroke(new BasicStroke(label.note() > 0 ? 1.6f : 1f));
        g.draw(background);
        double top = box.getY() + LabelText.PAD_Y / 2;
        for (LabelLine line : label.lines()) {
            boolean ports = line.font() == LabelFont.PORTS;
            Font font = (ports ? TextStyle.PORTS : TextStyle.VIA).font(fonts);
            Color colour = ports ? (crossing == Crossing.CROSSING ? DiagramPalette.TEXT : DiagramPalette.MUTED)
                    : crossing == Crossing.CROSSING ? DiagramPalette.VIA : DiagramPalette.UNROUTABLE;
            g.setColor(colour);
            centred(g, List.of(line.text()), font, box.getCenterX(), top);
            top += Text.lineHeight(font);
        }
    }

    private void firewall(Graphics2D g, FirewallShape firewall) {
        Point2D c = firewall.centre();
        Shape octagon = octagon(c.getX(), c.getY(), DiagramLayout.FIREWALL / 2);
        g.setColor(SHADOW);
        g.fill(octagon(c.getX(), c.getY() + 1.5, DiagramLayout.FIREWALL / 2 + 1.5));
        g.setColor(DiagramPalette.FIREWALL);
        g.fill(octagon);
        g.setColor(DiagramPalette.FIREWALL_DARK);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(octagon);
        g.setColor(Color.WHITE);
        g.fill(glyphs.glyph(GlyphNames.FIREWALL, FIREWALL_GLYPH, c.getX(), c.getY()));
        nameBox(g, firewall.nameBox(), firewall.name(), TextStyle.FIREWALL_NAME.font(fonts), DiagramPalette.FIREWALL_NAME);
    }

    /** The firewall's octagon of the radius around the point, as the canvas draws it. */
    static Shape octagon(double x, double y, double r) {
        double c = r * 0.42;
        double[] points = {-c, -r, c, -r, r, -c, r, c, c, r, -c, r, -r, c, -r, -c};
        Path2D path = new Path2D.Double();
        path.moveTo(x + points[0], y + points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(x + points[i], y + points[i + 1]);
        }
        path.closePath();
        return path;
    }

    /** A short sample of an edge's line, for the legend. */
    static Line2D sample(double x, double y, double length) {
        return new Line2D.Double(x, y, x + length, y);
    }
}
