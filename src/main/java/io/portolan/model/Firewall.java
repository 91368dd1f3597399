package io.portolan.model;

import java.util.List;
import java.util.Objects;

/**
 * A firewall joining zones; traffic between two of its zones passes it.
 *
 * @param id stable id, unique within the design
 * @param name name used on edges and in the workbook
 * @param zoneIds the zones it joins, in the order they were connected; ids of zones in the design
 * @param position where the firewall is drawn on the canvas (its centre)
 */
public record Firewall(String id, String name, List<String> zoneIds, Point position) {

    public Firewall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        zoneIds = List.copyOf(zoneIds);
    }

    /** True when the firewall joins the zone. */
    public boolean joins(String zoneId) {
        return zoneIds.contains(zoneId);
    }

    /** The firewall with another name. */
    public Firewall withName(String newName) {
        return new Firewall(id, newName, zoneIds, position);
    }

    /** The firewall joining other zones. */
    public Firewall withZoneIds(List<String> newZoneIds) {
        return new Firewall(id, name, newZoneIds, position);
    }

    /** The firewall at another place on the canvas. */
    public Firewall withPosition(Point newPosition) {
        return new Firewall(id, name, zoneIds, newPosition);
    }
}
