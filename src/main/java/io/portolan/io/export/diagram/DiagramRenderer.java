package io.portolan.io.export.diagram;

import io.portolan.catalog.ComponentType;
import io.portolan.diagram.Box;
import io.portolan.diagram.DiagramGeometry;
import io.portolan.diagram.DiagramLayout;
import io.portolan.diagram.EdgeGeometry;
import io.portolan.engine.Crossing;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws a design without a display, with java.awt only: zones as coloured rectangles with their names,
 * firewalls joined to their zones, nodes as labelled boxes, and one arrow per pair of nodes that talk,
 * labelled with its ports. Crossing edges are drawn strong, run through the firewalls they pass and name them; edges
 * with no route are red and dashed. Where edges run and labels go is the diagram's geometry ({@link DiagramLayout}),
 * the same as the window's; a design too large to draw node by node is drawn as its overview. The command line uses
 * it for the workbook's Diagram sheet.
 */
public final class DiagramRenderer {

    /** The size of a node's box, in canvas units. */
    static final double NODE_WIDTH = 132;
    static final double NODE_HEIGHT = 44;
    /** A node whose name takes two lines is this much taller. */
    static final double SECOND_LINE = 14;
    private static final Font NODE_NAME = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font NODE_TYPE = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font FIREWALL_NAME = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final double FIREWALL_SIZE = 26;
    private static final double MARGIN = 40;
    private static final double HEADER = 36;
    /** The room under the title for what an overview says about itself. */
    private static final double OVERVIEW_LINE = 30;
    private static final double LEGEND = 34;
    /** Wide enough for the title and the legend below even the smallest design. */
    private static final double MIN_WIDTH = 820;
    private static final double MAX_PIXELS = 4000;
    private static final double PREFERRED_SCALE = 1.5;

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color TEXT = new Color(0x20, 0x20, 0x20);
    private static final Color MUTED = new Color(0x60, 0x60, 0x60);
    private static final Color CROSSING = new Color(0xC0, 0x50, 0x10);
    private static final Color LOCAL = new Color(0x90, 0x90, 0x90);
    private static final Color NO_ROUTE = new Color(0xD0, 0x20, 0x20);
    private static final Color FIREWALL = new Color(0xB0, 0x30, 0x30);
    private static final Color NODE_BORDER = new Color(0x1F, 0x3A, 0x5F);

    private final FlowAnalysis analysis;
    private final Map<String, List<String>> nodeNames = new HashMap<>();
    private final Graphics2D measure = measuringGraphics();
    private final DiagramGeometry geometry;
    private final Design design;
    private final Rectangle2D world;

    private DiagramRenderer(FlowAnalysis analysis) {
        this.analysis = analysis;
        this.geometry = DiagramLayout.of(analysis, new AwtShapes(measure, this::box, FIREWALL_NAME, FIREWALL_SIZE));
        this.design = geometry.design();
        this.world = worldBounds(design);
        for (EdgeGeometry edge : geometry.edges()) {
            Box label = edge.label();
            if (label != null) {
                world.add(new Rectangle2D.Double(label.x(), label.y(), label.width(), label.height()));
            }
        }
    }

    /** The geometry of the picture of the analysis: what it draws, where edges run and labels go. */
    public static DiagramGeometry geometry(FlowAnalysis analysis) {
        return new DiagramRenderer(analysis).geometry;
    }

    /** A graphics of the picture's hints, to measure text with before the picture's size is known. */
    private static Graphics2D measuringGraphics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        hints(g);
        return g;
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** The design of the analysis as PNG bytes. */
    public static byte[] png(FlowAnalysis analysis) {
        BufferedImage image = new DiagramRenderer(analysis).draw();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the diagram as PNG", e);
        }
        return out.toByteArray();
    }

    private BufferedImage draw() {
        double header = HEADER + (geometry.isOverview() ? OVERVIEW_LINE : 0);
        double width = Math.max(MIN_WIDTH, world.getWidth() + 2 * MARGIN);
        List<String> notes = Notes.lines(measure, geometry.notes(), width - 2 * MARGIN);
        double height = world.getHeight() + 2 * MARGIN + header + LEGEND + Notes.height(notes);
        double scale = Math.min(PREFERRED_SCALE, MAX_PIXELS / Math.max(width, height));
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            title(g);
            g.translate(MARGIN - world.getX(), MARGIN + header - world.getY());
            design.zones().forEach(z -> zone(g, z));
            design.firewalls().forEach(f -> firewallLinks(g, f));
            geometry.edges().forEach(e -> edge(g, e));
            design.nodes().forEach(n -> node(g, n));
            geometry.edges().forEach(e -> EdgeLabels.draw(g, e, colour(e.edge().crossing())));
            design.firewalls().forEach(f -> firewall(g, f));
            g.translate(-(MARGIN - world.getX()), -(MARGIN + header - world.getY()));
            double legendBottom = height - Notes.height(notes);
            legend(g, legendBottom);
            Notes.draw(g, notes, MARGIN, legendBottom);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Rectangle2D worldBounds(Design design) {
        Rectangle2D bounds = null;
        for (Zone zone : design.zones()) {
            Bounds b = zone.bounds();
            bounds = add(bounds, new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height()));
        }
        for (Node node : design.nodes()) {
            Point p = node.position();
            double height = NODE_HEIGHT + SECOND_LINE;
            bounds = add(bounds, new Rectangle2D.Double(p.x() - NODE_WIDTH / 2, p.y() - height / 2, NODE_WIDTH, height + 4));
        }
        for (Firewall firewall : design.firewalls()) {
            Point p = firewall.position();
            bounds = add(bounds, new Rectangle2D.Double(p.x() - 60, p.y() - FIREWALL_SIZE / 2, 120, FIREWALL_SIZE + 18));
        }
        return bounds == null ? new Rectangle2D.Double(0, 0, 400, 200) : bounds;
    }

    private static Rectangle2D add(Rectangle2D bounds, Rectangle2D more) {
        if (bounds == null) {
            return more;
        }
        bounds.add(more);
        return bounds;
    }

    private void title(Graphics2D g) {
        String title = design.request().title().isBlank() ? "Design" : design.request().title();
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.setColor(TEXT);
        g.drawString(title, (float) MARGIN, (float) (MARGIN + 4));
        if (geometry.isOverview()) {
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 11));
            g.setColor(MUTED);
            float y = (float) (MARGIN + 24);
            for (String line : Text.wrap(g, geometry.overview(), MIN_WIDTH - 2 * MARGIN, 3)) {
                g.drawString(line, (float) MARGIN, y);
                y += 14;
            }
        }
    }

    private void zone(Graphics2D g, Zone zone) {
        Bounds b = zone.bounds();
        Rectangle2D rect = new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
        ZonePalette palette = ZonePalette.of(zone.kind());
        g.setColor(palette.fill());
        g.fill(rect);
        g.setColor(palette.border());
        g.setStroke(new BasicStroke(2f));
        g.draw(rect);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(Text.fit(g, zone.name(), b.width() - 16), (float) (b.x() + 8), (float) (b.y() + 20));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        String kind = zone.kind().label().equalsIgnoreCase(zone.name()) ? "" : zone.kind().label() + "  ";
        String detail = kind + String.join(", ", zone.cidrs());
        g.drawString(Text.fit(g, detail, b.width() - 16), (float) (b.x() + 8), (float) (b.y() + 35));
    }

    private void firewallLinks(Graphics2D g, Firewall firewall) {
        Point p = firewall.position();
        g.setColor(FIREWALL);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 4f}, 0f));
        for (String zoneId : firewall.zoneIds()) {
            design.zone(zoneId).ifPresent(zone -> {
                Point2D edge = Geometry.nearestOnBorder(zone.bounds(), p.x(), p.y());
                g.draw(new Line2D.Double(p.x(), p.y(), edge.getX(), edge.getY()));
            });
        }
    }

    private void firewall(Graphics2D g, Firewall firewall) {
        Point p = firewall.position();
        Rectangle2D box = new Rectangle2D.Double(p.x() - FIREWALL_SIZE / 2, p.y() - FIREWALL_SIZE / 2, FIREWALL_SIZE, FIREWALL_SIZE);
        g.setColor(FIREWALL);
        g.fill(box);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.5f));
        double third = FIREWALL_SIZE / 3;
        for (int i = 1; i < 3; i++) {
            g.draw(new Line2D.Double(box.getX(), box.getY() + i * third, box.getMaxX(), box.getY() + i * third));
        }
        g.draw(new Line2D.Double(p.x(), box.getY(), p.x(), box.getY() + third));
        g.draw(new Line2D.Double(p.x() - third / 2, box.getY() + third, p.x() - third / 2, box.getY() + 2 * third));
        g.draw(new Line2D.Double(p.x(), box.getY() + 2 * third, p.x(), box.getMaxY()));
        g.setFont(FIREWALL_NAME);
        Text.centredWithHalo(g, firewall.name(), p.x(), box.getMaxY() + 14, FIREWALL);
    }

    /** The node's box: taller when its name takes two lines. */
    private Box box(Node node) {
        return Box.centred(node.position().x(), node.position().y(), NODE_WIDTH, height(node));
    }

    private double height(Node node) {
        return names(node).size() > 1 ? NODE_HEIGHT + SECOND_LINE : NODE_HEIGHT;
    }

    /** The node's name in one or two lines of the node's width. */
    private List<String> names(Node node) {
        return nodeNames.computeIfAbsent(node.id(), id -> {
            measure.setFont(NODE_NAME);
            return Text.wrap(measure, node.name(), NODE_WIDTH - 12, 2);
        });
    }

    private void node(Graphics2D g, Node node) {
        Box bounds = box(node);
        RoundRectangle2D box = new RoundRectangle2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height(), 10, 10);
        g.setColor(Color.WHITE);
        g.fill(box);
        g.setColor(NODE_BORDER);
        g.setStroke(new BasicStroke(1.8f));
        g.draw(box);
        g.setFont(NODE_NAME);
        g.setColor(TEXT);
        double x = bounds.centreX();
        double baseline = bounds.y() + 19;
        for (String line : names(node)) {
            g.drawString(line, (float) (x - g.getFontMetrics().stringWidth(line) / 2.0), (float) baseline);
            baseline += SECOND_LINE;
        }
        g.setFont(NODE_TYPE);
        g.setColor(MUTED);
        String type = analysis.catalog().type(node.typeId()).map(ComponentType::name).orElse(node.typeId());
        String detail = Text.fit(g, geometry.detail(node.id()).orElse(node.count() > 1 ? type + " \u00d7" + node.count() : type),
                NODE_WIDTH - 12);
        g.drawString(detail, (float) (x - g.getFontMetrics().stringWidth(detail) / 2.0), (float) (baseline - 1));
    }

    private static Color colour(Crossing crossing) {
        return crossing == Crossing.CROSSING ? CROSSING : crossing == Crossing.SAME_ZONE ? LOCAL : NO_ROUTE;
    }

    /** The edge along its route, with an arrow head at each end that receives traffic. */
    private void edge(Graphics2D g, EdgeGeometry edge) {
        double[] route = edge.route();
        if (route.length < 4) {
            return;
        }
        Crossing crossing = edge.edge().crossing();
        g.setColor(colour(crossing));
        g.setStroke(crossing == Crossing.CROSSING ? new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : crossing == Crossing.SAME_ZONE ? new BasicStroke(1.2f)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        Path2D path = new Path2D.Double();
        path.moveTo(route[0], route[1]);
        for (int i = 2; i + 1 < route.length; i += 2) {
            path.lineTo(route[i], route[i + 1]);
        }
        g.draw(path);
        int n = route.length;
        if (edge.edge().forward() != null) {
            Geometry.arrowHead(g, new Point2D.Double(route[n - 4], route[n - 3]), new Point2D.Double(route[n - 2], route[n - 1]), 9);
        }
        if (edge.edge().backward() != null) {
            Geometry.arrowHead(g, new Point2D.Double(route[2], route[3]), new Point2D.Double(route[0], route[1]), 9);
        }
    }

    private void legend(Graphics2D g, double height) {
        double y = height - MARGIN / 2 - 8;
        double x = MARGIN;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        x = legendItem(g, x, y, CROSSING, new BasicStroke(2.2f), "crosses a firewall or zone boundary");
        x = legendItem(g, x, y, LOCAL, new BasicStroke(1.2f), "within one zone");
        legendItem(g, x, y, NO_ROUTE, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f), "no route: unroutable, or an end outside every zone");
    }

    private static double legendItem(Graphics2D g, double x, double y, Color colour, BasicStroke stroke, String text) {
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(new Line2D.Double(x, y - 4, x + 30, y - 4));
        g.setColor(TEXT);
        g.drawString(text, (float) (x + 36), (float) y);
        return x + 36 + g.getFontMetrics().stringWidth(text) + 24;
    }
}
