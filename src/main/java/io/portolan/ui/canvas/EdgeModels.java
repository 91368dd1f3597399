package io.portolan.ui.canvas;

import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.ui.document.Selection.EdgeKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out the edges of an analysis. When only some nodes changed since the last analysis (a drag moves
 * a node, a feature is switched), only the edges touching them are worked out again; every other edge is
 * kept, which is what keeps a drag on a large design within a frame.
 */
final class EdgeModels {

    private Map<EdgeKey, EdgeModel> models = new LinkedHashMap<>();
    private Design design;
    private boolean includedSameZone;
    private Set<EdgeKey> touched;

    /** The edges of the analysis, in engine order of their first flow (pairs) or kept order (incremental). */
    Map<EdgeKey, EdgeModel> update(FlowAnalysis analysis, boolean includeSameZone) {
        Design next = analysis.design();
        Set<String> changed = design == null || includeSameZone != includedSameZone ? null : changedNodes(design, next);
        touched = changed == null ? null : new HashSet<>();
        if (changed == null) {
            models = full(analysis, includeSameZone);
        } else if (!changed.isEmpty()) {
            incremental(analysis, includeSameZone, changed);
        }
        design = next;
        includedSameZone = includeSameZone;
        return models;
    }

    private static Map<EdgeKey, EdgeModel> full(FlowAnalysis analysis, boolean includeSameZone) {
        Map<EdgeKey, EdgeModel> result = new LinkedHashMap<>();
        for (EdgeModel model : EdgeModel.of(analysis, includeSameZone)) {
            result.put(model.key(), model);
        }
        return result;
    }

    /**
     * Brings the edges of the changed nodes up to date in place, every other edge kept as it was: during a drag of a
     * large design, copying a hundred thousand edges each frame would cost more than working out the few that changed.
     */
    private void incremental(FlowAnalysis analysis, boolean includeSameZone, Set<String> changed) {
        Map<EdgeKey, List<Flow>> flowsOfChanged = new LinkedHashMap<>();
        for (Flow flow : analysis.flowsTouching(changed)) {
            Node source = flow.source();
            Node destination = flow.destination();
            if (source != destination) {
                flowsOfChanged.computeIfAbsent(EdgeKey.of(source.id(), destination.id()), k -> new ArrayList<>()).add(flow);
            }
        }
        java.util.Iterator<EdgeKey> keys = models.keySet().iterator();
        while (keys.hasNext()) {
            EdgeKey key = keys.next();
            if ((changed.contains(key.first()) || changed.contains(key.second())) && !flowsOfChanged.containsKey(key)) {
                keys.remove();
                touched.add(key);
            }
        }
        flowsOfChanged.forEach((key, flows) -> {
            EdgeModel model = EdgeModel.fromFlows(key, flows);
            touched.add(key);
            if (includeSameZone || !model.sameZone()) {
                models.put(key, model);
            } else {
                models.remove(key);
            }
        });
    }

    /**
     * The edges the last update may have added, changed or removed, or null when it worked out every edge
     * afresh.
     */
    Set<EdgeKey> touched() {
        return touched;
    }

    /**
     * The ids of the nodes that differ between the designs, or null when more than nodes changed (zones,
     * firewalls, overrides, the set of nodes or their types), which can change any edge.
     */
    static Set<String> changedNodes(Design before, Design after) {
        if (!before.zones().equals(after.zones()) || !before.firewalls().equals(after.firewalls())
                || !before.overrides().equals(after.overrides()) || before.nodes().size() != after.nodes().size()) {
            return null;
        }
        Set<String> changed = new HashSet<>();
        List<Node> a = before.nodes();
        List<Node> b = after.nodes();
        for (int i = 0; i < a.size(); i++) {
            Node x = a.get(i);
            Node y = b.get(i);
            if (x == y) {
                continue;
            }
            if (!x.id().equals(y.id()) || !x.typeId().equals(y.typeId())) {
                return null;
            }
            if (!x.equals(y)) {
                changed.add(x.id());
            }
        }
        return changed;
    }
}
