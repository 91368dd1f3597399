package io.portolan.ui.canvas;

import io.portolan.diagram.Box;
import io.portolan.diagram.DiagramShapes;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How large the canvas draws things, for the diagram's geometry: a node's tile, its name under it and its count badge,
 * a firewall's octagon, name and link handle, and label text in the label fonts. Text is measured once per string.
 */
final class CanvasMetrics implements DiagramShapes {

    // Label fonts are set here, not in CSS, because labels are measured before they join the scene.
    static final Font PORTS_FONT = Font.font("System", FontWeight.NORMAL, 11);
    static final Font NOTE_FONT = Font.font("System", FontPosture.ITALIC, 10.5);
    private static final Font FIREWALL_FONT = Font.font("System", FontWeight.BOLD, 11.5);
    private static final double FIREWALL_NAME_WIDTH = 112;
    /** How far an edge's end keeps from the centre of its node's tile. */
    static final double CLEARANCE = NodeView.TILE / 2 + 3;
    private static final Map<Font, Map<String, double[]>> SIZES = new HashMap<>();
    private static final Text MEASURE = new Text();

    /** The width and height of the text in the font, measured once. */
    static double[] measure(String text, Font font) {
        return SIZES.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(text, key -> {
            MEASURE.setFont(font);
            MEASURE.setText(text);
            return new double[] {MEASURE.getLayoutBounds().getWidth(), MEASURE.getLayoutBounds().getHeight()};
        });
    }

    /** The width and height of the text in the font, wrapped at the width between words, measured once. */
    static double[] measureWrapped(String text, Font font, double wrappingWidth) {
        return SIZES.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(wrappingWidth + "\n" + text, key -> {
            MEASURE.setFont(font);
            MEASURE.setText(text);
            MEASURE.setWrappingWidth(wrappingWidth);
            double[] size = {MEASURE.getLayoutBounds().getWidth(), MEASURE.getLayoutBounds().getHeight()};
            MEASURE.setWrappingWidth(0);
            return size;
        });
    }

    @Override
    public Box node(Node node) {
        return Box.centred(node.position().x(), node.position().y(), 2 * CLEARANCE, 2 * CLEARANCE);
    }

    @Override
    public Box footprint(Node node) {
        double[] name = NodeView.nameSize(node.name());
        double width = Math.max(NodeView.TILE, name[0]);
        return new Box(node.position().x() - width / 2, node.position().y() - NodeView.TILE / 2, width,
                NodeView.TILE + 4 + name[1]);
    }

    @Override
    public void nodeMarks(Node node, Consumer<Box> marks) {
        double x = node.position().x();
        double y = node.position().y();
        marks.accept(Box.centred(x, y, NodeView.TILE, NodeView.TILE));
        double[] name = NodeView.nameSize(node.name());
        marks.accept(new Box(x - name[0] / 2, y + NodeView.TILE / 2 + 4, name[0], name[1]));
        if (node.count() > 1) {
            double[] badge = NodeView.badgeSize(node.count());
            marks.accept(new Box(x + NodeView.TILE / 2 - 2 - badge[0] / 2, y - NodeView.TILE / 2 - badge[1] / 2 + 2,
                    badge[0], badge[1]));
        }
    }

    @Override
    public Box firewall(Firewall firewall) {
        return Box.centred(firewall.position().x(), firewall.position().y(), FirewallView.SIZE, FirewallView.SIZE);
    }

    @Override
    public void firewallMarks(Firewall firewall, Consumer<Box> marks) {
        Box icon = firewall(firewall);
        marks.accept(icon);
        // the link handle at the top right corner
        marks.accept(new Box(icon.maxX() - 1, icon.y() - 3, 16, 16));
        double[] size = measure(firewall.name(), FIREWALL_FONT);
        double width = Math.min(FIREWALL_NAME_WIDTH, size[0] + 8);
        double lines = Math.ceil((size[0] + 8) / FIREWALL_NAME_WIDTH);
        marks.accept(new Box(icon.centreX() - width / 2, icon.maxY() + 3, width, lines * (size[1] + 1)));
    }

    @Override
    public Box zoneTitle(Zone zone) {
        // the title bar (ZoneView's header)
        return new Box(zone.bounds().x(), zone.bounds().y(), zone.bounds().width(), ZoneView.headerHeight(zone));
    }

    @Override
    public double textWidth(String text, LabelFont font) {
        return measure(text, font == LabelFont.PORTS ? PORTS_FONT : NOTE_FONT)[0];
    }

    @Override
    public double lineHeight(LabelFont font) {
        return measure("Ag", font == LabelFont.PORTS ? PORTS_FONT : NOTE_FONT)[1];
    }
}
