package io.portolan.edit;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import java.util.Objects;

/**
 * Gives a zone a new rectangle. Nodes keep their places on the canvas: those left outside it move to the
 * zone now under them (or none), those now inside it join it.
 *
 * @param zoneId the zone to resize
 * @param bounds its new rectangle
 */
public record ResizeZone(String zoneId, Bounds bounds) implements Command {

    public ResizeZone {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(bounds, "bounds");
    }

    @Override
    public Design apply(Design design) {
        return design.zone(zoneId)
                .map(zone -> ZoneMembership.refreshAround(design.withZone(zone.withBounds(bounds)), zoneId))
                .orElse(design);
    }

    @Override
    public String description() {
        return "Resize zone";
    }
}
