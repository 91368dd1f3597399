package io.portolan.ui.canvas;

import io.portolan.catalog.Catalog;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.ui.document.Selection;
import io.portolan.ui.document.Selection.EdgeKey;
import io.portolan.ui.theme.Glyphs;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Pane;

/**
 * The canvas's shapes, kept in step with an analysis by concern: the zones, nodes and firewalls
 * ({@link PlacedShapes}), the edges ({@link EdgeShapes}), their labels ({@link EdgeLabels}) and the marks of
 * the selection and focus mode ({@link Highlights}). Each adds, updates and removes only what changed.
 */
final class CanvasShapes {

    /** The most flows an edge's tooltip lists. */
    private static final int MAX_TOOLTIP_FLOWS = 24;

    private final PlacedShapes placed;
    private final EdgeShapes edges = new EdgeShapes();
    private final EdgeLabels labels = new EdgeLabels(edges);
    private final Highlights highlights;
    private Design design = Design.empty();

    CanvasShapes(Catalog catalog, Glyphs glyphs) {
        this.placed = new PlacedShapes(catalog, glyphs);
        this.highlights = new Highlights(placed, edges);
    }

    /** The layers, bottom to top: zones, firewall links, edges, nodes and firewalls, labels. */
    List<Pane> layers() {
        return List.of(placed.zones, placed.links, edges.layer, placed.nodes, labels.pane);
    }

    /** Marks the edges of a comparison. */
    void setMarks(java.util.Map<EdgeKey, String> marks) {
        edges.setMarks(marks);
    }

    void setShowSameZone(boolean show) {
        edges.setShowSameZone(show);
    }

    /** Brings the shapes up to the analysis; labels of unchanged edges stay put when {@code incremental}. */
    void render(FlowAnalysis analysis, boolean incremental) {
        design = analysis.design();
        placed.sync(design);
        edges.render(analysis, incremental);
        labels.rendered(design, incremental);
    }

    /** Shows the labels inside the visible area (canvas units; null for all) at a readable zoom. */
    void showLabels(Rectangle2D area, double zoom) {
        labels.show(area, zoom);
    }

    /**
     * Shows the selection, the highlighted flow, and in focus mode fades what is not connected; with a spotlight,
     * shows its walkthrough step instead of focus mode.
     */
    void decorate(Selection selection, boolean focusMode, Spotlight spotlight) {
        highlights.decorate(selection, focusMode, spotlight);
    }

    /** What the tooltip says about the item under the pointer, or null for nothing. */
    String tooltipFor(CanvasItem item) {
        if (item == null) {
            return null;
        }
        return switch (item.kind()) {
            case NODE -> {
                NodeView node = placed.nodeViews().get(item.id());
                yield node == null ? null : node.describe();
            }
            case EDGE -> {
                EdgeView edge = edges.get(EdgeKey.of(item.id(), item.other()));
                yield edge == null ? null : String.join("\n", limited(edge.model().details()));
            }
            default -> null;
        };
    }

    private static List<String> limited(List<String> lines) {
        if (lines.size() <= MAX_TOOLTIP_FLOWS) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, MAX_TOOLTIP_FLOWS));
        shown.add("\u2026 and " + (lines.size() - MAX_TOOLTIP_FLOWS) + " more flows");
        return shown;
    }

    /** Marks the zone under the point as the drop target; null clears it. */
    void showDropTarget(Point point) {
        placed.showDropTarget(point == null ? null : design.zoneAt(point).map(Zone::id).orElse(null));
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

    /** What the walkthrough step shows, in canvas units: its nodes, firewalls and edge labels; empty for null. */
    List<Rectangle2D> spotlitBounds(Spotlight spotlight) {
        List<Rectangle2D> bounds = new ArrayList<>();
        if (spotlight == null) {
            return bounds;
        }
        for (String id : spotlight.step().nodeIds()) {
            design.node(id).ifPresent(n -> bounds.add(new Rectangle2D(n.position().x() - NodeView.WIDTH / 2,
                    n.position().y() - NodeView.TILE / 2, NodeView.WIDTH, NodeView.HEIGHT)));
        }
        for (var boundary : spotlight.step().firewalls()) {
            design.firewall(boundary.id()).ifPresent(f -> bounds.add(new Rectangle2D(f.position().x() - 56,
                    f.position().y() - 22, 112, 72)));
        }
        for (var flow : spotlight.step().flows()) {
            EdgeView edge = edges.get(EdgeKey.of(flow.source().id(), flow.destination().id()));
            if (edge != null && edge.labelWidth() > 0) {
                bounds.add(new Rectangle2D(edge.labelX(), edge.labelY(), edge.labelWidth(), edge.labelHeight()));
            }
        }
        return bounds;
    }

    /** The edge nearest to the canvas point within the tolerance (canvas units), or null. */
    EdgeKey edgeAt(Point point, double tolerance) {
        return edges.edgeAt(point, tolerance);
    }

    /** The edge view of the key, for tests and the flows table link; null when not drawn. */
    EdgeView edge(EdgeKey key) {
        return edges.get(key);
    }

    NodeView node(String id) {
        return placed.nodeViews().get(id);
    }

    FirewallView firewall(String id) {
        return placed.firewallViews().get(id);
    }

    /** The design shown. */
    Design design() {
        return design;
    }

    /** Every edge view. */
    java.util.Collection<EdgeView> edgeViews() {
        return edges.views();
    }

    int edgeCount() {
        return edges.count();
    }
}
