package io.portolan.diagram;

import io.portolan.engine.Hop;
import io.portolan.engine.Route;
import io.portolan.model.Design;
import java.util.ArrayList;
import java.util.List;

/** The firewalls an edge runs through: those of its route that the design draws, in the order the edge passes them. */
public final class Waypoints {

    private Waypoints() {
    }

    /**
     * The ids of the design's firewalls the route passes, in its order, or in reverse when the edge is drawn from the
     * route's destination to its source; implicit boundaries have no icon and are left out.
     */
    public static List<String> of(Route route, Design design, boolean reversed) {
        return of(route, reversed).stream().filter(id -> design.firewall(id).isPresent()).toList();
    }

    /** The ids of the firewalls the route passes, as {@link #of(Route, Design, boolean)}, for a route of the design drawn. */
    public static List<String> of(Route route, boolean reversed) {
        List<String> ids = new ArrayList<>(route.hops().size());
        for (Hop hop : route.hops()) {
            String id = hop.boundary().id();
            if (!hop.boundary().implicit() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        if (reversed) {
            java.util.Collections.reverse(ids);
        }
        return List.copyOf(ids);
    }
}
