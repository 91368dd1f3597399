package io.portolan.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The catalog flows of an analysis in engine order, with where each comes from: the rule (its place in the catalog),
 * the place of each end's type among the rule's types, the design positions of the two nodes, and the direction of a
 * bidirectional row. Engine order is the order of those, so an edit can work out the flows of the nodes it touched
 * alone and put them where a whole analysis would.
 */
final class FlowOrder {

    private static final int TYPE_BITS = 8;
    private static final int MAX_TYPES = 1 << TYPE_BITS;

    private final List<Flow> flows;
    private final int[] origins;
    private final int[] sources;
    private final int[] destinations;

    private FlowOrder(List<Flow> flows, int[] origins, int[] sources, int[] destinations) {
        this.flows = flows;
        this.origins = origins;
        this.sources = sources;
        this.destinations = destinations;
    }

    /**
     * Where a flow comes from, as one number: the rule's place in the catalog, the places of the source's and the
     * destination's types among the rule's ends, and a last bit for the return direction of a bidirectional row.
     */
    static int origin(int ruleIndex, int fromType, int toType) {
        if (fromType >= MAX_TYPES || toType >= MAX_TYPES) {
            throw new IllegalStateException("a rule end selects more than " + MAX_TYPES + " types");
        }
        return ((ruleIndex << TYPE_BITS | fromType) << TYPE_BITS | toType) << 1;
    }

    /** The flows, in engine order. */
    List<Flow> flows() {
        return flows;
    }

    int size() {
        return flows.size();
    }

    int origin(int i) {
        return origins[i];
    }

    /** The design position of the node that opened the pair the flow came from (its destination for a return flow). */
    int source(int i) {
        return sources[i];
    }

    /** The design position of the pair's other node. */
    int destination(int i) {
        return destinations[i];
    }

    /** Negative, zero or positive as the first flow comes before, with or after the second in engine order. */
    static int compare(int originA, int sourceA, int destinationA, int originB, int sourceB, int destinationB) {
        int c = Integer.compare(originA >>> 1, originB >>> 1);
        if (c == 0) {
            c = Integer.compare(sourceA, sourceB);
        }
        if (c == 0) {
            c = Integer.compare(destinationA, destinationB);
        }
        return c != 0 ? c : Integer.compare(originA & 1, originB & 1);
    }

    /**
     * This order's flows that touch no changed node, their positions moved to the new design's, merged with the flows
     * worked out for the changed nodes: the order a whole analysis of the new design gives.
     *
     * @param changed by this order's design positions, the nodes changed or removed
     * @param moved by this order's design positions, each node's position in the new design
     */
    Merge merge(boolean[] changed, int[] moved, FlowOrder fresh) {
        Builder merged = new Builder(size() + fresh.size());
        int[] keptAt = new int[size()];
        int[] freshAt = new int[fresh.size()];
        int j = 0;
        for (int i = 0; i < size(); i++) {
            if (changed[sources[i]] || changed[destinations[i]]) {
                keptAt[i] = -1;
                continue;
            }
            int s = moved[sources[i]];
            int d = moved[destinations[i]];
            while (j < fresh.size() && compare(fresh.origins[j], fresh.sources[j], fresh.destinations[j], origins[i], s, d) < 0) {
                freshAt[j] = merged.size();
                merged.add(fresh.flows.get(j), fresh.origins[j], fresh.sources[j], fresh.destinations[j]);
                j++;
            }
            keptAt[i] = merged.size();
            merged.add(flows.get(i), origins[i], s, d);
        }
        for (; j < fresh.size(); j++) {
            freshAt[j] = merged.size();
            merged.add(fresh.flows.get(j), fresh.origins[j], fresh.sources[j], fresh.destinations[j]);
        }
        return new Merge(merged.build(), keptAt, freshAt);
    }

    /**
     * A merged order, and where each flow went: {@code keptAt[i]} is the new place of this order's flow {@code i}
     * (-1 when it touched a changed node), {@code freshAt[j]} the place of the fresh order's flow {@code j}.
     */
    record Merge(FlowOrder order, int[] keptAt, int[] freshAt) {
    }

    /** Collects flows in engine order. */
    static final class Builder {
        private final List<Flow> flows;
        private int[] origins;
        private int[] sources;
        private int[] destinations;

        Builder(int capacity) {
            flows = new ArrayList<>(capacity);
            origins = new int[capacity];
            sources = new int[capacity];
            destinations = new int[capacity];
        }

        void add(Flow flow, int origin, int source, int destination) {
            int at = flows.size();
            if (at == origins.length) {
                int grown = Math.max(16, at * 2);
                origins = Arrays.copyOf(origins, grown);
                sources = Arrays.copyOf(sources, grown);
                destinations = Arrays.copyOf(destinations, grown);
            }
            flows.add(flow);
            origins[at] = origin;
            sources[at] = source;
            destinations[at] = destination;
        }

        Flow get(int i) {
            return flows.get(i);
        }

        void set(int i, Flow flow) {
            flows.set(i, flow);
        }

        int size() {
            return flows.size();
        }

        FlowOrder build() {
            int n = flows.size();
            return new FlowOrder(flows, Arrays.copyOf(origins, n), Arrays.copyOf(sources, n), Arrays.copyOf(destinations, n));
        }
    }
}
