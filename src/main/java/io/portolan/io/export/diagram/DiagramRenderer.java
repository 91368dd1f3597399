package io.portolan.io.export.diagram;

import io.portolan.catalog.ComponentType;
import io.portolan.engine.Crossing;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.NodePairFlows;
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
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a design without a display, with java.awt only: zones as coloured rectangles with their names,
 * firewalls joined to their zones, nodes as labelled boxes, and one arrow per pair of nodes that talk,
 * labelled with its ports. Crossing edges are drawn strong and name the firewalls they pass; edges with
 * no route are red and dashed. The command line uses it for the workbook's Diagram sheet.
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
    private final Design design;
    private final Rectangle2D world;
    private final EdgeLabels labels = new EdgeLabels();
    private final Map<String, List<String>> nodeNames = new HashMap<>();

    private DiagramRenderer(FlowAnalysis analysis) {
        this.analysis = analysis;
        this.design = analysis.design();
        this.world = worldBounds(design);
    }

    /** The design of the analysis as PNG bytes. */
    public static byte[] png(FlowAnalysis analysis) {
        return Png.bytes(new DiagramRenderer(analysis).draw());
    }

    private BufferedImage draw() {
        double width = Math.max(MIN_WIDTH, world.getWidth() + 2 * MARGIN);
        double height = world.getHeight() + 2 * MARGIN + HEADER + LEGEND;
        double scale = Math.min(PREFERRED_SCALE, MAX_PIXELS / Math.max(width, height));
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            title(g);
            g.translate(MARGIN - world.getX(), MARGIN + HEADER - world.getY());
            g.setFont(NODE_NAME);
            design.nodes().forEach(n -> nodeNames.put(n.id(), Text.wrap(g, n.name(), NODE_WIDTH - 12, 2)));
            design.nodes().forEach(n -> labels.avoid(box(n)));
            design.firewalls().forEach(f -> labels.avoid(new Rectangle2D.Double(f.position().x() - 50,
                    f.position().y() - FIREWALL_SIZE / 2, 100, FIREWALL_SIZE + 18)));
            design.zones().forEach(z -> zone(g, z));
            design.firewalls().forEach(f -> firewallLinks(g, f));
            List<NodePairFlows> pairs = analysis.byNodePair();
            Set<String> directions = new HashSet<>();
            pairs.forEach(p -> directions.add(p.source().id() + ">" + p.destination().id()));
            for (NodePairFlows pair : pairs) {
                edge(g, pair, directions.contains(pair.destination().id() + ">" + pair.source().id()));
            }
            design.nodes().forEach(n -> node(g, n));
            labels.draw(g);
            design.firewalls().forEach(f -> firewall(g, f));
            g.translate(-(MARGIN - world.getX()), -(MARGIN + HEADER - world.getY()));
            legend(g, height);
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
    private Rectangle2D box(Node node) {
        double height = height(node);
        Point p = node.position();
        return new Rectangle2D.Double(p.x() - NODE_WIDTH / 2, p.y() - height / 2, NODE_WIDTH, height);
    }

    private double height(Node node) {
        return nodeNames.getOrDefault(node.id(), List.of()).size() > 1 ? NODE_HEIGHT + SECOND_LINE : NODE_HEIGHT;
    }

    private void node(Graphics2D g, Node node) {
        Rectangle2D bounds = box(node);
        RoundRectangle2D box = new RoundRectangle2D.Double(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight(), 10, 10);
        g.setColor(Color.WHITE);
        g.fill(box);
        g.setColor(NODE_BORDER);
        g.setStroke(new BasicStroke(1.8f));
        g.draw(box);
        g.setFont(NODE_NAME);
        g.setColor(TEXT);
        double x = bounds.getCenterX();
        double baseline = bounds.getY() + 19;
        for (String line : nodeNames.get(node.id())) {
            g.drawString(line, (float) (x - g.getFontMetrics().stringWidth(line) / 2.0), (float) baseline);
            baseline += SECOND_LINE;
        }
        g.setFont(NODE_TYPE);
        g.setColor(MUTED);
        String type = analysis.catalog().type(node.typeId()).map(ComponentType::name).orElse(node.typeId());
        String detail = Text.fit(g, node.count() > 1 ? type + " \u00d7" + node.count() : type, NODE_WIDTH - 12);
        g.drawString(detail, (float) (x - g.getFontMetrics().stringWidth(detail) / 2.0), (float) (baseline - 1));
    }

    private void edge(Graphics2D g, NodePairFlows pair, boolean twoWay) {
        Point from = pair.source().position();
        Point to = pair.destination().position();
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        // a pair that talks both ways gets two parallel arrows: the offset is to the right of each direction
        double offset = twoWay ? 7 : 0;
        double ox = -dy / length * offset;
        double oy = dx / length * offset;
        Point2D start = Geometry.leaveBox(from.x() + ox, from.y() + oy, to.x() + ox, to.y() + oy, NODE_WIDTH, height(pair.source()));
        Point2D end = Geometry.leaveBox(to.x() + ox, to.y() + oy, from.x() + ox, from.y() + oy, NODE_WIDTH,
                height(pair.destination()));
        Crossing crossing = pair.route().crossing();
        Color colour = crossing == Crossing.CROSSING ? CROSSING : crossing == Crossing.SAME_ZONE ? LOCAL : NO_ROUTE;
        g.setColor(colour);
        g.setStroke(crossing == Crossing.CROSSING ? new BasicStroke(2.2f)
                : crossing == Crossing.SAME_ZONE ? new BasicStroke(1.2f)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        g.draw(new Line2D.Double(start, end));
        Geometry.arrowHead(g, start, end, 9);
        String via = switch (crossing) {
            case CROSSING -> "via " + String.join(", ", pair.route().boundaryNames());
            case UNROUTABLE -> "no firewall path";
            case UNZONED -> "outside every zone";
            case SAME_ZONE -> null;
        };
        labels.add(start, end, pair.label(), via, colour);
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
