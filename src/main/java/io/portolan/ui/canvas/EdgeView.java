package io.portolan.ui.canvas;

import io.portolan.engine.Crossing;
import io.portolan.model.Point;
import io.portolan.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * One edge: a line between two node tiles with an arrowhead at each end that receives traffic, and a
 * label with the ports each way and, for crossing edges, the firewalls passed. The label lives in a layer
 * above the nodes; {@link LabelPlacer} decides where along the line it sits.
 */
final class EdgeView {

    /** Past this many characters a label line is shortened; the tooltip has the full list. */
    static final int MAX_LINE = 34;
    private static final double HEAD = 9;
    // Label fonts are set here, not in CSS, because the placer measures the text before it joins the scene.
    private static final Font PORTS_FONT = Font.font("System", FontWeight.NORMAL, 11);
    private static final Font VIA_FONT = Font.font("System", FontPosture.ITALIC, 10.5);
    private static final double CLEARANCE = NodeView.TILE / 2 + 3;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final Group shape = new Group();
    private final Line line = new Line();
    private final Line hit = new Line();
    private final Polygon headAtSecond = new Polygon();
    private final Polygon headAtFirst = new Polygon();
    private final VBox label = new VBox();
    private final Tooltip tooltip = new Tooltip();
    private EdgeModel model;
    private double labelWidth;
    private double labelHeight;
    private double x1;
    private double y1;
    private double x2;
    private double y2;

    EdgeView(EdgeModel model) {
        shape.getStyleClass().add(Styles.EDGE);
        line.getStyleClass().add(Styles.EDGE_LINE);
        hit.getStyleClass().add(Styles.EDGE_HIT);
        headAtFirst.getStyleClass().add(Styles.EDGE_HEAD);
        headAtSecond.getStyleClass().add(Styles.EDGE_HEAD);
        shape.getChildren().addAll(hit, line, headAtFirst, headAtSecond);
        label.getStyleClass().add(Styles.EDGE_LABEL);
        label.setManaged(false);
        tooltip.setOnShowing(e -> tooltip.setText(String.join("\n", limited(this.model.details()))));
        Tooltip.install(label, tooltip);
        Tooltip.install(hit, tooltip);
        CanvasItem.attach(shape, CanvasItem.Kind.EDGE, model.key().first(), model.key().second());
        CanvasItem.attach(label, CanvasItem.Kind.EDGE, model.key().first(), model.key().second());
        update(model);
    }

    Group shape() {
        return shape;
    }

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

    /** Redraws the line, heads and label text for the model. */
    void update(EdgeModel changed) {
        boolean textChanged = model == null || !changed.firewalls().equals(model.firewalls())
                || !java.util.Objects.equals(changed.forward(), model.forward())
                || !java.util.Objects.equals(changed.backward(), model.backward())
                || changed.crossing() != model.crossing();
        Crossing before = model == null ? null : model.crossing();
        model = changed;
        if (before != changed.crossing()) {
            for (String style : List.of(Styles.EDGE_CROSSING, Styles.EDGE_SAME_ZONE, Styles.EDGE_UNROUTABLE)) {
                shape.getStyleClass().remove(style);
                label.getStyleClass().remove(style);
            }
            String style = switch (changed.crossing()) {
                case SAME_ZONE -> Styles.EDGE_SAME_ZONE;
                case CROSSING -> Styles.EDGE_CROSSING;
                case UNROUTABLE, UNZONED -> Styles.EDGE_UNROUTABLE;
            };
            shape.getStyleClass().add(style);
            label.getStyleClass().add(style);
        }
        layoutGeometry();
        if (textChanged || labelWidth == 0) {
            setLabelText();
        }
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
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
        hit.setStartX(x1);
        hit.setStartY(y1);
        hit.setEndX(x2);
        hit.setEndY(y2);
        head(headAtSecond, model.forward() != null, x2, y2, ux, uy);
        head(headAtFirst, model.backward() != null, x1, y1, -ux, -uy);
    }

    /** How far from a tile's centre a line along (ux, uy) leaves the tile's square. */
    private static double clip(double ux, double uy) {
        double ax = Math.abs(ux);
        double ay = Math.abs(uy);
        double t = Math.min(ax < 1e-9 ? Double.MAX_VALUE : CLEARANCE / ax, ay < 1e-9 ? Double.MAX_VALUE : CLEARANCE / ay);
        return Math.min(t, 1e6);
    }

    private static void head(Polygon head, boolean visible, double tipX, double tipY, double ux, double uy) {
        head.setVisible(visible);
        if (!visible) {
            return;
        }
        double bx = tipX - ux * HEAD;
        double by = tipY - uy * HEAD;
        double px = -uy * HEAD * 0.5;
        double py = ux * HEAD * 0.5;
        head.getPoints().setAll(tipX, tipY, bx + px, by + py, bx - px, by - py);
    }

    private void setLabelText() {
        List<Text> lines = new ArrayList<>(3);
        String forward = model.forward();
        String backward = model.backward();
        if (forward != null && backward != null) {
            if (forward.equals(backward)) {
                lines.add(ports("\u21c4 " + forward));
            } else {
                String[] arrows = arrows();
                lines.add(ports(arrows[0] + " " + forward));
                lines.add(ports(arrows[1] + " " + backward));
            }
        } else {
            lines.add(ports(forward != null ? forward : backward));
        }
        if (model.crossing() == Crossing.CROSSING && !model.firewalls().isEmpty()) {
            lines.add(via("via " + String.join(" \u203a ", model.firewalls())));
        } else if (model.crossing() == Crossing.UNROUTABLE) {
            lines.add(via("no firewall path"));
        } else if (model.crossing() == Crossing.UNZONED) {
            lines.add(via("outside every zone"));
        }
        label.getChildren().setAll(lines);
        labelWidth = 0;
        labelHeight = 0;
        for (Text text : lines) {
            labelWidth = Math.max(labelWidth, text.getLayoutBounds().getWidth());
            labelHeight += text.getLayoutBounds().getHeight();
        }
        labelWidth += 10;
        labelHeight += 4;
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

    private static Text ports(String text) {
        Text t = new Text(shorten(text));
        t.setFont(PORTS_FONT);
        t.getStyleClass().add(Styles.EDGE_LABEL_PORTS);
        return t;
    }

    private static Text via(String text) {
        Text t = new Text(shorten(text));
        t.setFont(VIA_FONT);
        t.getStyleClass().add(Styles.EDGE_LABEL_VIA);
        return t;
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

    private static List<String> limited(List<String> lines) {
        int max = 24;
        if (lines.size() <= max) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, max));
        shown.add("\u2026 and " + (lines.size() - max) + " more flows");
        return shown;
    }

    /** The segment the label may sit on: start and end, inside the node tiles' clearance. */
    double[] segment() {
        return new double[] {x1, y1, x2, y2};
    }

    /** Puts the label's centre at the point. */
    void placeLabel(double cx, double cy) {
        label.resizeRelocate(Math.round(cx - labelWidth / 2), Math.round(cy - labelHeight / 2), labelWidth, labelHeight);
    }

    /** The label's current centre. */
    double labelCentreX() {
        return label.getLayoutX() + labelWidth / 2;
    }

    double labelCentreY() {
        return label.getLayoutY() + labelHeight / 2;
    }

    void setSelected(boolean selected) {
        shape.pseudoClassStateChanged(SELECTED, selected);
        label.pseudoClassStateChanged(SELECTED, selected);
    }

    void setHighlighted(boolean highlighted) {
        shape.pseudoClassStateChanged(HIGHLIGHTED, highlighted);
        label.pseudoClassStateChanged(HIGHLIGHTED, highlighted);
    }

    void setFaded(boolean faded) {
        double opacity = faded ? 0.12 : 1;
        shape.setOpacity(opacity);
        label.setOpacity(opacity);
    }
}
