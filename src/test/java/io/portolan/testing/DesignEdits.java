package io.portolan.testing;

import io.portolan.catalog.ComponentType;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.NodeAddresses;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random edits of a design's nodes, as a user makes them on the canvas and in the inspector. */
public final class DesignEdits {

    private DesignEdits() {
    }

    /** The ids of the nodes added, removed or changed between the designs. */
    public static Set<String> changedIds(Design before, Design after) {
        Set<String> ids = new HashSet<>();
        before.nodes().forEach(n -> {
            if (!after.nodes().contains(n)) {
                ids.add(n.id());
            }
        });
        after.nodes().forEach(n -> {
            if (!before.nodes().contains(n)) {
                ids.add(n.id());
            }
        });
        return ids;
    }

    /** One edit of a node, as the canvas or the inspector makes it. */
    public static Design edit(Design design, Random random) {
        List<Node> nodes = design.nodes();
        if (nodes.isEmpty() || random.nextInt(10) == 0) {
            return added(design, random);
        }
        Node node = nodes.get(random.nextInt(nodes.size()));
        return switch (random.nextInt(8)) {
            case 0 -> design.withNode(node.withPosition(node.position().translate(random.nextInt(40) - 20, 7)));
            case 1 -> design.withNode(node.withZoneId(zone(design, random)));
            case 2 -> design.withNode(toggled(node, random));
            case 3 -> design.withNode(node.withAddresses(new NodeAddresses("10.0." + random.nextInt(4) + ".1",
                    random.nextBoolean() ? "" : "10.9.9.9", random.nextBoolean() ? "" : "10.8.8.8", "")));
            case 4 -> design.withNode(node.withName(node.name() + "'"));
            case 5 -> design.withNode(node.withCount(1 + random.nextInt(3)));
            case 6 -> design.without(List.of(node.id()));
            default -> design;
        };
    }

    /** The node with one of its type's feature switches flipped, or renamed when its type has none. */
    public static Node toggled(Node node, Random random) {
        ComponentType type = DesignArbitraries.CATALOG.type(node.typeId()).orElseThrow();
        if (type.features().isEmpty()) {
            return node.withName(node.name() + "!");
        }
        String feature = type.features().get(random.nextInt(type.features().size())).id();
        return node.withFeature(feature, !node.hasFeature(feature));
    }

    /** A copy of a node of the design (the same type, so that no rule's component appears or goes), or a new one. */
    private static Design added(Design design, Random random) {
        List<Node> nodes = design.nodes();
        String typeId = nodes.isEmpty() ? "citrix.ddc" : nodes.get(random.nextInt(nodes.size())).typeId();
        String id = design.nextId("n");
        return design.withNode(new Node(id, typeId, id, "", "10.1." + random.nextInt(9) + ".5", zone(design, random),
                new Point(random.nextInt(900), random.nextInt(600)), List.of(), 1));
    }

    private static String zone(Design design, Random random) {
        List<Zone> zones = design.zones();
        return zones.isEmpty() || random.nextInt(8) == 0 ? null : zones.get(random.nextInt(zones.size())).id();
    }
}
