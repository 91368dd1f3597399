package io.portolan.engine;

import io.portolan.catalog.Catalog;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out every flow of a design: for each network rule of the catalog whose condition holds, one
 * flow per pair of placed nodes whose types match the rule's ends; then the design's custom flows.
 * Each flow carries its route through the zone graph.
 *
 * <p>Flows come out rule by rule in catalog order, then by the places of the ends' types among the rule's, then
 * source and destination in design order ({@link FlowOrder}), so the same design always gives the same flows. The
 * engine keeps nothing between calls but the catalog's rule index; an analysis of an earlier revision, when given,
 * is read, never changed.
 */
public final class FlowEngine {

    private final Catalog catalog;
    private final RuleIndex index;

    /** An engine for designs drawn from the catalog; the catalog's rules are indexed once, here. */
    public FlowEngine(Catalog catalog) {
        this.catalog = catalog;
        this.index = new RuleIndex(catalog);
    }

    /** The catalog the engine matches designs against. */
    public Catalog catalog() {
        return catalog;
    }

    /** Every flow of the design, with routes, views and warnings. */
    public FlowAnalysis analyze(Design design) {
        return analyze(design, null);
    }

    /**
     * Every flow of the design, reusing what the analysis of an earlier revision worked out where the edit leaves it
     * valid: when only nodes changed, the flows, edges and labels of the nodes the edit touched are worked out again,
     * the rest kept. The result equals a whole analysis of the design.
     *
     * @param previous the analysis of the design before the edit, by this engine; null for none
     */
    public FlowAnalysis analyze(Design design, FlowAnalysis previous) {
        DesignEdit edit = previous == null || previous.engineIndex() != index ? null : DesignEdit.between(previous.design(), design);
        ZoneGraph graph = edit == null ? new ZoneGraph(design) : previous.graph();
        FlowRun run = new FlowRun(index, catalog, design, graph, edit == null ? null : edit.changedNow());
        FlowOrder fresh = run.run();
        List<StandIn> standIns = StandInFinder.find(index, design, run.nodesByType());
        if (edit == null) {
            List<Flow> custom = new ArrayList<>(design.overrides().custom().size());
            for (CustomFlow flow : design.overrides().custom()) {
                custom.add(customFlow(design, run, flow));
            }
            return new FlowAnalysis(index, design, catalog, graph, fresh, custom, standIns);
        }
        return edited(design, previous, edit, run, fresh, standIns);
    }

    /**
     * The analysis after an edit: the flows of the changed nodes worked out now, custom flows kept where their nodes
     * are; the merge with the earlier analysis's flows, and the pairs edited, left for when they are first read.
     */
    private FlowAnalysis edited(Design design, FlowAnalysis previous, DesignEdit edit, FlowRun run, FlowOrder fresh,
                                List<StandIn> standIns) {
        List<Flow> oldCustom = previous.customFlows();
        List<CustomFlow> overrides = design.overrides().custom();
        List<Flow> custom = new ArrayList<>(overrides.size());
        boolean[] customKept = new boolean[overrides.size()];
        for (int c = 0; c < overrides.size(); c++) {
            Flow before = oldCustom.get(c);
            customKept[c] = !edit.changedBefore(before.source()) && !edit.changedBefore(before.destination());
            custom.add(customKept[c] ? before : customFlow(design, run, overrides.get(c)));
        }
        Set<String> touchedIds = new HashSet<>();
        boolean[] changedNow = edit.changedNow();
        for (int i = 0; i < changedNow.length; i++) {
            if (changedNow[i]) {
                touchedIds.add(design.nodes().get(i).id());
            }
        }
        return new FlowAnalysis(index, design, catalog, previous.graph(), custom, standIns, previous,
                new FlowAnalysis.Touched(fresh, touchedIds), () -> merged(previous, edit, fresh, custom, customKept));
    }

    /** The earlier analysis's flows that the edit left merged with the fresh ones, and where each went. */
    private static FlowAnalysis.Content merged(FlowAnalysis previous, DesignEdit edit, FlowOrder fresh, List<Flow> custom,
                                               boolean[] customKept) {
        FlowOrder.Merge merge = previous.order().merge(edit.changedBefore(), edit.moved(), fresh);
        int catalogFlows = merge.order().size();
        int[] keptAt = Arrays.copyOf(merge.keptAt(), previous.flows().size());
        int[] freshAt = Arrays.copyOf(merge.freshAt(), merge.freshAt().length + custom.size());
        int freshCount = merge.freshAt().length;
        for (int c = 0; c < custom.size(); c++) {
            keptAt[previous.order().size() + c] = customKept[c] ? catalogFlows + c : -1;
            if (!customKept[c]) {
                freshAt[freshCount++] = catalogFlows + c;
            }
        }
        // node pairs follow from the earlier analysis's only when it has worked them out
        return FlowAnalysis.Content.of(merge.order(), custom, !previous.pairsDone() ? null
                : new FlowAnalysis.PairsEdit(previous, edit, keptAt, Arrays.copyOf(freshAt, freshCount)));
    }

    private static Flow customFlow(Design design, FlowRun run, CustomFlow custom) {
        Node source = design.node(custom.sourceId()).orElseThrow();
        Node destination = design.node(custom.destinationId()).orElseThrow();
        return Flow.of(source, destination, custom, run.route(source, destination));
    }
}
