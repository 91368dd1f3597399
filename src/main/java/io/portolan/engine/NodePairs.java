package io.portolan.engine;

import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flows of an analysis grouped per directed pair of nodes, in order of each pair's first flow, with where that
 * first flow sits; what the diagram's edges and their labels are drawn from. After an edit, the pairs of nodes it did
 * not touch are kept with their labels, and only the others are grouped and labelled again.
 */
final class NodePairs {

    private final List<NodePairFlows> pairs;
    private final int[] firstFlow;

    private NodePairs(List<NodePairFlows> pairs, int[] firstFlow) {
        this.pairs = List.copyOf(pairs);
        this.firstFlow = firstFlow;
    }

    /** The pairs of every flow. */
    static NodePairs of(List<Flow> flows) {
        Grouping grouping = new Grouping();
        for (int i = 0; i < flows.size(); i++) {
            grouping.add(flows.get(i), i);
        }
        return grouping.pairs();
    }

    /**
     * The pairs after an edit: those of nodes the edit did not touch, kept; those of the flows worked out again,
     * grouped anew; in the order of each pair's first flow among the new flows.
     *
     * @param flows the new analysis's flows
     * @param keptAt by old flow place, its new place, or -1 for a flow worked out again
     * @param freshAt the new places of the flows worked out again, ascending
     */
    NodePairs edit(DesignEdit edit, List<Flow> flows, int[] keptAt, int[] freshAt) {
        Grouping fresh = new Grouping();
        for (int at : freshAt) {
            fresh.add(flows.get(at), at);
        }
        NodePairs grouped = fresh.pairs();
        List<NodePairFlows> merged = new ArrayList<>(pairs.size() + grouped.pairs.size());
        int[] first = new int[pairs.size() + grouped.pairs.size()];
        int j = 0;
        for (int i = 0; i < pairs.size(); i++) {
            NodePairFlows pair = pairs.get(i);
            if (edit.changedBefore(pair.source()) || edit.changedBefore(pair.destination())) {
                continue;
            }
            int at = keptAt[firstFlow[i]];
            while (j < grouped.pairs.size() && grouped.firstFlow[j] < at) {
                first[merged.size()] = grouped.firstFlow[j];
                merged.add(grouped.pairs.get(j++));
            }
            first[merged.size()] = at;
            merged.add(pair);
        }
        for (; j < grouped.pairs.size(); j++) {
            first[merged.size()] = grouped.firstFlow[j];
            merged.add(grouped.pairs.get(j));
        }
        return new NodePairs(merged, Arrays.copyOf(first, merged.size()));
    }

    /** The pairs, in order of their first flow. */
    List<NodePairFlows> pairs() {
        return pairs;
    }

    /** Groups flows by pair as they come. */
    private static final class Grouping {
        private final Map<PairKey, List<Flow>> grouped = new LinkedHashMap<>();
        private final List<Integer> first = new ArrayList<>();

        void add(Flow flow, int at) {
            List<Flow> pairFlows = grouped.get(new PairKey(flow.source(), flow.destination()));
            if (pairFlows == null) {
                pairFlows = new ArrayList<>(4);
                grouped.put(new PairKey(flow.source(), flow.destination()), pairFlows);
                first.add(at);
            }
            pairFlows.add(flow);
        }

        NodePairs pairs() {
            List<NodePairFlows> result = new ArrayList<>(grouped.size());
            grouped.forEach((key, pairFlows) -> result.add(new NodePairFlows(key.source, key.destination, pairFlows,
                    PortLabels.label(pairFlows), pairFlows.get(0).route())));
            return new NodePairs(result, first.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /**
     * A directed pair of nodes. A design holds one node object per id, so the pair compares the objects
     * themselves; identity hashes spread well, where combining hashes of similar ids ({@code n1}..{@code n999})
     * crowds them into few buckets.
     */
    private record PairKey(Node source, Node destination) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PairKey other && source == other.source && destination == other.destination;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(source) * 0x9E3779B1 + System.identityHashCode(destination);
        }
    }
}
