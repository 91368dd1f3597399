package io.portolan.ui.canvas;

import io.portolan.catalog.Catalog;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.document.Selection;
import io.portolan.ui.document.Selection.EdgeKey;
import io.portolan.ui.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * Keeps the canvas shapes in step with an analysis: it adds, updates and removes only the zones, nodes,
 * firewalls and edges whose values changed, and re-places labels (only the changed ones during a drag).
 */
final class CanvasShapes {

    final Pane zones = layer();
    final Pane links = layer();
    final EdgeLayer edges = new EdgeLayer();
    final Pane nodes = layer();
    final Pane labels = layer();

    private final Catalog catalog;
    private final Glyphs glyphs;
    private final Map<String, ZoneView> zoneViews = new LinkedHashMap<>();
    private final Map<String, NodeView> nodeViews = new HashMap<>();
    private final Map<String, FirewallView> firewallViews = new HashMap<>();
    private final Map<EdgeKey, EdgeView> edgeViews = new LinkedHashMap<>();
    private final EdgeModels edgeModels = new EdgeModels();
    private final Set<EdgeView> moving = new HashSet<>();
    /** Below this zoom labels are too small to read and are not drawn. */
    static final double MIN_LABEL_ZOOM = 0.3;

    private Design design = Design.empty();
    private javafx.geometry.Rectangle2D visibleArea;
    // nothing is on screen until the view has a size
    private double visibleZoom;
    private boolean labelsPlaced;
    private boolean labelShapes;
    private Object decoration;
    private boolean showSameZone = true;

    CanvasShapes(Catalog catalog, Glyphs glyphs) {
        this.catalog = catalog;
        this.glyphs = glyphs;
        links.setMouseTransparent(true);
    }

    private static Pane layer() {
        Pane pane = new Pane();
        pane.setPickOnBounds(false);
        pane.setManaged(false);
        return pane;
    }

    Design design() {
        return design;
    }

    void setShowSameZone(boolean show) {
        showSameZone = show;
    }

    /** Brings the shapes up to the analysis; labels of unchanged edges stay put when {@code incremental}. */
    void render(FlowAnalysis analysis, boolean incremental) {
        design = analysis.design();
        syncZones();
        syncNodes();
        syncFirewalls();
        int before = moving.size();
        Map<EdgeKey, EdgeModel> models = edgeModels.update(analysis, showSameZone);
        boolean restingChanged = syncEdges(models, edgeModels.touched(), incremental);
        if (!incremental) {
            moving.clear();
        }
        if (!incremental || restingChanged || moving.size() != before) {
            edges.drawResting(edgeViews.values(), moving);
        }
        edges.drawMoving(incremental ? moving : List.of());
        if (!incremental) {
            // labels are placed when they are first needed: zoomed far out there are none to place
            labelsPlaced = false;
            showLabels(visibleArea, visibleZoom);
        } else if (labelsPlaced) {
            placeLabels(List.copyOf(moving), true);
            showLabels(visibleArea, visibleZoom);
        }
    }

    /** Redraws every edge line, e.g. after the arrowheads were switched on or off. */
    private void redrawEdges() {
        edges.drawResting(edgeViews.values(), moving);
        edges.drawMoving(moving);
    }

    private void syncZones() {
        Set<String> seen = new HashSet<>();
        boolean orderChanged = false;
        for (Zone zone : design.zones()) {
            seen.add(zone.id());
            ZoneView view = zoneViews.get(zone.id());
            if (view == null) {
                zoneViews.put(zone.id(), new ZoneView(zone));
                orderChanged = true;
            } else if (!view.zone().equals(zone)) {
                view.update(zone);
            }
        }
        orderChanged |= zoneViews.keySet().retainAll(seen);
        if (orderChanged || zones.getChildren().size() != design.zones().size()) {
            List<ZoneView> ordered = design.zones().stream().map(z -> zoneViews.get(z.id())).toList();
            zones.getChildren().setAll(ordered);
        }
    }

    private void syncNodes() {
        Set<String> seen = new HashSet<>();
        List<NodeView> added = new ArrayList<>();
        for (Node node : design.nodes()) {
            seen.add(node.id());
            NodeView view = nodeViews.get(node.id());
            if (view == null) {
                view = new NodeView(node, catalog.type(node.typeId()).orElse(null), glyphs);
                nodeViews.put(node.id(), view);
                added.add(view);
            } else if (view.node() != node && !view.node().equals(node)) {
                view.update(node);
            }
        }
        removeStale(nodeViews, seen, nodes);
        nodes.getChildren().addAll(added);
    }

    private void syncFirewalls() {
        Set<String> seen = new HashSet<>();
        for (Firewall firewall : design.firewalls()) {
            seen.add(firewall.id());
            FirewallView view = firewallViews.get(firewall.id());
            if (view == null) {
                view = new FirewallView(firewall);
                firewallViews.put(firewall.id(), view);
                nodes.getChildren().add(view);
            } else if (!view.firewall().equals(firewall)) {
                view.update(firewall);
            }
        }
        removeStale(firewallViews, seen, nodes);
        List<Line> lines = new ArrayList<>();
        for (Firewall firewall : design.firewalls()) {
            for (String zoneId : firewall.zoneIds()) {
                design.zone(zoneId).ifPresent(zone -> lines.add(link(firewall.position(), zone.bounds())));
            }
        }
        links.getChildren().setAll(lines);
    }

    private static Line link(Point from, Bounds to) {
        double x = Math.max(to.x(), Math.min(from.x(), to.x() + to.width()));
        double y = Math.max(to.y(), Math.min(from.y(), to.y() + to.height()));
        if (to.contains(from)) {
            double left = from.x() - to.x();
            double right = to.x() + to.width() - from.x();
            double top = from.y() - to.y();
            double bottom = to.y() + to.height() - from.y();
            double min = Math.min(Math.min(left, right), Math.min(top, bottom));
            x = min == left ? to.x() : min == right ? to.x() + to.width() : from.x();
            y = min == top ? to.y() : min == bottom ? to.y() + to.height() : from.y();
        }
        Line line = new Line(from.x(), from.y(), x, y);
        line.getStyleClass().add(Styles.FIREWALL_LINK);
        return line;
    }

    private static <V extends javafx.scene.Node> void removeStale(Map<String, V> views, Set<String> seen, Pane layer) {
        List<javafx.scene.Node> gone = new ArrayList<>();
        views.entrySet().removeIf(e -> {
            if (!seen.contains(e.getKey())) {
                gone.add(e.getValue());
                return true;
            }
            return false;
        });
        if (!gone.isEmpty()) {
            layer.getChildren().removeAll(gone);
        }
    }

    /**
     * Brings the edge views up to the models. During a drag, edges that change join the moving set, drawn
     * apart from the resting ones; returns true when a resting edge changed or went.
     */
    private boolean syncEdges(Map<EdgeKey, EdgeModel> models, Set<EdgeKey> touched, boolean incremental) {
        if (touched != null) {
            return syncTouchedEdges(models, touched, incremental);
        }
        boolean restingChanged = false;
        for (EdgeModel model : models.values()) {
            EdgeView view = edgeViews.get(model.key());
            if (view == null) {
                view = new EdgeView(model);
                edgeViews.put(model.key(), view);
                if (incremental) {
                    moving.add(view);
                }
            } else if (!view.model().equals(model)) {
                view.update(model);
                if (incremental && moving.add(view)) {
                    restingChanged = true;
                }
            }
        }
        if (edgeViews.size() != models.size()) {
            java.util.Iterator<Map.Entry<EdgeKey, EdgeView>> it = edgeViews.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<EdgeKey, EdgeView> entry = it.next();
                if (!models.containsKey(entry.getKey())) {
                    entry.getValue().dropLabel();
                    restingChanged |= !moving.remove(entry.getValue());
                    it.remove();
                }
            }
        }
        return restingChanged;
    }

    /** Like {@link #syncEdges}, visiting only the edges the last update touched. */
    private boolean syncTouchedEdges(Map<EdgeKey, EdgeModel> models, Set<EdgeKey> touched, boolean incremental) {
        boolean restingChanged = false;
        for (EdgeKey key : touched) {
            EdgeModel model = models.get(key);
            EdgeView view = edgeViews.get(key);
            if (model == null) {
                if (view != null) {
                    view.dropLabel();
                    restingChanged |= !moving.remove(view);
                    edgeViews.remove(key);
                }
            } else if (view == null) {
                view = new EdgeView(model);
                edgeViews.put(key, view);
                if (incremental) {
                    moving.add(view);
                } else {
                    restingChanged = true;
                }
            } else if (!view.model().equals(model)) {
                view.update(model);
                restingChanged |= !incremental || moving.add(view);
            }
        }
        return restingChanged;
    }

    private void placeLabels(List<EdgeView> toPlace, boolean keepOthers) {
        LabelPlacer placer = new LabelPlacer();
        for (Node node : design.nodes()) {
            placer.occupy(node.position().x() - 60, node.position().y() - NodeView.TILE / 2 - 10, 120, NodeView.HEIGHT + 10);
        }
        for (Firewall firewall : design.firewalls()) {
            placer.occupy(firewall.position().x() - 56, firewall.position().y() - 22, 112, 72);
        }
        if (keepOthers) {
            Set<EdgeView> moving = new HashSet<>(toPlace);
            for (EdgeView view : edgeViews.values()) {
                if (!moving.contains(view)) {
                    placer.occupy(view.labelX(), view.labelY(), view.labelWidth(), view.labelHeight());
                }
            }
        }
        // crossing edges first: their labels carry the firewall names, which matter most
        List<EdgeView> ordered = new ArrayList<>(toPlace);
        ordered.sort((a, b) -> Boolean.compare(a.model().sameZone(), b.model().sameZone()));
        for (EdgeView view : ordered) {
            placer.place(view);
        }
    }

    /**
     * Gives shapes to the labels inside the visible area (canvas units) at a readable zoom, and drops the
     * shapes of the others: a design with thousands of edges keeps only what is on screen in the scene.
     */
    void showLabels(javafx.geometry.Rectangle2D area, double zoom) {
        visibleArea = area;
        visibleZoom = zoom;
        boolean detail = zoom >= MIN_LABEL_ZOOM;
        if (detail != edges.arrowheads()) {
            edges.setArrowheads(detail);
            redrawEdges();
        }
        if (detail && !labelsPlaced) {
            placeLabels(List.copyOf(edgeViews.values()), false);
            labelsPlaced = true;
        }
        if (!detail && labels.getChildren().isEmpty() && !labelShapes) {
            return;
        }
        labelShapes = detail;
        List<javafx.scene.Node> shown = new ArrayList<>();
        for (EdgeView view : edgeViews.values()) {
            boolean wanted = zoom >= MIN_LABEL_ZOOM && (area == null
                    || area.intersects(view.labelX(), view.labelY(), view.labelWidth(), view.labelHeight()));
            if (wanted) {
                shown.add(view.createLabel());
            } else {
                view.dropLabel();
            }
        }
        if (!sameNodes(shown, labels.getChildren())) {
            labels.getChildren().setAll(shown);
        }
    }

    private static boolean sameNodes(List<javafx.scene.Node> a, List<javafx.scene.Node> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** What the tooltip says about the item under the pointer, or null for nothing. */
    String tooltipFor(CanvasItem item) {
        if (item == null) {
            return null;
        }
        return switch (item.kind()) {
            case NODE -> nodeViews.containsKey(item.id()) ? nodeViews.get(item.id()).describe() : null;
            case EDGE -> {
                EdgeView edge = edgeViews.get(EdgeKey.of(item.id(), item.other()));
                yield edge == null ? null : String.join("\n", limited(edge.model().details()));
            }
            default -> null;
        };
    }

    private static List<String> limited(List<String> lines) {
        int max = 24;
        if (lines.size() <= max) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, max));
        shown.add("\u2026 and " + (lines.size() - max) + " more flows");
        return shown;
    }

    /** Shows the selection, the highlighted flow, and in focus mode fades what is not connected. */
    void decorate(Selection selection, boolean focusMode) {
        Set<String> ids = selection.ids();
        EdgeKey selectedEdge = selection.edgeProperty().get();
        Flow flow = selection.highlightedFlowProperty().get();
        EdgeKey flowEdge = flow == null ? null : EdgeKey.of(flow.source().id(), flow.destination().id());
        zoneViews.forEach((id, view) -> view.setSelected(ids.contains(id)));
        firewallViews.forEach((id, view) -> view.setSelected(ids.contains(id)));
        Set<String> roots = focusRoots(ids, selectedEdge);
        Set<String> focus = focusMode ? focusSet(roots) : Set.of();
        boolean fading = !focus.isEmpty();
        nodeViews.forEach((id, view) -> {
            view.setSelected(ids.contains(id));
            view.setHighlighted(flowEdge != null && flowEdge.touches(id));
            view.setFaded(fading && !focus.contains(id));
        });
        // the edges' own marks matter only to their labels: visit every edge only when the marks changed
        List<Object> state = java.util.Arrays.asList(selectedEdge, flowEdge, fading ? roots : null);
        boolean marksChanged = !state.equals(decoration);
        decoration = state;
        Set<EdgeView> inFocus = fading ? new HashSet<>() : null;
        if (marksChanged || fading) {
            decorateEdges(selectedEdge, flowEdge, fading, roots, inFocus);
        }
        edges.drawFocus(edgeViews.values(), inFocus, moving);
        edges.drawMarked(selectedEdge == null ? null : edgeViews.get(selectedEdge), flowEdge == null ? null : edgeViews.get(flowEdge));
        firewallViews.forEach((id, view) -> view.setOpacity(fading ? 0.35 : 1));
    }

    private void decorateEdges(EdgeKey selectedEdge, EdgeKey flowEdge, boolean fading, Set<String> roots, Set<EdgeView> inFocus) {
        edgeViews.forEach((key, view) -> {
            view.setSelected(key.equals(selectedEdge));
            view.setHighlighted(key.equals(flowEdge));
            boolean focused = roots.contains(key.first()) || roots.contains(key.second());
            view.setFaded(fading && !focused);
            if (fading && focused) {
                inFocus.add(view);
            }
        });
    }

    private Set<String> focusRoots(Set<String> ids, EdgeKey edge) {
        Set<String> roots = new HashSet<>();
        ids.stream().filter(id -> nodeViews.containsKey(id)).forEach(roots::add);
        if (edge != null) {
            roots.add(edge.first());
            roots.add(edge.second());
        }
        return roots;
    }

    private Set<String> focusSet(Set<String> roots) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        Set<String> focus = new HashSet<>(roots);
        for (EdgeKey key : edgeViews.keySet()) {
            if (roots.contains(key.first()) || roots.contains(key.second())) {
                focus.add(key.first());
                focus.add(key.second());
            }
        }
        return focus;
    }

    /** Marks the zone under the point as the drop target; null clears it. */
    void showDropTarget(Point point) {
        String target = point == null ? null : design.zoneAt(point).map(Zone::id).orElse(null);
        zoneViews.forEach((id, view) -> view.setDropTarget(id.equals(target)));
    }

    /** The rectangle everything drawn covers, or null for an empty design. */
    Bounds contentBounds() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Zone zone : design.zones()) {
            Bounds b = zone.bounds();
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        for (Node node : design.nodes()) {
            minX = Math.min(minX, node.position().x() - NodeView.WIDTH / 2);
            minY = Math.min(minY, node.position().y() - NodeView.TILE / 2);
            maxX = Math.max(maxX, node.position().x() + NodeView.WIDTH / 2);
            maxY = Math.max(maxY, node.position().y() + NodeView.HEIGHT);
        }
        for (Firewall firewall : design.firewalls()) {
            minX = Math.min(minX, firewall.position().x() - 60);
            minY = Math.min(minY, firewall.position().y() - 30);
            maxX = Math.max(maxX, firewall.position().x() + 60);
            maxY = Math.max(maxY, firewall.position().y() + 45);
        }
        return minX > maxX ? null : new Bounds(minX, minY, maxX - minX, maxY - minY);
    }

    /** The edge nearest to the canvas point within the tolerance (canvas units), or null. */
    EdgeKey edgeAt(Point point, double tolerance) {
        EdgeKey best = null;
        double bestDistance = tolerance;
        for (Map.Entry<EdgeKey, EdgeView> entry : edgeViews.entrySet()) {
            double distance = entry.getValue().distanceTo(point.x(), point.y());
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = entry.getKey();
            }
        }
        return best;
    }

    /** The edge view of the key, for tests and the flows table link; null when not drawn. */
    EdgeView edge(EdgeKey key) {
        return edgeViews.get(key);
    }

    NodeView node(String id) {
        return nodeViews.get(id);
    }

    int edgeCount() {
        return edgeViews.size();
    }
}
