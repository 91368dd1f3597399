package io.portolan.ui.canvas;

import io.portolan.diagram.Box;
import io.portolan.diagram.DiagramShapes.LabelFont;
import io.portolan.diagram.EdgeRouter;
import io.portolan.diagram.LabelLine;
import io.portolan.diagram.LabelPlacer;
import io.portolan.diagram.LabelText;
import io.portolan.diagram.Routes;
import io.portolan.ui.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * One edge: a line between two node tiles, through the icons of the firewalls it crosses, with an arrowhead at each
 * end that receives traffic, and a label with the ports each way and, for crossing edges, the firewalls passed. Where
 * it runs and how its label wraps is the diagram's geometry ({@link EdgeRouter}, {@link LabelText}), shared with the
 * pictures. An edge has no shape of its own: {@link EdgeLayer} draws all lines of a kind as one path, and the label's
 * shapes exist only while it is on screen (see {@link EdgeLabels}), so that designs with thousands of edges stay
 * light. A label that finds no free place shrinks to a marker, whose tooltip lists the ports; where not even that
 * fits, it is not drawn.
 */
final class EdgeView {

    private static final double HEAD = 9;
    /** How faint a faded label is (focus mode). */
    static final double FADE = 0.12;
    /** What a label that found no room for its text shows: the tooltip has the ports. */
    static final String MARKER = "\u22ef";
    private static final CanvasMetrics METRICS = new CanvasMetrics();
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private static final java.util.Map<String, String> MARK_TEXT = java.util.Map.of(Styles.RULES_ADDED, "+ rules to add",
            Styles.RULES_REMOVED, "\u2212 rules to remove", Styles.RULES_CHANGED, "\u0394 rules changed",
            Styles.RULES_ALLOWED, "\u2713 already allowed", Styles.RULES_PARTLY, "\u25d0 partly allowed");

    private VBox label;
    private EdgeModel model;
    private String mark;
    private String style;
    private List<LabelLine> lines = List.of();
    private boolean collapsed;
    private boolean hidden;
    private double labelWidth;
    private double labelHeight;
    private double labelX;
    private double labelY;
    private boolean selected;
    private boolean highlighted;
    private boolean faded;
    private double fadedOpacity = FADE;
    // the ports of a walkthrough step shown instead of the model's, each way; null when the model's are shown
    private String[] stepPorts;
    private double[] route;

    EdgeView(EdgeModel model, EdgeRouter router) {
        update(model, router);
    }

    /** The style class of the edge's kind: same zone, crossing or unroutable. */
    String style() {
        return style;
    }

    /** The label's shapes, or null while it is off screen. */
    VBox label() {
        return label;
    }

    EdgeModel model() {
        return model;
    }

    double labelWidth() {
        return labelWidth;
    }

    double labelHeight() {
        return labelHeight;
    }

    /** The label's top-left corner. */
    double labelX() {
        return labelX;
    }

    double labelY() {
        return labelY;
    }

    /** The label's text, line by line, whole (a label shown as a marker included). */
    List<String> labelLines() {
        return lines.stream().map(LabelLine::text).toList();
    }

    /** True when the label found no room for its text and shows a marker instead. */
    boolean collapsed() {
        return collapsed;
    }

    /** True when the label found no room at all and is not drawn. */
    boolean labelHidden() {
        return hidden;
    }

    /** The route the edge runs along ({@code x0, y0, x1, y1, ...}). */
    double[] route() {
        return route;
    }

    /** The comparison's mark of the edge, or null. */
    String mark() {
        return mark;
    }

    /** Marks the edge for a comparison ({@link Styles#RULES_ADDED}, ...), or unmarks it with null. */
    void setMark(String newMark) {
        if (!java.util.Objects.equals(mark, newMark)) {
            mark = newMark;
            setLabelText();
        }
    }

    /** Redraws the line, heads and label text for the model, routed by the router. */
    void update(EdgeModel changed, EdgeRouter router) {
        EdgeModel before = model;
        model = changed;
        String newStyle = switch (changed.crossing()) {
            case SAME_ZONE -> Styles.EDGE_SAME_ZONE;
            case CROSSING -> Styles.EDGE_CROSSING;
            case UNROUTABLE, UNZONED -> Styles.EDGE_UNROUTABLE;
        };
        style = newStyle;
        route = router.route(changed.first(), changed.second(), changed.waypoints(), changed.sameZone());
        if (before == null || !changed.firewalls().equals(before.firewalls()) || changed.crossing() != before.crossing()
                || !java.util.Objects.equals(changed.forward(), before.forward())
                || !java.util.Objects.equals(changed.backward(), before.backward()) || hasArrowLines()) {
            setLabelText();
        }
    }

    private boolean hasArrowLines() {
        return model.forward() != null && model.backward() != null && !model.forward().equals(model.backward());
    }

    /** Routes the edge again (nodes moved around it); returns true when its route changed. */
    boolean reroute(EdgeRouter router) {
        double[] next = router.route(model.first(), model.second(), model.waypoints(), model.sameZone());
        if (java.util.Arrays.equals(next, route)) {
            return false;
        }
        route = next;
        if (hasArrowLines()) {
            setLabelText();
        }
        return true;
    }

    /**
     * Shows the ports of a walkthrough step's flows on the label instead of all the edge's, from first to second and
     * back (null for a direction the step does not use); both null to show the edge's own again. The label keeps its
     * centre.
     */
    void showStepPorts(String forward, String backward) {
        String[] wanted = forward == null && backward == null ? null : new String[] {forward, backward};
        if (!java.util.Arrays.equals(wanted, stepPorts)) {
            stepPorts = wanted;
            double cx = labelX + labelWidth / 2;
            double cy = labelY + labelHeight / 2;
            setLabelText();
            placeLabel(cx, cy);
        }
    }

    private String forward() {
        return stepPorts == null ? model.forward() : stepPorts[0];
    }

    private String backward() {
        return stepPorts == null ? model.backward() : stepPorts[1];
    }

    /** Adds the line and, when {@code heads}, its arrowheads to a path's elements. */
    void appendTo(StringBuilder path, boolean heads) {
        path.append('M');
        point(path, route[0], route[1]);
        for (int i = 2; i + 1 < route.length; i += 2) {
            path.append('L');
            point(path, route[i], route[i + 1]);
        }
        // the path is filled for the arrowheads: a bent line runs back over itself, so that it encloses no area to fill
        for (int i = route.length - 4; i >= 0 && route.length > 4; i -= 2) {
            path.append('L');
            point(path, route[i], route[i + 1]);
        }
        int n = route.length;
        if (!heads || n < 4) {
            return;
        }
        if (model.forward() != null) {
            head(path, route[n - 4], route[n - 3], route[n - 2], route[n - 1]);
        }
        if (model.backward() != null) {
            head(path, route[2], route[3], route[0], route[1]);
        }
    }

    /** Appends a point to SVG path data, to a hundredth of a canvas unit. */
    private static void point(StringBuilder path, double x, double y) {
        number(path, x);
        path.append(' ');
        number(path, y);
        path.append(' ');
    }

    private static void number(StringBuilder path, double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths < 0) {
            path.append('-');
            hundredths = -hundredths;
        }
        path.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            path.append(fraction < 10 ? ".0" : ".").append(fraction);
        }
    }

    /** The distance from the point to the route, in canvas units. */
    double distanceTo(double x, double y) {
        return Routes.distance(route, x, y);
    }

    private static void head(StringBuilder path, double fromX, double fromY, double tipX, double tipY) {
        double length = Math.max(1e-6, Math.hypot(tipX - fromX, tipY - fromY));
        double ux = (tipX - fromX) / length;
        double uy = (tipY - fromY) / length;
        double bx = tipX - ux * HEAD;
        double by = tipY - uy * HEAD;
        double px = -uy * HEAD * 0.5;
        double py = ux * HEAD * 0.5;
        path.append('M');
        point(path, tipX, tipY);
        path.append('L');
        point(path, bx + px, by + py);
        path.append('L');
        point(path, bx - px, by - py);
        path.append('Z');
    }

    private void setLabelText() {
        int n = route.length;
        List<LabelLine> text = new ArrayList<>(LabelText.wrap(LabelText.lines(forward(), backward(), model.crossing(),
                model.firewalls(), route[n - 2] - route[0], route[n - 1] - route[1]), LabelText.MAX_WIDTH, METRICS));
        if (mark != null) {
            text.add(new LabelLine(MARK_TEXT.get(mark), LabelFont.NOTE));
        }
        if (text.equals(lines) && labelWidth > 0) {
            return;
        }
        lines = List.copyOf(text);
        measureLabel();
    }

    private void measureLabel() {
        double[] size = LabelText.size(collapsed ? List.of(new LabelLine(MARKER, LabelFont.PORTS)) : lines, METRICS);
        labelWidth = size[0];
        labelHeight = size[1];
        if (label != null) {
            fillLabel();
        }
    }

    /**
     * Places the label with the placer: whole where there is room, else as a marker, else not at all. Returns false
     * when it is not drawn.
     */
    boolean placeWith(LabelPlacer placer) {
        setCollapsed(false);
        Box box = placer.place(route, labelWidth, labelHeight);
        if (box == null) {
            setCollapsed(true);
            box = placer.place(route, labelWidth, labelHeight);
        }
        hidden = box == null;
        if (box != null) {
            placeLabel(box.centreX(), box.centreY());
        }
        return !hidden;
    }

    private void setCollapsed(boolean value) {
        if (collapsed != value) {
            collapsed = value;
            measureLabel();
        }
    }

    /** The label's box, or null while it is not drawn. */
    Box labelBox() {
        return hidden || labelWidth <= 0 ? null : new Box(labelX, labelY, labelWidth, labelHeight);
    }

    /** Puts the label's centre at the point. */
    void placeLabel(double cx, double cy) {
        labelX = Math.round(cx - labelWidth / 2);
        labelY = Math.round(cy - labelHeight / 2);
        if (label != null) {
            label.resizeRelocate(labelX, labelY, labelWidth, labelHeight);
        }
    }

    /** Creates the label's shapes (when it comes on screen); returns them. */
    VBox createLabel() {
        if (label == null) {
            label = new VBox();
            label.getStyleClass().addAll(Styles.EDGE_LABEL, style);
            label.setManaged(false);
            CanvasItem.attach(label, CanvasItem.Kind.EDGE, model.key().first(), model.key().second());
            fillLabel();
            label.resizeRelocate(labelX, labelY, labelWidth, labelHeight);
            decorateLabel();
        }
        return label;
    }

    /** Drops the label's shapes (when it goes off screen); returns them, or null when there were none. */
    VBox dropLabel() {
        VBox dropped = label;
        label = null;
        return dropped;
    }

    private void fillLabel() {
        List<LabelLine> shown = collapsed ? List.of(new LabelLine(MARKER, LabelFont.PORTS)) : lines;
        List<Text> texts = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            Text text = new Text(shown.get(i).text());
            boolean ports = shown.get(i).font() == LabelFont.PORTS;
            boolean marked = mark != null && !collapsed && i == shown.size() - 1;
            text.setFont(ports ? CanvasMetrics.PORTS_FONT : CanvasMetrics.NOTE_FONT);
            text.getStyleClass().add(marked ? Styles.EDGE_LABEL_MARK : ports ? Styles.EDGE_LABEL_PORTS : Styles.EDGE_LABEL_VIA);
            texts.add(text);
        }
        label.getChildren().setAll(texts);
        label.getStyleClass().removeAll(Styles.EDGE_CROSSING, Styles.EDGE_SAME_ZONE, Styles.EDGE_UNROUTABLE, Styles.RULES_ADDED,
                Styles.RULES_REMOVED, Styles.RULES_CHANGED, Styles.RULES_ALLOWED, Styles.RULES_PARTLY);
        label.getStyleClass().add(style);
        if (mark != null) {
            label.getStyleClass().add(mark);
        }
    }

    void setSelected(boolean value) {
        if (value != selected) {
            selected = value;
            decorateLabel();
        }
    }

    void setHighlighted(boolean value) {
        if (value != highlighted) {
            highlighted = value;
            decorateLabel();
        }
    }

    void setFaded(boolean value) {
        setFaded(value, FADE);
    }

    /** Fades the label to the opacity (0 hides it), or shows it plainly. */
    void setFaded(boolean value, double opacity) {
        if (value != faded || opacity != fadedOpacity) {
            faded = value;
            fadedOpacity = opacity;
            decorateLabel();
        }
    }

    boolean isFaded() {
        return faded;
    }

    private void decorateLabel() {
        if (label != null) {
            label.pseudoClassStateChanged(SELECTED, selected);
            label.pseudoClassStateChanged(HIGHLIGHTED, highlighted);
            label.setOpacity(faded ? fadedOpacity : 1);
            label.setVisible(!faded || fadedOpacity > 0);
        }
    }
}
