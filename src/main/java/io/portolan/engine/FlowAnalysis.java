package io.portolan.engine;

import io.portolan.catalog.Catalog;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The result of analysing one design: its flows in engine order and the views a user reads them
 * through (per node pair, per firewall, zone to zone), plus the warnings. Immutable; the views are
 * worked out on first use.
 */
public final class FlowAnalysis {

    private final Design design;
    private final Catalog catalog;
    private final ZoneGraph graph;
    private final List<Flow> flows;
    private final Lazy<List<NodePairFlows>> pairs = new Lazy<>(this::computePairs);
    private final Lazy<RequestRules> rules = new Lazy<>(() -> new RequestRuleBuilder(design(), flows()).build(false));
    private final Lazy<RequestRules> detailedRules = new Lazy<>(() -> new RequestRuleBuilder(design(), flows()).build(true));
    private final Lazy<ZoneMatrix> matrix = new Lazy<>(this::computeMatrix);
    private final Lazy<List<DesignWarning>> warnings;

    FlowAnalysis(Design design, Catalog catalog, ZoneGraph graph, List<Flow> flows, List<StandIn> standIns) {
        this.design = design;
        this.catalog = catalog;
        this.graph = graph;
        this.flows = Collections.unmodifiableList(flows);
        List<StandIn> gatewayStandIns = List.copyOf(standIns);
        this.warnings = new Lazy<>(() -> new Warnings(this, gatewayStandIns).all());
    }

    /** The design that was analysed. */
    public Design design() {
        return design;
    }

    /** The catalog it was analysed against. */
    public Catalog catalog() {
        return catalog;
    }

    /** Every flow, inferred then custom, in engine order. */
    public List<Flow> flows() {
        return flows;
    }

    /** The flows that leave their zone (crossing, unroutable or unzoned), in engine order. */
    public List<Flow> flowsNeedingRules() {
        return flows.stream().filter(Flow::needsRule).toList();
    }

    /** The route between two zones of the design. */
    public Route route(String fromZoneId, String toZoneId) {
        return graph.route(fromZoneId, toZoneId);
    }

    /** The flows grouped per directed node pair, in order of each pair's first flow. */
    public List<NodePairFlows> byNodePair() {
        return pairs.get();
    }

    /** What each firewall and implicit boundary must allow, merged: design firewalls first, in design order. */
    public List<BoundaryRules> byFirewall() {
        return rules.get().boundaries();
    }

    /** The rules of the change request, merged per firewall, source, destination and protocol. */
    public RequestRules rules() {
        return rules.get();
    }

    /** The rules of the change request: merged, or one per flow and firewall when {@code detailed}. */
    public RequestRules rules(boolean detailed) {
        return detailed ? detailedRules.get() : rules.get();
    }

    /** The number of flows in the given relation to the zones. */
    public long count(Crossing crossing) {
        return flows.stream().filter(f -> f.crossing() == crossing).count();
    }

    /**
     * The host name a request gives for a node: its own, or for an internet service placed without one the
     * host names its catalog type lists ({@code *.digicert.com}); empty when there is none.
     */
    public String hostOf(Node node) {
        if (!node.host().isEmpty()) {
            return node.host();
        }
        return catalog.type(node.typeId()).map(t -> String.join(", ", t.hosts())).orElse("");
    }

    /** Flows counted from zone to zone. */
    public ZoneMatrix zoneMatrix() {
        return matrix.get();
    }

    /** What a reviewer should look at, most serious kinds first. */
    public List<DesignWarning> warnings() {
        return warnings.get();
    }

    private List<NodePairFlows> computePairs() {
        Map<PairKey, List<Flow>> grouped = new LinkedHashMap<>();
        for (Flow flow : flows) {
            grouped.computeIfAbsent(new PairKey(flow.source(), flow.destination()), k -> new ArrayList<>()).add(flow);
        }
        List<NodePairFlows> result = new ArrayList<>(grouped.size());
        grouped.forEach((key, pairFlows) -> result.add(new NodePairFlows(key.source, key.destination, pairFlows,
                PortLabels.label(pairFlows), pairFlows.get(0).route())));
        return List.copyOf(result);
    }

    private ZoneMatrix computeMatrix() {
        List<String> zoneIds = design.zones().stream().map(Zone::id).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < zoneIds.size(); i++) {
            index.put(zoneIds.get(i), i);
        }
        int[][] counts = new int[zoneIds.size()][zoneIds.size()];
        for (Flow flow : flows) {
            Integer from = index.get(flow.source().zoneId());
            Integer to = index.get(flow.destination().zoneId());
            if (from != null && to != null) {
                counts[from][to]++;
            }
        }
        return new ZoneMatrix(zoneIds, counts);
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

    /** A value worked out once, on first use. */
    private static final class Lazy<T> {
        private final Supplier<T> supplier;
        private volatile T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = supplier.get();
                        value = result;
                    }
                }
            }
            return result;
        }
    }
}
