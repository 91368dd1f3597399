package io.portolan.edit;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.List;
import java.util.Objects;

/**
 * Draws a new zone of a kind, named after the kind ({@code DMZ}, {@code DMZ 2}); nodes already under it
 * move into it.
 *
 * @param kind what the zone is for
 * @param bounds its rectangle
 */
public record AddZone(ZoneKind kind, Bounds bounds) implements Command {

    /** The id prefix of drawn zones. */
    public static final String ID_PREFIX = "zone-";

    public AddZone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bounds, "bounds");
    }

    @Override
    public Design apply(Design design) {
        Zone zone = newZone(design);
        return ZoneMembership.refreshAround(design.withZone(zone), zone.id());
    }

    /** The zone this command adds to the design. */
    public Zone newZone(Design design) {
        return new Zone(design.nextId(ID_PREFIX), Names.uniqueZoneName(design, kind.label()), kind, List.of(), bounds);
    }

    @Override
    public String description() {
        return "Add " + kind.label() + " zone";
    }
}
