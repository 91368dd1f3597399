package io.portolan.ui.canvas;

import io.portolan.engine.Flow;
import io.portolan.ui.document.Selection;
import io.portolan.ui.document.Selection.EdgeKey;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shows the selection and the flow picked in the flows table on the canvas, and in focus mode fades what
 * is not connected to the selected nodes or edge; the firewalls the focused edges' flows pass stay bright.
 */
final class Highlights {

    private final PlacedShapes placed;
    private final EdgeShapes edges;
    private Object lastMarks;

    Highlights(PlacedShapes placed, EdgeShapes edges) {
        this.placed = placed;
        this.edges = edges;
    }

    /** Marks the selected and highlighted shapes; in focus mode fades the rest. */
    void decorate(Selection selection, boolean focusMode) {
        Set<String> ids = selection.ids();
        EdgeKey selectedEdge = selection.edgeProperty().get();
        Flow flow = selection.highlightedFlowProperty().get();
        EdgeKey flowEdge = flow == null ? null : EdgeKey.of(flow.source().id(), flow.destination().id());
        placed.zoneViews().forEach((id, view) -> view.setSelected(ids.contains(id)));
        placed.firewallViews().forEach((id, view) -> view.setSelected(ids.contains(id)));
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
