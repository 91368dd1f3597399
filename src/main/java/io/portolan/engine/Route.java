package io.portolan.engine;

import java.util.List;

/**
 * The way between two zones: same zone, a list of hops, unroutable or unzoned. Routes are shared by
 * every flow between the same two zones.
 *
 * @param crossing how the flow relates to the zones
 * @param hops the boundaries passed in order; empty unless {@code crossing} is {@link Crossing#CROSSING}
 */
public record Route(Crossing crossing, List<Hop> hops) {

    public static final Route SAME_ZONE = new Route(Crossing.SAME_ZONE, List.of());
    public static final Route UNROUTABLE = new Route(Crossing.UNROUTABLE, List.of());
    public static final Route UNZONED = new Route(Crossing.UNZONED, List.of());

    public Route {
        hops = List.copyOf(hops);
    }

    /** The names of the boundaries passed, in order. */
    public List<String> boundaryNames() {
        return hops.stream().map(h -> h.boundary().name()).toList();
    }
}
