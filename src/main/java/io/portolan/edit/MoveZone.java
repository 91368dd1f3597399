package io.portolan.edit;

import io.portolan.model.Design;
import java.util.Set;

/**
 * Moves one zone with the nodes inside it and the firewalls on its edge (see {@link MoveSelection}).
 *
 * @param zoneId the zone to move
 * @param dx horizontal offset in canvas units
 * @param dy vertical offset in canvas units
 */
public record MoveZone(String zoneId, double dx, double dy) implements Command {

    @Override
    public Design apply(Design design) {
        if (design.zone(zoneId).isEmpty()) {
            return design;
        }
        return new MoveSelection(Set.of(zoneId), dx, dy, "zone").apply(design);
    }

    @Override
    public String description() {
        return "Move zone";
    }
}
