package io.portolan.ui.canvas;

import io.portolan.engine.Boundary;
import io.portolan.engine.Flow;
import io.portolan.engine.PortLabels;
import io.portolan.engine.walkthrough.WalkthroughStep;
import io.portolan.ui.document.Selection;
import io.portolan.ui.document.Selection.EdgeKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shows the selection and the flow picked in the flows table on the canvas, and in focus mode fades what
 * is not connected to the selected nodes or edge; the firewalls the focused edges' flows pass stay bright.
 * A walkthrough step, when one is shown, takes the place of focus mode: its nodes and edges stand out with
 * the step's ports, the firewalls its flows pass stay bright, and the rest fades.
 */
final class Highlights {

    /**
     * How faint the labels of the edges a walkthrough step does not use are: not shown at all, so that the step's
     * ports are the only ones an audience reads; their lines stay, faded, for the picture.
     */
    private static final double STEP_FADE = 0;

    private final PlacedShapes placed;
    private final EdgeShapes edges;
    private Object lastMarks;
    private final Set<EdgeView> stepLabelled = new HashSet<>();

    Highlights(PlacedShapes placed, EdgeShapes edges) {
        this.placed = placed;
        this.edges = edges;
    }

    /** Marks the selected and highlighted shapes; in focus mode fades the rest; a spotlight shows its step instead. */
    void decorate(Selection selection, boolean focusMode, Spotlight spotlight) {
        if (spotlight != null) {
            decorateStep(selection, spotlight.step());
            lastMarks = null;
            return;
        }
        clearStepLabels(Map.of());
        edges.layer.drawSpotlit(List.of(), Set.of());
        Set<String> ids = selection.ids();
        EdgeKey selectedEdge = selection.edgeProperty().get();
        Flow flow = selection.highlightedFlowProperty().get();
        EdgeKey flowEdge = flow == null ? null : EdgeKey.of(flow.source().id(), flow.destination().id());
        placed.zoneViews().forEach((id, view) -> view.setSelected(ids.contains(id)));
        placed.firewallViews().forEach((id, view) -> {
            view.setSelected(ids.contains(id));
            view.setHighlighted(false);
        });
        Set<String> roots = focusRoots(ids, selectedEdge);
        Set<String> focus = focusMode ? focusSet(roots) : Set.of();
        boolean fading = !focus.isEmpty();
        placed.nodeViews().forEach((id, view) -> {
            view.setSelected(ids.contains(id));
            view.setHighlighted(flowEdge != null && flowEdge.touches(id));
            view.setFaded(fading && !focus.contains(id));
        });
        // the edges' own marks matter only to their labels: visit every edge only when the marks changed
        List<Object> marks = Arrays.asList(selectedEdge, flowEdge, fading ? roots : null);
        boolean marksChanged = !marks.equals(lastMarks);
        lastMarks = marks;
        Set<EdgeView> inFocus = fading ? new HashSet<>() : null;
        if (marksChanged || fading) {
            decorateEdges(selectedEdge, flowEdge, fading, roots, inFocus);
        }
        edges.layer.drawFocus(edges.views(), inFocus, edges.moving());
        edges.layer.drawMarked(selectedEdge == null ? null : edges.get(selectedEdge), flowEdge == null ? null : edges.get(flowEdge));
        Set<String> passed = fading ? firewallsPassed(inFocus) : Set.of();
        placed.firewallViews().forEach((id, view) -> view.setFaded(fading && !passed.contains(id)));
    }

    /** The ids of the firewalls that the flows of the edges pass. */
    static Set<String> firewallsPassed(Iterable<EdgeView> edgeViews) {
        Set<String> ids = new HashSet<>();
        for (EdgeView view : edgeViews) {
            for (Flow flow : view.model().flows()) {
                flow.route().hops().forEach(hop -> ids.add(hop.boundary().id()));
            }
        }
        return ids;
    }

    private void decorateEdges(EdgeKey selectedEdge, EdgeKey flowEdge, boolean fading, Set<String> roots, Set<EdgeView> inFocus) {
        edges.entries().forEach(entry -> {
            EdgeKey key = entry.getKey();
            EdgeView view = entry.getValue();
            view.setSelected(key.equals(selectedEdge));
            view.setHighlighted(key.equals(flowEdge));
            boolean focused = roots.contains(key.first()) || roots.contains(key.second());
            view.setFaded(fading && !focused);
            if (fading && focused) {
                inFocus.add(view);
            }
        });
    }

    /** Shows the step: its nodes, its edges with its ports and the firewalls it passes bright, the rest faded. */
    private void decorateStep(Selection selection, WalkthroughStep step) {
        Set<String> ids = selection.ids();
        Set<String> nodes = step.nodeIds();
        Set<String> firewalls = new HashSet<>();
        step.firewalls().stream().map(Boundary::id).forEach(firewalls::add);
        placed.zoneViews().forEach((id, view) -> view.setSelected(ids.contains(id)));
        placed.firewallViews().forEach((id, view) -> {
            view.setSelected(ids.contains(id));
            view.setHighlighted(firewalls.contains(id));
            view.setFaded(!firewalls.contains(id));
        });
        // a step the design cannot carry leaves bright the nodes that wait for it, without marking them
        placed.nodeViews().forEach((id, view) -> {
            view.setSelected(ids.contains(id));
            view.setHighlighted(nodes.contains(id) && !step.missing());
            view.setFaded(!nodes.contains(id));
        });
        Map<EdgeKey, List<Flow>> stepEdges = byEdge(step.flows());
        EdgeKey selectedEdge = selection.edgeProperty().get();
        List<EdgeView> spotlit = new ArrayList<>();
        edges.entries().forEach(entry -> {
            EdgeView view = entry.getValue();
            boolean inStep = stepEdges.containsKey(entry.getKey());
            view.setSelected(entry.getKey().equals(selectedEdge));
            view.setHighlighted(inStep);
            view.setFaded(!inStep, STEP_FADE);
            if (inStep) {
                spotlit.add(view);
            }
        });
        clearStepLabels(stepEdges);
        stepEdges.forEach((key, flows) -> labelWithStepPorts(key, flows));
        edges.layer.drawFocus(edges.views(), Set.of(), edges.moving());
        edges.layer.drawSpotlit(spotlit, edges.moving());
        edges.layer.drawMarked(selectedEdge == null ? null : edges.get(selectedEdge), null);
    }

    /** The step's flows per edge; a flow of a node to itself (a farm's members) has no edge. */
    private static Map<EdgeKey, List<Flow>> byEdge(List<Flow> flows) {
        Map<EdgeKey, List<Flow>> byEdge = new LinkedHashMap<>();
        for (Flow flow : flows) {
            if (!flow.source().id().equals(flow.destination().id())) {
                byEdge.computeIfAbsent(EdgeKey.of(flow.source().id(), flow.destination().id()), k -> new ArrayList<>()).add(flow);
            }
        }
        return byEdge;
    }

    private void labelWithStepPorts(EdgeKey key, List<Flow> flows) {
        EdgeView view = edges.get(key);
        if (view == null) {
            return;
        }
        List<Flow> forward = flows.stream().filter(f -> f.source().id().equals(key.first())).toList();
        List<Flow> backward = flows.stream().filter(f -> !f.source().id().equals(key.first())).toList();
        view.showStepPorts(forward.isEmpty() ? null : PortLabels.label(forward), backward.isEmpty() ? null : PortLabels.label(backward));
        stepLabelled.add(view);
        if (view.label() != null) {
            view.label().toFront();
        }
    }

    /** Gives the edges that showed a step's ports, but are not in the step, their own labels back. */
    private void clearStepLabels(Map<EdgeKey, List<Flow>> keep) {
        stepLabelled.removeIf(view -> {
            if (keep.containsKey(view.model().key())) {
                return false;
            }
            view.showStepPorts(null, null);
            return true;
        });
    }

    /** The selected nodes and the ends of the selected edge: what focus mode keeps in view. */
    private Set<String> focusRoots(Set<String> ids, EdgeKey edge) {
        Set<String> roots = new HashSet<>();
        ids.stream().filter(id -> placed.nodeViews().containsKey(id)).forEach(roots::add);
        if (edge != null) {
            roots.add(edge.first());
            roots.add(edge.second());
        }
        return roots;
    }

    /** The roots and every node that shares an edge with one of them. */
    private Set<String> focusSet(Set<String> roots) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        Set<String> focus = new HashSet<>(roots);
        for (var entry : edges.entries()) {
            EdgeKey key = entry.getKey();
            if (roots.contains(key.first()) || roots.contains(key.second())) {
                focus.add(key.first());
                focus.add(key.second());
            }
        }
        return focus;
    }
}
