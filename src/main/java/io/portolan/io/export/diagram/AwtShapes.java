package io.portolan.io.export.diagram;

import io.portolan.diagram.Box;
import io.portolan.diagram.DiagramShapes;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.function.Consumer;
import java.util.function.Function;

/** How large the picture draws things: node boxes, firewall squares and names, and label text in its fonts. */
final class AwtShapes implements DiagramShapes {

    static final Font PORTS = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private final FontMetrics ports;
    private final FontMetrics note;
    private final FontMetrics firewallName;
    private final Function<Node, Box> boxes;
    private final double firewallSize;

    /** Shapes measured with the graphics' fonts; {@code boxes} gives each node's box. */
    AwtShapes(Graphics2D g, Function<Node, Box> boxes, Font firewallFont, double firewallSize) {
        this.ports = g.getFontMetrics(PORTS);
        this.note = g.getFontMetrics(NOTE);
        this.firewallName = g.getFontMetrics(firewallFont);
        this.boxes = boxes;
        this.firewallSize = firewallSize;
    }

    @Override
    public Box node(Node node) {
        return boxes.apply(node);
    }

    @Override
    public void nodeMarks(Node node, Consumer<Box> marks) {
        marks.accept(boxes.apply(node));
    }

    @Override
    public Box firewall(Firewall firewall) {
        return Box.centred(firewall.position().x(), firewall.position().y(), firewallSize, firewallSize);
    }

    @Override
    public void firewallMarks(Firewall firewall, Consumer<Box> marks) {
        Box icon = firewall(firewall);
        marks.accept(icon);
        double width = firewallName.stringWidth(firewall.name()) + 6;
        marks.accept(new Box(icon.centreX() - width / 2, icon.maxY(), width, firewallName.getHeight() + 4));
    }

    @Override
    public double textWidth(String text, LabelFont font) {
        return (font == LabelFont.PORTS ? ports : note).stringWidth(text);
    }

    @Override
    public double lineHeight(LabelFont font) {
        return (font == LabelFont.PORTS ? ports : note).getHeight();
    }
}
