package io.portolan.edit;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts nodes, zones and firewalls in new places at once, as Arrange > Tidy does: one command, so one undo step. Nodes
 * keep their zones; ids not in the design are ignored, and what the maps do not name stays where it is.
 *
 * @param nodes new node positions by id
 * @param zones new zone rectangles by id
 * @param firewalls new firewall positions by id
 * @param description what the edit is called in the Undo menu item
 */
public record Rearrange(Map<String, Point> nodes, Map<String, Bounds> zones, Map<String, Point> firewalls,
                        String description) implements Command {

    public Rearrange {
        nodes = Map.copyOf(nodes);
        zones = Map.copyOf(zones);
        firewalls = Map.copyOf(firewalls);
        Objects.requireNonNull(description, "description");
    }

    @Override
    public Design apply(Design design) {
        List<Node> moved = new ArrayList<>();
        for (Node node : design.nodes()) {
            Point to = nodes.get(node.id());
            if (to != null && !to.equals(node.position())) {
                moved.add(node.withPosition(to));
            }
        }
        Design result = moved.isEmpty() ? design : design.withNodes(moved);
        for (Zone zone : design.zones()) {
            Bounds to = zones.get(zone.id());
            if (to != null && !to.equals(zone.bounds())) {
                result = result.withZone(zone.withBounds(to));
            }
        }
        for (Firewall firewall : design.firewalls()) {
            Point to = firewalls.get(firewall.id());
            if (to != null && !to.equals(firewall.position())) {
                result = result.withFirewall(firewall.withPosition(to));
            }
        }
        return result;
    }
}
