package io.portolan.edit;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Moves nodes into a zone, as choosing the zone in the inspector does: each node not yet in it is placed on a free spot
 * inside the zone's rectangle, clear of the other nodes and of zones drawn inside it, so that the canvas shows it where
 * the design says it is. Nodes already in the zone stay where they are. One undo step for all of them.
 *
 * @param nodeIds the nodes to move; ids not in the design are ignored
 * @param zoneId the zone to move them into
 * @param description what the move is, for Undo ({@code Move StoreFront to DMZ})
 */
public record MoveToZone(Set<String> nodeIds, String zoneId, String description) implements Command {

    /** Grid of the spots tried, the canvas's snap grid twice over, so that a placed node sits on the grid. */
    static final double STEP = 40;
    /** How far apart two node centres must be, across and down, for their icons and names not to overlap. */
    static final double CLEAR_X = 120;
    static final double CLEAR_Y = 100;
    /** Room kept inside the zone's edges: its title bar above, and half a node on every side. */
    static final double MARGIN_TOP = 80;
    static final double MARGIN = 60;

    public MoveToZone {
        nodeIds = Set.copyOf(nodeIds);
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(description, "description");
    }

    /**
     * The move of the nodes into the zone, described by their names and the zone's in the design.
     *
     * @throws IllegalArgumentException when the design has no such zone
     */
    public static MoveToZone of(Design design, Set<String> nodeIds, String zoneId) {
        Zone zone = design.zone(zoneId).orElseThrow(() -> new IllegalArgumentException("there is no zone " + zoneId));
        String what = nodeIds.size() == 1 ? design.node(nodeIds.iterator().next()).map(Node::name).orElse("1 node")
                : Command.count(nodeIds.size(), "node", "nodes");
        return new MoveToZone(nodeIds, zoneId, "Move " + what + " to " + zone.name());
    }

    @Override
    public Design apply(Design design) {
        Zone zone = design.zone(zoneId).orElseThrow(() -> new IllegalArgumentException("there is no zone " + zoneId));
        List<Node> placed = new ArrayList<>(design.nodes().size());
        List<Node> moved = new ArrayList<>();
        for (Node node : design.nodes()) {
            if (!nodeIds.contains(node.id()) || zoneId.equals(node.zoneId())) {
                placed.add(node);
            }
        }
        for (Node node : design.nodes()) {
            if (nodeIds.contains(node.id()) && !zoneId.equals(node.zoneId())) {
                Point spot = freeSpot(design, zone, placed).orElseGet(() -> crowded(zone, moved.size()));
                Node inZone = node.withPosition(spot).withZoneId(zoneId);
                placed.add(inZone);
                moved.add(inZone);
            }
        }
        return moved.isEmpty() ? design : design.withNodes(moved);
    }

    /** The first spot, row by row from the top left, inside the zone (not a zone within it) and clear of every node. */
    static Optional<Point> freeSpot(Design design, Zone zone, List<Node> others) {
        Bounds b = zone.bounds();
        double left = Math.ceil((b.x() + MARGIN) / STEP) * STEP;
        double top = Math.ceil((b.y() + MARGIN_TOP) / STEP) * STEP;
        for (double y = top; y <= b.y() + b.height() - MARGIN; y += STEP) {
            for (double x = left; x <= b.x() + b.width() - MARGIN; x += STEP) {
                Point spot = new Point(x, y);
                if (design.zoneAt(spot).map(Zone::id).filter(zone.id()::equals).isPresent() && clear(spot, others)) {
                    return Optional.of(spot);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean clear(Point spot, List<Node> others) {
        for (Node other : others) {
            if (Math.abs(other.position().x() - spot.x()) < CLEAR_X && Math.abs(other.position().y() - spot.y()) < CLEAR_Y) {
                return false;
            }
        }
        return true;
    }

    /** A zone with no free spot left takes the node at its centre, each further one a step down and right. */
    private static Point crowded(Zone zone, int index) {
        Bounds b = zone.bounds();
        return new Point(b.x() + b.width() / 2 + index * STEP / 2, b.y() + b.height() / 2 + index * STEP / 2);
    }
}
