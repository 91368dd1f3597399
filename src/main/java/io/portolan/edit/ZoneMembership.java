package io.portolan.edit;

import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps nodes in the zone they sit in after a zone is drawn, resized or removed: a node belongs to the
 * innermost zone under its centre, and to none when it sits outside every zone.
 */
final class ZoneMembership {

    private ZoneMembership() {
    }

    /** The zone a node at the point belongs to, or null when the point is outside every zone. */
    static String zoneIdAt(Design design, io.portolan.model.Point point) {
        return design.zoneAt(point).map(Zone::id).orElse(null);
    }

    /**
     * The design with every node that was in the zone, or now lies under it, placed by its position. Other
     * nodes keep their zone, so that a resize never reshuffles nodes elsewhere on the canvas.
     */
    static Design refreshAround(Design design, String zoneId) {
        List<Node> changed = new ArrayList<>();
        Zone zone = design.zone(zoneId).orElse(null);
        for (Node node : design.nodes()) {
            boolean wasIn = zoneId.equals(node.zoneId());
            boolean liesUnder = zone != null && zone.bounds().contains(node.position());
            if (wasIn || liesUnder) {
                String now = zoneIdAt(design, node.position());
                if (!Objects.equals(now, node.zoneId())) {
                    changed.add(node.withZoneId(now));
                }
            }
        }
        return changed.isEmpty() ? design : design.withNodes(changed);
    }
}
