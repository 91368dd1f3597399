package io.portolan.diagram;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How large the things of a diagram are where it is drawn: the window's tiles and the pictures' boxes differ, and so
 * do their fonts, but where edges run and labels go is worked out the same way from these.
 */
public interface DiagramShapes {

    /**
     * Told once, before a picture's geometry is worked out, what it draws: the design itself, or for a very large one its
     * overview, whose boxes show the line given by node id under their names. Shapes that size a box by its text take
     * note; the window's, which draws every node as it is, need not.
     */
    default void drawing(Design design, Map<String, String> details) {
        // nothing to learn by default
    }

    /** The node's body: edges start and end on its border, and other edges keep off it. */
    Box node(Node node);

    /** What of the node other edges keep off: its body and, where drawn apart from it, its name. */
    default Box footprint(Node node) {
        return node(node);
    }

    /** Everything of the node a label must not cover: its body, its name, its count badge. */
    void nodeMarks(Node node, Consumer<Box> marks);

    /** The firewall's icon: an edge that crosses the firewall passes through it. */
    Box firewall(Firewall firewall);

    /** Everything of the firewall a label must not cover: its icon and its name. */
    void firewallMarks(Firewall firewall, Consumer<Box> marks);

    /** The band at the top of a zone that holds its name and address ranges, which labels keep off. */
    default Box zoneTitle(Zone zone) {
        return new Box(zone.bounds().x(), zone.bounds().y(), zone.bounds().width(), 40);
    }

    /** The width of a line of label text in the font. */
    double textWidth(String text, LabelFont font);

    /** The height of a line of label text in the font. */
    double lineHeight(LabelFont font);

    /** The fonts of an edge label: its ports, and the note under them (firewalls passed, a comparison's mark). */
    enum LabelFont {
        PORTS, NOTE
    }
}
