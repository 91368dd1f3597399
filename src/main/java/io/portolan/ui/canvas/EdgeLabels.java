package io.portolan.ui.canvas;

import io.portolan.diagram.Box;
import io.portolan.diagram.DiagramLayout;
import io.portolan.diagram.LabelPlacer;
import io.portolan.model.Design;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Pane;

/**
 * The edges' port labels: placed clear of the nodes, the firewalls and each other (during a drag, only the
 * labels of the moving edges), and given shapes only while they are on screen at a readable zoom, so that a
 * design with thousands of edges keeps only what is visible in the scene.
 */
final class EdgeLabels {

    /** Below this zoom labels are too small to read and are not drawn. */
    static final double MIN_LABEL_ZOOM = 0.3;

    final Pane pane = PlacedShapes.layer();

    private static final CanvasMetrics METRICS = new CanvasMetrics();

    private final EdgeShapes edges;
    private Design design = Design.empty();
    private Rectangle2D visibleArea;
    // nothing is on screen until the view has a size
    private double visibleZoom;
    private boolean placed;
    private boolean shaped;

    EdgeLabels(EdgeShapes edges) {
        this.edges = edges;
    }

    /** Follows a render of the design: places every label again, or during a drag only the moving ones. */
    void rendered(Design rendered, boolean incremental) {
        design = rendered;
        if (!incremental) {
            // labels are placed when they are first needed: zoomed far out there are none to place
            placed = false;
            show(visibleArea, visibleZoom);
        } else if (placed) {
            place(List.copyOf(edges.moving()), true);
            show(visibleArea, visibleZoom);
        }
    }

    /**
     * Gives shapes to the labels inside the visible area (canvas units; null for all) at a readable zoom,
     * and drops the shapes of the others.
     */
    void show(Rectangle2D area, double zoom) {
        visibleArea = area;
        visibleZoom = zoom;
        boolean detail = zoom >= MIN_LABEL_ZOOM;
        edges.setArrowheads(detail);
        if (detail && !placed) {
            place(List.copyOf(edges.views()), false);
            placed = true;
        }
        if (!detail && pane.getChildren().isEmpty() && !shaped) {
            return;
        }
        shaped = detail;
        List<javafx.scene.Node> shown = new ArrayList<>();
        for (EdgeView view : edges.views()) {
            boolean wanted = detail && !view.labelHidden() && (area == null
                    || area.intersects(view.labelX(), view.labelY(), view.labelWidth(), view.labelHeight()));
            if (wanted) {
                shown.add(view.createLabel());
            } else {
                view.dropLabel();
            }
        }
        if (!sameNodes(shown, pane.getChildren())) {
            pane.getChildren().setAll(shown);
        }
    }

    /** Places the labels of the edges, keeping clear of the others' when {@code keepOthers}. */
    private void place(List<EdgeView> toPlace, boolean keepOthers) {
        LabelPlacer placer = new LabelPlacer();
        DiagramLayout.occupyMarks(design, METRICS, placer);
        if (keepOthers) {
            Set<EdgeView> moving = new HashSet<>(toPlace);
            for (EdgeView view : edges.views()) {
                Box box = view.labelBox();
                if (!moving.contains(view) && box != null) {
                    placer.occupy(box);
                }
            }
        }
        // crossing edges first: their labels carry the firewall names, which matter most
        List<EdgeView> ordered = new ArrayList<>(toPlace);
        ordered.sort((a, b) -> Boolean.compare(a.model().sameZone(), b.model().sameZone()));
        for (EdgeView view : ordered) {
            view.placeWith(placer);
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
}
