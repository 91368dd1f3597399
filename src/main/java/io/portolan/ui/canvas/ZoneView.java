package io.portolan.ui.canvas;

import io.portolan.model.Bounds;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import io.portolan.ui.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A zone on the canvas: a rectangle coloured by its kind with a title bar (name, kind, address ranges).
 * The title bar is where a zone is picked and dragged; the body lets presses through to the canvas so
 * that a rubber band can start inside a zone. A selected zone shows eight resize handles.
 */
final class ZoneView extends Pane {

    /** The handles' names, clockwise from the top-left corner. */
    static final List<String> HANDLES = List.of("nw", "n", "ne", "e", "se", "s", "sw", "w");
    private static final double HANDLE = 9;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    /** The title bar's height when name and detail share a line. */
    static final double HEADER = 28;
    /** How much taller the title bar is when the detail goes to a line of its own. */
    static final double SECOND_LINE = 14;
    /** The gap between name and detail, and the title bar's padding on each side (as the stylesheet sets them). */
    private static final double GAP = 8;
    private static final double PADDING = 10;
    // as the stylesheet sets them, for measuring a title before it joins the scene
    private static final Font NAME_FONT = Font.font("System", FontWeight.BOLD, 13);
    private static final Font DETAIL_FONT = Font.font("System", 10.5);

    private final Region body = new Region();
    private final FlowPane header = new FlowPane(GAP, 0);
    private final Label name = new Label();
    private final Label detail = new Label();
    private final List<Region> handles = new ArrayList<>();
    private Zone zone;

    ZoneView(Zone zone) {
        getStyleClass().add(Styles.ZONE);
        setManaged(false);
        setPickOnBounds(false);
        body.getStyleClass().add(Styles.ZONE_BODY);
        body.setMouseTransparent(true);
        header.getStyleClass().add(Styles.ZONE_HEADER);
        header.setAlignment(Pos.CENTER_LEFT);
        name.getStyleClass().add(Styles.ZONE_NAME);
        detail.getStyleClass().add(Styles.ZONE_DETAIL);
        detail.setMinWidth(0);
        name.setMinWidth(Region.USE_PREF_SIZE);
        header.getChildren().addAll(name, detail);
        CanvasItem.attach(header, CanvasItem.Kind.ZONE_HEADER, zone.id(), null);
        getChildren().addAll(body, header);
        for (String handle : HANDLES) {
            Region knob = new Region();
            knob.getStyleClass().addAll(Styles.ZONE_HANDLE, "handle-" + handle);
            knob.setVisible(false);
            CanvasItem.attach(knob, CanvasItem.Kind.ZONE_HANDLE, zone.id(), handle);
            handles.add(knob);
        }
        getChildren().addAll(handles);
        update(zone);
    }

    Zone zone() {
        return zone;
    }

    /** Shows the zone's current name, kind, ranges and rectangle. */
    void update(Zone changed) {
        if (zone != null) {
            getStyleClass().remove(kindStyle(zone.kind()));
        }
        zone = changed;
        getStyleClass().add(kindStyle(changed.kind()));
        name.setText(changed.name());
        detail.setText(detailOf(changed));
        Bounds b = changed.bounds();
        resizeRelocate(b.x(), b.y(), b.width(), b.height());
        requestLayout();
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
        handles.forEach(h -> h.setVisible(selected));
    }

    void setDropTarget(boolean target) {
        pseudoClassStateChanged(DROP_TARGET, target);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        body.resizeRelocate(0, 0, w, h);
        double headerHeight = Math.max(headerHeight(zone), header.prefHeight(w) + 6);
        header.resizeRelocate(0, 0, w, headerHeight);
        for (int i = 0; i < HANDLES.size(); i++) {
            String handle = HANDLES.get(i);
            double x = handle.contains("w") ? 0 : handle.contains("e") ? w : w / 2;
            double y = handle.startsWith("n") ? 0 : handle.startsWith("s") ? h : h / 2;
            handles.get(i).resizeRelocate(x - HANDLE / 2, y - HANDLE / 2, HANDLE, HANDLE);
        }
    }

    /** What the title bar says after the zone's name: its kind and address ranges. */
    static String detailOf(Zone zone) {
        String ranges = String.join(", ", zone.cidrs());
        return zone.kind().label().toUpperCase(Locale.ROOT) + (ranges.isEmpty() ? "" : "  \u00b7  " + ranges);
    }

    /**
     * The height of the zone's title bar: one line when the name and the detail fit side by side in the zone's width,
     * else the detail on a line of its own below the name, whole rather than cut.
     */
    static double headerHeight(Zone zone) {
        double room = zone.bounds().width() - 2 * PADDING;
        double wide = CanvasMetrics.measure(zone.name(), NAME_FONT)[0] + GAP + CanvasMetrics.measure(detailOf(zone), DETAIL_FONT)[0];
        return wide <= room ? HEADER : HEADER + SECOND_LINE;
    }

    /** The detail's text as the title bar shows it, and whether it is shown whole. */
    String shownDetail() {
        return detail.getText();
    }

    /** True when the detail is laid out at its full width (not cut with an ellipsis). */
    boolean detailWhole() {
        return detail.getWidth() >= detail.prefWidth(-1) - 0.5;
    }

    /** The title bar's height as laid out. */
    double shownHeaderHeight() {
        return header.getHeight();
    }

    /** The style class of a zone kind: {@code zone-dmz}. */
    static String kindStyle(ZoneKind kind) {
        return "zone-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** The rectangle a handle drag gives, never smaller than a usable zone. */
    static Bounds resized(Bounds start, String handle, double dx, double dy) {
        double minW = 160;
        double minH = 120;
        double x = start.x();
        double y = start.y();
        double w = start.width();
        double h = start.height();
        if (handle.contains("w")) {
            double nw = Math.max(minW, w - dx);
            x += w - nw;
            w = nw;
        } else if (handle.contains("e")) {
            w = Math.max(minW, w + dx);
        }
        if (handle.startsWith("n")) {
            double nh = Math.max(minH, h - dy);
            y += h - nh;
            h = nh;
        } else if (handle.startsWith("s")) {
            h = Math.max(minH, h + dy);
        }
        return new Bounds(x, y, w, h);
    }
}
