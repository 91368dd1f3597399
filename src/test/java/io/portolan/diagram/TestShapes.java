package io.portolan.diagram;

import io.portolan.model.Firewall;
import io.portolan.model.Node;
import java.util.function.Consumer;

/** Shapes sized like the window's, with text measured at a fixed width per character, for tests without fonts. */
final class TestShapes implements DiagramShapes {

    static final double TILE = 44;

    @Override
    public Box node(Node node) {
        return Box.centred(node.position().x(), node.position().y(), TILE + 6, TILE + 6);
    }

    @Override
    public Box footprint(Node node) {
        return node(node).union(name(node));
    }

    @Override
    public void nodeMarks(Node node, Consumer<Box> marks) {
        marks.accept(Box.centred(node.position().x(), node.position().y(), TILE, TILE));
        marks.accept(name(node));
        if (node.count() > 1) {
            marks.accept(badge(node));
        }
    }

    static Box name(Node node) {
        double width = Math.min(150, node.name().length() * 7.0 + 6);
        return new Box(node.position().x() - width / 2, node.position().y() + TILE / 2 + 4, width, 17);
    }

    static Box badge(Node node) {
        return Box.centred(node.position().x() + TILE / 2 - 2, node.position().y() - TILE / 2 + 2, 26, 15);
    }

    @Override
    public Box firewall(Firewall firewall) {
        return Box.centred(firewall.position().x(), firewall.position().y(), 40, 40);
    }

    @Override
    public void firewallMarks(Firewall firewall, Consumer<Box> marks) {
        Box icon = firewall(firewall);
        marks.accept(icon);
        double width = Math.min(112, firewall.name().length() * 7.0 + 8);
        marks.accept(new Box(icon.centreX() - width / 2, icon.maxY() + 3, width, 17));
    }

    @Override
    public double textWidth(String text, LabelFont font) {
        return text.length() * (font == LabelFont.PORTS ? 6.5 : 6.0);
    }

    @Override
    public double lineHeight(LabelFont font) {
        return font == LabelFont.PORTS ? 15 : 14;
    }
}
