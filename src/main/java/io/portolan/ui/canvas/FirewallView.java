package io.portolan.ui.canvas;

import io.portolan.model.Firewall;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A firewall on the canvas: an octagon with a shield glyph, its name underneath, and a link handle to draw
 * a connection to a zone.
 */
final class FirewallView extends Pane {

    static final double SIZE = 40;
    private static final double WIDTH = 112;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final javafx.scene.layout.StackPane badge = new javafx.scene.layout.StackPane();
    private final Polygon shape = new Polygon();
    private final FontIcon glyph = Glyphs.of("mdmz-security", 22);
    private final Label name = new Label();
    private final Circle handle = new Circle(7);
    private final Tooltip tooltip = new Tooltip();
    private Firewall firewall;

    FirewallView(Firewall firewall) {
        getStyleClass().add(Styles.FIREWALL);
        setManaged(false);
        setPickOnBounds(false);
        double r = SIZE / 2;
        double c = r * 0.42;
        shape.getPoints().setAll(-c, -r, c, -r, r, -c, r, c, c, r, -c, r, -r, c, -r, -c);
        shape.getStyleClass().add(Styles.FIREWALL_SHAPE);
        glyph.getStyleClass().add(Styles.FIREWALL_GLYPH);
        glyph.setMouseTransparent(true);
        name.getStyleClass().add(Styles.FIREWALL_NAME);
        name.setMaxWidth(WIDTH);
        name.setWrapText(true);
        name.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        name.setAlignment(javafx.geometry.Pos.CENTER);
        handle.getStyleClass().add(Styles.FIREWALL_HANDLE);
        Tooltip.install(handle, new Tooltip("Drag to a zone to connect the firewall to it"));
        Tooltip.install(shape, tooltip);
        CanvasItem.attach(shape, CanvasItem.Kind.FIREWALL, firewall.id(), null);
        CanvasItem.attach(name, CanvasItem.Kind.FIREWALL, firewall.id(), null);
        CanvasItem.attach(handle, CanvasItem.Kind.FIREWALL_LINK_HANDLE, firewall.id(), null);
        badge.getChildren().addAll(shape, glyph);
        badge.setPrefSize(SIZE, SIZE);
        badge.setPickOnBounds(false);
        getChildren().addAll(badge, name, handle);
        update(firewall);
    }

    Firewall firewall() {
        return firewall;
    }

    void update(Firewall changed) {
        firewall = changed;
        name.setText(changed.name());
        tooltip.setText(changed.name() + (changed.zoneIds().size() < 2 ? "\nNot connected to two zones yet" : ""));
        relocate(changed.position().x(), changed.position().y());
        requestLayout();
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** Marks the firewall as one the walkthrough step shown passes. */
    void setHighlighted(boolean highlighted) {
        pseudoClassStateChanged(HIGHLIGHTED, highlighted);
    }

    /** Fades the firewall (focus mode, a walkthrough step) or shows it plainly. */
    void setFaded(boolean faded) {
        setOpacity(faded ? 0.3 : 1);
    }

    boolean isFaded() {
        return getOpacity() < 1;
    }

    @Override
    protected void layoutChildren() {
        // the pane's origin is the firewall's centre: shapes are laid out around it
        badge.resizeRelocate(-SIZE / 2, -SIZE / 2, SIZE, SIZE);
        double width = Math.min(WIDTH, name.prefWidth(-1));
        double height = name.prefHeight(width);
        name.resize(width, height);
        name.relocate(-width / 2, SIZE / 2 + 3);
        handle.setCenterX(SIZE / 2 + 6);
        handle.setCenterY(-SIZE / 2 + 4);
    }
}
