package io.portolan.model;

import java.util.List;
import java.util.Objects;

/**
 * A network zone: the Internet, a DMZ, an internal LAN, a cloud, a management network.
 *
 * @param id stable id, unique within the design
 * @param name name shown on the canvas and in the workbook
 * @param kind what the zone is for
 * @param cidrs address ranges in CIDR notation ({@code 10.0.1.0/24}); may be empty
 * @param bounds the rectangle on the canvas
 */
public record Zone(String id, String name, ZoneKind kind, List<String> cidrs, Bounds bounds) {

    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bounds, "bounds");
        cidrs = List.copyOf(cidrs);
    }

    /** The zone with another name. */
    public Zone withName(String newName) {
        return new Zone(id, newName, kind, cidrs, bounds);
    }

    /** The zone with another kind. */
    public Zone withKind(ZoneKind newKind) {
        return new Zone(id, name, newKind, cidrs, bounds);
    }

    /** The zone with other address ranges. */
    public Zone withCidrs(List<String> newCidrs) {
        return new Zone(id, name, kind, newCidrs, bounds);
    }

    /** The zone with another rectangle on the canvas. */
    public Zone withBounds(Bounds newBounds) {
        return new Zone(id, name, kind, cidrs, newBounds);
    }
}
