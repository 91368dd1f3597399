package io.portolan.ui.canvas;

import io.portolan.ui.theme.Styles;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.layout.Pane;
import javafx.scene.shape.SVGPath;

/**
 * Draws every edge line as a handful of paths, one per kind (same zone, crossing, unroutable) and role:
 * the resting edges, the edges a drag in progress is changing (redrawn each frame on their own), the edges
 * in focus, those of the walkthrough step shown, and the selected and highlighted edge on top. A design with thousands of edges thus costs a
 * few shapes, not thousands; each is an SVG path drawn from one string, so that redrawing a hundred thousand edges makes
 * no path element objects.
 */
final class EdgeLayer extends Pane {

    private static final List<String> KINDS = List.of(Styles.EDGE_SAME_ZONE, Styles.EDGE_CROSSING, Styles.EDGE_UNROUTABLE);

    private final Map<String, SVGPath> resting = paths("resting");
    private final Map<String, SVGPath> focused = paths("focused");
    private final Map<String, SVGPath> moving = paths("moving");
    /** The marks of a comparison, drawn as a wide halo under the edges they mark. */
    private static final List<String> MARKS = List.of(Styles.RULES_ADDED, Styles.RULES_REMOVED, Styles.RULES_CHANGED,
            Styles.RULES_ALLOWED, Styles.RULES_PARTLY);
    private final Map<String, SVGPath> marked = new HashMap<>();
    private final Map<String, SVGPath> spotlit = paths("spotlit");
    private final SVGPath highlighted = path(Styles.EDGE_CROSSING, "highlighted");
    private final SVGPath selected = path(Styles.EDGE_CROSSING, "selected");
    private boolean heads = true;

    EdgeLayer() {
        setManaged(false);
        setPickOnBounds(false);
        setMouseTransparent(true);
        for (String mark : MARKS) {
            SVGPath path = new SVGPath();
            path.getStyleClass().addAll(Styles.EDGE, Styles.EDGE_MARK, mark);
            marked.put(mark, path);
            getChildren().add(path);
        }
        for (Map<String, SVGPath> role : List.of(resting, focused, moving, spotlit)) {
            getChildren().addAll(role.values());
        }
        getChildren().addAll(highlighted, selected);
    }

    private static Map<String, SVGPath> paths(String role) {
        Map<String, SVGPath> map = new HashMap<>();
        for (String kind : KINDS) {
            map.put(kind, path(kind, role));
        }
        return map;
    }

    private static SVGPath path(String kind, String role) {
        SVGPath path = new SVGPath();
        path.getStyleClass().addAll(Styles.EDGE, Styles.EDGE_LINE, kind, "edge-" + role);
        return path;
    }

    /**
     * Whether arrowheads are drawn. Zoomed far out they would be a pixel wide, yet they treble what the
     * renderer must fill; the caller redraws after changing this.
     */
    void setArrowheads(boolean drawn) {
        heads = drawn;
    }

    boolean arrowheads() {
        return heads;
    }

    /** Draws the resting edges: every edge but those a drag is changing. */
    void drawResting(Collection<EdgeView> edges, Set<EdgeView> exclude) {
        fill(resting, edges, e -> !exclude.contains(e));
    }

    /** Draws the edges a drag in progress is changing. */
    void drawMoving(Collection<EdgeView> edges) {
        fill(moving, edges, e -> true);
    }

    /**
     * Fades the resting edges and draws the focused ones over them, or shows all edges plainly when
     * {@code focus} is null.
     */
    void drawFocus(Collection<EdgeView> edges, Set<EdgeView> focus, Set<EdgeView> exclude) {
        double opacity = focus == null ? 1 : 0.12;
        resting.values().forEach(p -> p.setOpacity(opacity));
        fill(focused, focus == null ? List.of() : focus, e -> !exclude.contains(e));
    }

    /** Draws the halo of each marked edge: the edges by their mark ({@link Styles#RULES_ADDED}, ...). */
    void drawMarks(Map<EdgeView, String> marks) {
        Map<String, StringBuilder> contents = new HashMap<>();
        MARKS.forEach(mark -> contents.put(mark, new StringBuilder()));
        marks.forEach((edge, mark) -> edge.appendTo(contents.get(mark), false));
        contents.forEach((mark, content) -> marked.get(mark).setContent(content.toString()));
    }

    /** Draws the edges of the walkthrough step shown over the others, bolder; an empty collection for none. */
    void drawSpotlit(Collection<EdgeView> edges, Set<EdgeView> exclude) {
        fill(spotlit, edges, e -> !exclude.contains(e));
    }

    /** Draws the selected and the highlighted edge over the others; null for none. */
    void drawMarked(EdgeView selectedEdge, EdgeView highlightedEdge) {
        set(selected, selectedEdge);
        set(highlighted, highlightedEdge);
    }

    private void set(SVGPath path, EdgeView edge) {
        StringBuilder content = new StringBuilder();
        if (edge != null) {
            edge.appendTo(content, true);
        }
        path.setContent(content.toString());
    }

    private void fill(Map<String, SVGPath> paths, Collection<EdgeView> edges, java.util.function.Predicate<EdgeView> keep) {
        Map<String, StringBuilder> contents = new HashMap<>();
        for (String kind : KINDS) {
            contents.put(kind, new StringBuilder());
        }
        for (EdgeView edge : edges) {
            if (keep.test(edge)) {
                edge.appendTo(contents.get(edge.style()), heads);
            }
        }
        contents.forEach((kind, content) -> paths.get(kind).setContent(content.toString()));
    }
}
