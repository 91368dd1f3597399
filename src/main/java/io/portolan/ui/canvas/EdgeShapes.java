package io.portolan.ui.canvas;

import io.portolan.diagram.Box;
import io.portolan.diagram.EdgeRouter;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Design;
import io.portolan.model.Point;
import io.portolan.ui.document.Selection.EdgeKey;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edge views, kept in step with the analysis and drawn by one {@link EdgeLayer}. During a drag the
 * edges it changes are "moving": drawn apart and redrawn each frame, so that the resting ones, which may be
 * thousands, are not.
 */
final class EdgeShapes {

    final EdgeLayer layer = new EdgeLayer();

    private final Map<EdgeKey, EdgeView> views = new LinkedHashMap<>();
    private final EdgeModels models = new EdgeModels();
    private final Set<EdgeView> moving = new HashSet<>();
    private static final CanvasMetrics METRICS = new CanvasMetrics();
    private boolean showSameZone = true;
    private EdgeRouter router;
    private Design routed;
    private Map<EdgeKey, String> marks = Map.of();
    private boolean anyMarked;

    void setShowSameZone(boolean show) {
        showSameZone = show;
    }

    /** Brings the edges up to the analysis; during a drag ({@code incremental}) changed edges join the moving set. */
    void render(FlowAnalysis analysis, boolean incremental) {
        int before = moving.size();
        Map<EdgeKey, EdgeModel> updated = models.update(analysis, showSameZone);
        Design previous = routed;
        routed = analysis.design();
        router = new EdgeRouter(routed, METRICS);
        boolean restingChanged = sync(updated, models.touched(), incremental);
        if (!incremental) {
            restingChanged |= reroute(previous, models.touched());
        }
        if (!incremental) {
            moving.clear();
        }
        if (!incremental || restingChanged || moving.size() != before) {
            layer.drawResting(views.values(), moving);
        }
        layer.drawMoving(incremental ? moving : List.of());
        if (anyMarked || !marks.isEmpty()) {
            applyMarks();
        }
    }

    /**
     * Routes again the resting edges that nodes moved into or out of the way of: every edge after a change of more
     * than nodes ({@code touched} null), else those whose route comes near a changed node's old or new place. Returns
     * true when a route changed.
     */
    private boolean reroute(Design previous, Set<EdgeKey> touched) {
        List<Box> near = touched == null || previous == null ? null : changedPlaces(previous, routed);
        if (near != null && near.isEmpty()) {
            return false;
        }
        boolean changed = false;
        for (Map.Entry<EdgeKey, EdgeView> entry : views.entrySet()) {
            EdgeView view = entry.getValue();
            if (view.model().sameZone() || touched != null && touched.contains(entry.getKey())) {
                continue;
            }
            if (near == null || RouteBounds.comesNear(view.route(), near)) {
                changed |= view.reroute(router);
            }
        }
        return changed;
    }

    /** Where the nodes an edit changed stand, before and after it: what other edges may now step around or not. */
    private static List<Box> changedPlaces(Design before, Design after) {
        Set<String> changed = EdgeModels.changedNodes(before, after);
        if (changed == null) {
            return null;
        }
        List<Box> places = new java.util.ArrayList<>();
        for (String id : changed) {
            before.node(id).map(METRICS::footprint).ifPresent(places::add);
            after.node(id).map(METRICS::footprint).ifPresent(places::add);
        }
        return places;
    }

    /** Marks the edges of a comparison; an edge not in the map is unmarked. */
    void setMarks(Map<EdgeKey, String> newMarks) {
        marks = newMarks;
        applyMarks();
    }

    private void applyMarks() {
        Map<EdgeView, String> drawn = new java.util.IdentityHashMap<>();
        views.forEach((key, view) -> {
            String mark = marks.get(key);
            view.setMark(mark);
            if (mark != null) {
                drawn.put(view, mark);
            }
        });
        anyMarked = !drawn.isEmpty();
        layer.drawMarks(drawn);
    }

    /** Draws arrowheads or not, redrawing every edge line when that changes. */
    void setArrowheads(boolean drawn) {
        if (drawn != layer.arrowheads()) {
            layer.setArrowheads(drawn);
            layer.drawResting(views.values(), moving);
            layer.drawMoving(moving);
        }
    }

    /** Every edge view, in a stable order. */
    Collection<EdgeView> views() {
        return views.values();
    }

    /** The edges a drag in progress is changing. */
    Set<EdgeView> moving() {
        return moving;
    }

    /** The edge view of the key; null when not drawn. */
    EdgeView get(EdgeKey key) {
        return views.get(key);
    }

    Set<Map.Entry<EdgeKey, EdgeView>> entries() {
        return views.entrySet();
    }

    int count() {
        return views.size();
    }

    /** The edge nearest to the canvas point within the tolerance (canvas units), or null. */
    EdgeKey edgeAt(Point point, double tolerance) {
        EdgeKey best = null;
        double bestDistance = tolerance;
        for (Map.Entry<EdgeKey, EdgeView> entry : views.entrySet()) {
            double distance = entry.getValue().distanceTo(point.x(), point.y());
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = entry.getKey();
            }
        }
        return best;
    }

    /**
     * Brings the edge views up to the models; returns true when a resting edge changed or went. With
     * {@code touched}, only those edges are visited.
     */
    private boolean sync(Map<EdgeKey, EdgeModel> updated, Set<EdgeKey> touched, boolean incremental) {
        if (touched != null) {
            return syncTouched(updated, touched, incremental);
        }
        boolean restingChanged = false;
        for (EdgeModel model : updated.values()) {
            EdgeView view = views.get(model.key());
            if (view == null) {
                view = new EdgeView(model, router);
                views.put(model.key(), view);
                if (incremental) {
                    moving.add(view);
                }
            } else if (!view.model().equals(model)) {
                view.update(model, router);
                if (incremental && moving.add(view)) {
                    restingChanged = true;
                }
            }
        }
        if (views.size() != updated.size()) {
            Iterator<Map.Entry<EdgeKey, EdgeView>> it = views.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<EdgeKey, EdgeView> entry = it.next();
                if (!updated.containsKey(entry.getKey())) {
                    entry.getValue().dropLabel();
                    restingChanged |= !moving.remove(entry.getValue());
                    it.remove();
                }
            }
        }
        return restingChanged;
    }

    private boolean syncTouched(Map<EdgeKey, EdgeModel> updated, Set<EdgeKey> touched, boolean incremental) {
        boolean restingChanged = false;
        for (EdgeKey key : touched) {
            EdgeModel model = updated.get(key);
            EdgeView view = views.get(key);
            if (model == null) {
                if (view != null) {
                    view.dropLabel();
                    restingChanged |= !moving.remove(view);
                    views.remove(key);
                }
            } else if (view == null) {
                view = new EdgeView(model, router);
                views.put(key, view);
                if (incremental) {
                    moving.add(view);
                } else {
                    restingChanged = true;
                }
            } else if (!view.model().equals(model)) {
                view.update(model, router);
                restingChanged |= !incremental || moving.add(view);
            }
        }
        return restingChanged;
    }
}
