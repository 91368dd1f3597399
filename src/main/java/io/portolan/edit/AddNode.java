package io.portolan.edit;

import io.portolan.catalog.ComponentType;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import java.util.Objects;

/**
 * Places a new node of a catalog type: its features switched as the type's defaults, a unique readable
 * name ({@code StoreFront 2}), in the innermost zone under the drop point (none when outside every zone).
 *
 * @param type the catalog type to place
 * @param position where it was dropped, the centre of its icon
 */
public record AddNode(ComponentType type, Point position) implements Command {

    /** The id prefix of placed nodes. */
    public static final String ID_PREFIX = "node-";

    public AddNode {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public Design apply(Design design) {
        return design.withNode(newNode(design));
    }

    /** The node this command adds to the design. */
    public Node newNode(Design design) {
        return new Node(design.nextId(ID_PREFIX), type.id(), Names.uniqueNodeName(design, type.name()), "", "",
                ZoneMembership.zoneIdAt(design, position), position, type.defaultFeatures(), 1);
    }

    @Override
    public String description() {
        return "Add " + type.name();
    }
}
