package io.portolan.edit;

import io.portolan.model.Addresses;
import io.portolan.model.Design;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Changes properties of one zone: its name, kind or address ranges.
 *
 * @param zoneId the zone to change; a missing zone leaves the design as it is
 * @param change what to do to it
 * @param description what the change is, for Undo
 */
public record EditZone(String zoneId, UnaryOperator<Zone> change, String description) implements Command {

    public EditZone {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(description, "description");
    }

    /** Renames the zone. */
    public static EditZone name(String zoneId, String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a zone needs a name");
        }
        return new EditZone(zoneId, z -> z.withName(trimmed), "Rename zone");
    }

    /** Changes what the zone is for. */
    public static EditZone kind(String zoneId, ZoneKind kind) {
        Objects.requireNonNull(kind, "kind");
        return new EditZone(zoneId, z -> z.withKind(kind), "Set zone kind");
    }

    /**
     * Sets the zone's address ranges.
     *
     * @throws IllegalArgumentException with the reason when one is not a CIDR range
     */
    public static EditZone cidrs(String zoneId, List<String> cidrs) {
        List<String> trimmed = cidrs.stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
        for (String cidr : trimmed) {
            Addresses.cidrProblem(cidr).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        return new EditZone(zoneId, z -> z.withCidrs(trimmed), "Set zone address ranges");
    }

    @Override
    public Design apply(Design design) {
        return design.zone(zoneId).map(zone -> design.withZone(change.apply(zone))).orElse(design);
    }
}
