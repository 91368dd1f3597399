package io.portolan.diagram;

import io.portolan.model.Bounds;
import io.portolan.model.Point;
import java.util.Map;

/**
 * Where a layout puts things: each node's position, each zone's rectangle, each firewall's position, by id.
 *
 * @param nodes the node positions (the centre of the icon)
 * @param zones the zone rectangles
 * @param firewalls the firewall positions
 */
public record Arrangement(Map<String, Point> nodes, Map<String, Bounds> zones, Map<String, Point> firewalls) {

    public Arrangement {
        nodes = Map.copyOf(nodes);
        zones = Map.copyOf(zones);
        firewalls = Map.copyOf(firewalls);
    }
}
