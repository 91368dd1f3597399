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
import java.util.Set;
import java.util.function.Supplier;

/**
 * The result of analysing one design: its flows in engine order and the views a user reads them
 * through (per node pair, per firewall, zone to zone), plus the warnings. Immutable; the views are
 * worked out on first use.
 */
public final class FlowAnalysis {

    private final RuleIndex engineIndex;
    private final Design design;
    private final Catalog catalog;
    private final ZoneGraph graph;
    private final List<Flow> customFlows;
    private final Touched touched;
    private final Lazy<Content> content;
    private final Lazy<NodePairs> pairs;
    private final Lazy<Map<Node, NodeReview>> nodeReviews;
    private final Lazy<RequestRules> rules = new Lazy<>(() -> new RequestRuleBuilder(design(), flows()).build(false));
    private final Lazy<RequestRules> detailedRules = new Lazy<>(() -> new RequestRuleBuilder(design(), flows()).build(true));
    private final Lazy<ZoneMatrix> matrix = new Lazy<>(this::computeMatrix);
    private final Lazy<List<DesignWarning>> warnings;

    /**
     * A whole analysis of a design.
     *
     * @param order the catalog flows in engine order
     * @param customFlows the custom flows, in the design's order
     */
    FlowAnalysis(RuleIndex engineIndex, Design design, Catalog catalog, ZoneGraph graph, FlowOrder order, List<Flow> customFlows,
                 List<StandIn> standIns) {
        this(engineIndex, design, catalog, graph, customFlows, standIns, null, null, () -> Content.of(order, customFlows, null));
    }

    /**
     * An analysis worked out from an earlier one: the flows of the nodes the edit touched are known at once; the whole
     * order, which merges them with the earlier analysis's flows, is worked out on first use, so that a drag frame that
     * reads only the flows of the dragged nodes never merges.
     *
     * @param earlier the analysis of the revision before the edit
     * @param touched the flows of the nodes the edit touched, in engine order, and which nodes those are
     * @param content merges the order, and says how to work the node pairs out from the earlier analysis's
     */
    FlowAnalysis(RuleIndex engineIndex, Design design, Catalog catalog, ZoneGraph graph, List<Flow> customFlows,
                 List<StandIn> standIns, FlowAnalysis earlier, Touched touched, Supplier<Content> content) {
        this.engineIndex = engineIndex;
        this.design = design;
        this.catalog = catalog;
        this.graph = graph;
        this.customFlows = List.copyOf(customFlows);
        this.touched = touched;
        this.content = new Lazy<>(content);
        if (touched == null) {
            this.content.get();
        }
        this.pairs = new Lazy<>(() -> {
            PairsEdit pairsEdit = this.content.get().takePairsEdit();
            return pairsEdit == null ? NodePairs.of(flows())
                    : pairsEdit.previous.pairs.get().edit(pairsEdit.edit, flows(), pairsEdit.keptAt, pairsEdit.freshAt);
        });
        // what is kept of an earlier analysis is what it has worked out, never the analysis: else each revision would keep
        // the one before it
        Map<Node, NodeReview> earlierReviews = earlier == null || !earlier.nodeReviews.isDone() ? Map.of() : earlier.nodeReviews.get();
        this.nodeReviews = new Lazy<>(() -> nodeReviews(earlierReviews));
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

    /** True when the node pairs have been worked out, so that an edit's analysis can work its own out from them. */
    boolean pairsDone() {
        return pairs.isDone();
    }

    /**
     * How an analysis after an edit works out its node pairs from the earlier analysis's, when that one worked them out.
     *
     * @param keptAt by place in the earlier analysis's flows, the new place of a flow kept, -1 for one worked out again
     * @param freshAt the places of the flows worked out again, ascending
     */
    record PairsEdit(FlowAnalysis previous, DesignEdit edit, int[] keptAt, int[] freshAt) {
    }

    /**
     * The flows in engine order: the catalog's, then the custom ones; and, until the node pairs are worked out, how they
     * follow from an earlier analysis's (null to group every flow).
     */
    static final class Content {
        private final FlowOrder order;
        private final List<Flow> all;
        private PairsEdit pairsEdit;

        private Content(FlowOrder order, List<Flow> all, PairsEdit pairsEdit) {
            this.order = order;
            this.all = all;
            this.pairsEdit = pairsEdit;
        }

        static Content of(FlowOrder order, List<Flow> custom, PairsEdit pairsEdit) {
            return new Content(order, concat(order.flows(), custom), pairsEdit);
        }

        FlowOrder order() {
            return order;
        }

        List<Flow> all() {
            return all;
        }

        /** The pairs edit, let go once taken, so that the analysis does not keep the earlier one. */
        synchronized PairsEdit takePairsEdit() {
            PairsEdit taken = pairsEdit;
            pairsEdit = null;
            return taken;
        }
    }

    /**
     * What an edit touched: the catalog flows of the nodes it changed or added, in engine order, and the ids of those
     * nodes.
     */
    record Touched(FlowOrder fresh, Set<String> nodeIds) {
    }

    private static List<Flow> concat(List<Flow> catalogFlows, List<Flow> custom) {
        List<Flow> all = new ArrayList<>(catalogFlows.size() + custom.size());
        all.addAll(catalogFlows);
        all.addAll(custom);
        return Collections.unmodifiableList(all);
    }

    /** True when the analysis was worked out from the analysis of the revision before an edit. */
    boolean edited() {
        return touched != null;
    }

    /** The rule index of the engine that made the analysis, which a later edit's analysis must share. */
    RuleIndex engineIndex() {
        return engineIndex;
    }

    ZoneGraph graph() {
        return graph;
    }

    FlowOrder order() {
        return content.get().order();
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
        return content.get().all();
    }

    /**
     * The flows from or to any of the nodes, in engine order: those of {@link #flows()} that touch them. After an edit
     * that changed those nodes this reads only their own flows, not every flow of the design.
     */
    public List<Flow> flowsTouching(Set<String> nodeIds) {
        List<Flow> touching = new ArrayList<>();
        if (touched != null && touchedAll(nodeIds)) {
            addTouching(touched.fresh().flows(), nodeIds, touching);
            addTouching(customFlows, nodeIds, touching);
        } else {
            addTouching(flows(), nodeIds, touching);
        }
        return touching;
    }

    /** True when the edit worked out the flows of every one of the nodes afresh (a node not in the design has none). */
    private boolean touchedAll(Set<String> nodeIds) {
        for (String id : nodeIds) {
            if (!touched.nodeIds().contains(id) && design.node(id).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static void addTouching(List<Flow> flows, Set<String> nodeIds, List<Flow> into) {
        for (Flow flow : flows) {
            if (nodeIds.contains(flow.source().id()) || nodeIds.contains(flow.destination().id())) {
                into.add(flow);
            }
        }
    }

    /** The flows that leave their zone (crossing, unroutable or unzoned), in engine order. */
    public List<Flow> flowsNeedingRules() {
        return flows().stream().filter(Flow::needsRule).toList();
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
        return flows().stream().filter(f -> f.crossing() == crossing).count();
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
        for (Flow flow : flows()) {
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
