package io.portolan.engine;

import io.portolan.catalog.Catalog;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The result of analysing one design: its flows in engine order and the views a user reads them
 * through (per node pair, per firewall, zone to zone), plus the warnings. Immutable; the views are
 * worked out on first use.
 */
public final class FlowAnalysis {

    private final RuleIndex engineIndex;
    private final boolean edited;
    private final Design design;
    private final Catalog catalog;
    private final ZoneGraph graph;
    private final FlowOrder order;
    private final List<Flow> customFlows;
    private final List<Flow> flows;
    private final Lazy<NodePairs> pairs;
    private final Lazy<Map<Node, NodeReview>> nodeReviews;
    private final Lazy<RequestRules> rules = new Lazy<>(() -> new RequestRuleBuilder(design(), flows()).build(false));
    private final Lazy<RequestRules> detailedRules = new Lazy<>(() -> new RequestRuleBuilder(design(), flows()).build(true));
    private final Lazy<ZoneMatrix> matrix = new Lazy<>(this::computeMatrix);
    private final Lazy<List<DesignWarning>> warnings;

    /**
     * An analysis of a design.
     *
     * @param order the catalog flows in engine order
     * @param customFlows the custom flows, in the design's order
     * @param pairsEdit how to work the node pairs out from an earlier analysis, or null to group every flow
     */
    FlowAnalysis(RuleIndex engineIndex, Design design, Catalog catalog, ZoneGraph graph, FlowOrder order, List<Flow> customFlows,
                 List<StandIn> standIns, PairsEdit pairsEdit) {
        this.engineIndex = engineIndex;
        this.edited = pairsEdit != null;
        this.design = design;
        this.catalog = catalog;
        this.graph = graph;
        this.order = order;
        this.customFlows = List.copyOf(customFlows);
        List<Flow> all = new ArrayList<>(order.size() + customFlows.size());
        all.addAll(order.flows());
        all.addAll(customFlows);
        this.flows = Collections.unmodifiableList(all);
        this.pairs = new Lazy<>(() -> pairsEdit == null || !pairsEdit.previous.pairs.isDone() ? NodePairs.of(flows)
                : pairsEdit.previous.pairs.get().edit(pairsEdit.edit, flows, pairsEdit.keptAt, pairsEdit.freshAt));
        this.nodeReviews = new Lazy<>(() -> nodeReviews(pairsEdit == null || !pairsEdit.previous.nodeReviews.isDone() ? Map.of()
                : pairsEdit.previous.nodeReviews.get()));
        List<StandIn> gatewayStandIns = List.copyOf(standIns);
        this.warnings = new Lazy<>(() -> new Warnings(this, gatewayStandIns, nodeReviews.get()).all());
    }

    /** The review of each node's addresses, kept from the earlier analysis for the nodes an edit left as they were. */
    private Map<Node, NodeReview> nodeReviews(Map<Node, NodeReview> earlier) {
        Map<Node, NodeReview> reviews = new IdentityHashMap<>(design.nodes().size() * 2);
        for (Node node : design.nodes()) {
            NodeReview review = earlier.get(node);
            reviews.put(node, review != null ? review : NodeReview.of(node, design));
        }
        return reviews;
    }

    /**
     * How an analysis after an edit works out its node pairs from the earlier analysis's, when that one worked them out.
     *
     * @param keptAt by place in the earlier analysis's flows, the new place of a flow kept, -1 for one worked out again
     * @param freshAt the places of the flows worked out again, ascending
     */
    record PairsEdit(FlowAnalysis previous, DesignEdit edit, int[] keptAt, int[] freshAt) {
    }

    /** True when the analysis was worked out from the analysis of the revision before an edit. */
    boolean edited() {
        return edited;
    }

    /** The rule index of the engine that made the analysis, which a later edit's analysis must share. */
    RuleIndex engineIndex() {
        return engineIndex;
    }

    ZoneGraph graph() {
        return graph;
    }

    FlowOrder order() {
        return order;
    }

    List<Flow> customFlows() {
        return customFlows;
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
        return pairs.get().pairs();
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
     * A value worked out once, on first use; what works it out is then let go, so that an analysis does not keep the
     * earlier analysis it was worked out from, nor that one its own.
     */
    private static final class Lazy<T> {
        private Supplier<T> supplier;
        private volatile T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        /** True when the value has been worked out. */
        boolean isDone() {
            return value != null;
        }

        T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = supplier.get();
                        value = result;
                        supplier = null;
                    }
                }
            }
            return result;
        }
    }
}
