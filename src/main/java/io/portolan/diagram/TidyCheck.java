package io.portolan.diagram;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import java.util.ArrayList;
import java.util.List;

/** What a tidied design must keep: every node inside its zone (and in no other), and no two zones overlapping. */
public final class TidyCheck {

    private TidyCheck() {
    }

    /** True when the arrangement keeps every node's room inside its zone, outside the others, and the zones apart. */
    public static boolean keepsZones(Design design, Arrangement arrangement) {
        List<Bounds> zones = new ArrayList<>(arrangement.zones().values());
        for (int i = 0; i < zones.size(); i++) {
            for (int j = i + 1; j < zones.size(); j++) {
                if (overlap(zones.get(i), zones.get(j))) {
                    return false;
                }
            }
        }
        for (Node node : design.nodes()) {
            Point p = arrangement.nodes().get(node.id());
            if (p == null) {
                return false;
            }
            Bounds room = room(p);
            for (var zone : arrangement.zones().entrySet()) {
                boolean own = zone.getKey().equals(node.zoneId());
                if (own ? !inside(room, zone.getValue()) : overlap(room, zone.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The room a node at the position takes. */
    public static Bounds room(Point position) {
        return new Bounds(position.x() - Tidy.NODE_WIDTH / 2, position.y() - Tidy.NODE_TOP, Tidy.NODE_WIDTH, Tidy.NODE_HEIGHT);
    }

    static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    static boolean inside(Bounds inner, Bounds outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x() + outer.width()
                && inner.y() + inner.height() <= outer.y() + outer.height();
    }
}
