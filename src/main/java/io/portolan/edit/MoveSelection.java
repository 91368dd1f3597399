package io.portolan.edit;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves the selected nodes, firewalls and zones by one offset: the whole of one drag, so one undo step.
 * A moved zone takes the nodes inside it along and keeps them in it; a moved node lands in the innermost
 * zone under its new centre, or in none outside every zone. Firewalls on the edge of a moved zone follow
 * it: fully when every zone they join moves, halfway when they also join a zone that stays, so that they
 * remain between the two.
 *
 * @param ids the ids of the selected nodes, firewalls and zones; ids not in the design are ignored
 * @param dx horizontal offset in canvas units
 * @param dy vertical offset in canvas units
 * @param what what is moved, in words ({@code 3 nodes}), for the description
 */
public record MoveSelection(Set<String> ids, double dx, double dy, String what) implements Command {

    /** How far from a zone's rectangle a firewall still counts as sitting on its edge. */
    public static final double EDGE_MARGIN = 48;

    public MoveSelection {
        ids = Set.copyOf(ids);
    }

    /** The move of the ids in the design, described by what they name there. */
    public static MoveSelection of(Design design, Set<String> ids, double dx, double dy) {
        return new MoveSelection(ids, dx, dy, Selections.describe(design, ids));
    }

    @Override
    public Design apply(Design design) {
        if (dx == 0 && dy == 0) {
            return design;
        }
        Set<String> movedZones = new HashSet<>();
        for (Zone zone : design.zones()) {
            if (ids.contains(zone.id())) {
                movedZones.add(zone.id());
            }
        }
        Design result = design;
        for (Zone zone : design.zones()) {
            if (movedZones.contains(zone.id())) {
                result = result.withZone(zone.withBounds(zone.bounds().translate(dx, dy)));
            }
        }
        result = result.withNodes(movedNodes(design, result, movedZones));
        for (String zoneId : movedZones) {
            // a zone moved over other nodes takes them in, as drawing or resizing it does
            result = ZoneMembership.refreshAround(result, zoneId);
        }
        for (Firewall firewall : design.firewalls()) {
            double share = firewallShare(design, firewall, movedZones);
            if (share > 0) {
                result = result.withFirewall(firewall.withPosition(firewall.position().translate(dx * share, dy * share)));
            }
        }
        return result;
    }

    private List<Node> movedNodes(Design before, Design zonesMoved, Set<String> movedZones) {
        List<Node> moved = new ArrayList<>();
        for (Node node : before.nodes()) {
            boolean inMovedZone = node.zoneId() != null && movedZones.contains(node.zoneId());
            if (inMovedZone) {
                moved.add(node.withPosition(node.position().translate(dx, dy)));
            } else if (ids.contains(node.id())) {
                Node placed = node.withPosition(node.position().translate(dx, dy));
                moved.add(placed.withZoneId(ZoneMembership.zoneIdAt(zonesMoved, placed.position())));
            }
        }
        return moved;
    }

    /** 1 for a firewall that moves fully, 0.5 for halfway, 0 for one that stays. */
    private double firewallShare(Design design, Firewall firewall, Set<String> movedZones) {
        if (ids.contains(firewall.id())) {
            return 1;
        }
        Set<String> movedNear = new LinkedHashSet<>();
        for (String zoneId : firewall.zoneIds()) {
            if (movedZones.contains(zoneId) && near(design.zone(zoneId).orElseThrow().bounds(), firewall)) {
                movedNear.add(zoneId);
            }
        }
        if (movedNear.isEmpty()) {
            return 0;
        }
        return movedZones.containsAll(firewall.zoneIds()) ? 1 : 0.5;
    }

    private static boolean near(Bounds bounds, Firewall firewall) {
        double x = firewall.position().x();
        double y = firewall.position().y();
        return x >= bounds.x() - EDGE_MARGIN && x <= bounds.x() + bounds.width() + EDGE_MARGIN
                && y >= bounds.y() - EDGE_MARGIN && y <= bounds.y() + bounds.height() + EDGE_MARGIN;
    }

    @Override
    public String description() {
        return "Move " + what;
    }
}
