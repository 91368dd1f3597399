package io.portolan.ui.canvas;

import io.portolan.engine.Crossing;
import io.portolan.model.Point;
import io.portolan.ui.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.layout.VBox;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * One edge: a line between two node tiles with an arrowhead at each end that receives traffic, and a
 * label with the ports each way and, for crossing edges, the firewalls passed. An edge has no shape of its
 * own: {@link EdgeLayer} draws all lines of a kind as one path, and the label's shapes exist only while it
 * is on screen (see {@link EdgeLabels}), so that designs with thousands of edges stay light.
 */
final class EdgeView {

    /** Past this many characters a label line is shortened; the tooltip has the full list. */
    static final int MAX_LINE = 34;
    private static final double HEAD = 9;
    /** How faint a faded label is (focus mode). */
    static final double FADE = 0.12;
    private static final double CLEARANCE = NodeView.TILE / 2 + 3;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    // Label fonts are set here, not in CSS, because labels are measured before they join the scene.
    private static final Font PORTS_FONT = Font.font("System", FontWeight.NORMAL, 11);
    private static final Font VIA_FONT = Font.font("System", FontPosture.ITALIC, 10.5);
    private static final Map<String, double[]> SIZES = new HashMap<>();
    private static final Text MEASURE = new Text();

    private static final java.util.Map<String, String> MARK_TEXT = java.util.Map.of(Styles.RULES_ADDED, "+ rules to add",
            Styles.RULES_REMOVED, "\u2212 rules to remove", Styles.RULES_CHANGED, "\u0394 rules changed",
            Styles.RULES_ALLOWED, "\u2713 already allowed", Styles.RULES_PARTLY, "\u25d0 partly allowed");

    private VBox label;
    private EdgeModel model;
    private String mark;
    private String style;
    private List<String> lines = List.of();
    private int portLines;
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
    private double x1;
    private double y1;
    private double x2;
    private double y2;

    EdgeView(EdgeModel model) {
        update(model);
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

    /** The label's text, line by line. */
    List<String> labelLines() {
        return lines;
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

    /** Redraws the line, heads and label text for the model. */
    void update(EdgeModel changed) {
        EdgeModel before = model;
        model = changed;
        String newStyle = switch (changed.crossing()) {
            case SAME_ZONE -> Styles.EDGE_SAME_ZONE;
            case CROSSING -> Styles.EDGE_CROSSING;
            case UNROUTABLE, UNZONED -> Styles.EDGE_UNROUTABLE;
        };
        style = newStyle;
        layoutGeometry();
        if (before == null || !changed.firewalls().equals(before.firewalls()) || changed.crossing() != before.crossing()
                || !java.util.Objects.equals(changed.forward(), before.forward())
                || !java.util.Objects.equals(changed.backward(), before.backward()) || hasArrowLines()) {
            setLabelText();
        }
    }

    private boolean hasArrowLines() {
        return model.forward() != null && model.backward() != null && !model.forward().equals(model.backward());
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

    private void layoutGeometry() {
        Point a = model.first().position();
        Point b = model.second().position();
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.max(1e-6, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double clipA = clip(ux, uy);
        x1 = a.x() + ux * clipA;
        y1 = a.y() + uy * clipA;
        x2 = b.x() - ux * clipA;
        y2 = b.y() - uy * clipA;
    }

    /** Adds the line and, when {@code heads}, its arrowheads to a path's elements. */
    void appendTo(List<PathElement> elements, boolean heads) {
        elements.add(new MoveTo(x1, y1));
        elements.add(new LineTo(x2, y2));
        if (!heads) {
            return;
        }
        double length = Math.max(1e-6, Math.hypot(x2 - x1, y2 - y1));
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        if (model.forward() != null) {
            head(elements, x2, y2, ux, uy);
        }
        if (model.backward() != null) {
            head(elements, x1, y1, -ux, -uy);
        }
    }

    /** The distance from the point to the line, in canvas units. */
    double distanceTo(double x, double y) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / lengthSquared));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }

    /** How far from a tile's centre a line along (ux, uy) leaves the tile's square. */
    private static double clip(double ux, double uy) {
        double ax = Math.abs(ux);
        double ay = Math.abs(uy);
        double t = Math.min(ax < 1e-9 ? Double.MAX_VALUE : CLEARANCE / ax, ay < 1e-9 ? Double.MAX_VALUE : CLEARANCE / ay);
        return Math.min(t, 1e6);
    }

    private static void head(List<PathElement> elements, double tipX, double tipY, double ux, double uy) {
        double bx = tipX - ux * HEAD;
        double by = tipY - uy * HEAD;
        double px = -uy * HEAD * 0.5;
        double py = ux * HEAD * 0.5;
        elements.add(new MoveTo(tipX, tipY));
        elements.add(new LineTo(bx + px, by + py));
        elements.add(new LineTo(bx - px, by - py));
        elements.add(new ClosePath());
    }

    private void setLabelText() {
        List<String> text = new ArrayList<>(3);
        String forward = forward();
        String backward = backward();
        if (forward != null && backward != null) {
            if (forward.equals(backward)) {
                text.add(shorten("\u21c4 " + forward));
            } else {
                String[] arrows = arrows();
                text.add(shorten(arrows[0] + " " + forward));
                text.add(shorten(arrows[1] + " " + backward));
            }
        } else {
            text.add(shorten(forward != null ? forward : backward));
        }
        portLines = text.size();
        if (model.crossing() == Crossing.CROSSING && !model.firewalls().isEmpty()) {
            text.add(shorten("via " + String.join(" \u203a ", model.firewalls())));
        } else if (model.crossing() == Crossing.UNROUTABLE) {
            text.add("no firewall path");
        } else if (model.crossing() == Crossing.UNZONED) {
            text.add("outside every zone");
        }
        if (mark != null) {
            text.add(MARK_TEXT.get(mark));
        }
        if (text.equals(lines) && labelWidth > 0) {
            return;
        }
        measureLabel(text);
    }

    private void measureLabel(List<String> text) {
        lines = List.copyOf(text);
        labelWidth = 0;
        labelHeight = 0;
        for (int i = 0; i < lines.size(); i++) {
            double[] size = measure(lines.get(i), i < portLines ? PORTS_FONT : VIA_FONT);
            labelWidth = Math.max(labelWidth, size[0]);
            labelHeight += size[1];
        }
        labelWidth = Math.ceil(labelWidth + 12);
        labelHeight = Math.ceil(labelHeight + 4);
        if (label != null) {
            fillLabel();
        }
    }

    private static double[] measure(String text, Font font) {
        return SIZES.computeIfAbsent((font == PORTS_FONT ? "p" : "v") + text, key -> {
            MEASURE.setFont(font);
            MEASURE.setText(text);
            return new double[] {MEASURE.getLayoutBounds().getWidth(), MEASURE.getLayoutBounds().getHeight()};
        });
    }

    /** The arrows for the forward and backward lines, as the line runs on screen. */
    private String[] arrows() {
        double dx = model.second().position().x() - model.first().position().x();
        double dy = model.second().position().y() - model.first().position().y();
        if (Math.abs(dx) >= Math.abs(dy)) {
            return dx >= 0 ? new String[] {"\u2192", "\u2190"} : new String[] {"\u2190", "\u2192"};
        }
        return dy >= 0 ? new String[] {"\u2193", "\u2191"} : new String[] {"\u2191", "\u2193"};
    }

    /** The text cut at a list separator before {@link #MAX_LINE} characters, with an ellipsis. */
    static String shorten(String text) {
        if (text.length() <= MAX_LINE) {
            return text;
        }
        int cut = Math.max(text.lastIndexOf(", ", MAX_LINE - 2), text.lastIndexOf(" | ", MAX_LINE - 2));
        if (cut < MAX_LINE / 2) {
            cut = MAX_LINE - 2;
        }
        return text.substring(0, cut) + " \u2026";
    }

    /** The segment the label may sit on: start and end, outside the node tiles. */
    double[] segment() {
        return new double[] {x1, y1, x2, y2};
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
        List<Text> texts = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Text text = new Text(lines.get(i));
            boolean ports = i < portLines;
            boolean marked = mark != null && i == lines.size() - 1;
            text.setFont(ports ? PORTS_FONT : VIA_FONT);
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
