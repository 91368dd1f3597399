package io.portolan.engine;

import java.util.List;

/**
 * Something a crossing flow passes: a firewall of the design, or the implicit boundary between two zones
 * that no firewall separates.
 *
 * @param id the firewall's id, or {@code boundary:ZONE_A:ZONE_B} for an implicit boundary
 * @param name the firewall's name, or {@code Zone A / Zone B boundary}
 * @param implicit true for an implicit boundary
 * @param zoneIds the zones it joins (for an implicit boundary, the two zones in design order)
 */
public record Boundary(String id, String name, boolean implicit, List<String> zoneIds) {

    public Boundary {
        zoneIds = List.copyOf(zoneIds);
    }
}
