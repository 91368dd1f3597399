package io.portolan.ui.canvas;

import io.portolan.catalog.ComponentType;
import io.portolan.model.Node;
import io.portolan.ui.Glyphs;
import io.portolan.ui.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A placed node on the canvas: its type's glyph on a tile in the vendor's colour, its name, and a count badge. */
final class NodeView extends VBox {

    /** The side of the icon tile; the node's position is the tile's centre. */
    static final double TILE = 44;
    /** The width reserved for the name under the tile. */
    static final double WIDTH = 150;
    /** The height of tile and name together, for keeping labels clear of nodes. */
    static final double HEIGHT = TILE + 22;

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final StackPane tile = new StackPane();
    private final Label name = new Label();
    private final Label badge = new Label();
    private final ComponentType type;
    private Node node;

    NodeView(Node node, ComponentType type, Glyphs glyphs) {
        getStyleClass().add(Styles.NODE);
        setAlignment(Pos.TOP_CENTER);
        setSpacing(4);
        setFillWidth(false);
        setPickOnBounds(false);
        setManaged(false);
        setPrefWidth(WIDTH);
        tile.getStyleClass().addAll(Styles.NODE_TILE, Glyphs.vendorStyle(type == null ? null : type.vendor()));
        tile.setMinSize(TILE, TILE);
        tile.setPrefSize(TILE, TILE);
        tile.setMaxSize(TILE, TILE);
        FontIcon icon = type == null ? Glyphs.of(Glyphs.FALLBACK, 26) : glyphs.icon(type, 26);
        badge.getStyleClass().add(Styles.NODE_BADGE);
        badge.setManaged(false);
        tile.getChildren().addAll(icon, badge);
        name.getStyleClass().add(Styles.NODE_NAME);
        name.setMaxWidth(WIDTH);
        getChildren().addAll(tile, name);
        this.type = type;
        CanvasItem.attach(this, CanvasItem.Kind.NODE, node.id(), null);
        update(node);
    }

    /** The node shown. */
    Node node() {
        return node;
    }

    /** Shows the node's current name, count and place. */
    void update(Node changed) {
        this.node = changed;
        name.setText(changed.name());
        badge.setVisible(changed.count() > 1);
        badge.setText("\u00d7" + changed.count());
        resizeRelocate(changed.position().x() - WIDTH / 2, changed.position().y() - TILE / 2, WIDTH, HEIGHT);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    void setHighlighted(boolean highlighted) {
        pseudoClassStateChanged(HIGHLIGHTED, highlighted);
    }

    void setFaded(boolean faded) {
        setOpacity(faded ? 0.15 : 1);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        badge.autosize();
        badge.relocate(TILE - badge.getWidth() / 2 - 2, -badge.getHeight() / 2 + 2);
    }

    /** What the canvas tooltip says about the node. */
    String describe() {
        return describe(node, type);
    }

    private static String describe(Node node, ComponentType type) {
        StringBuilder text = new StringBuilder(node.name());
        text.append('\n').append(type == null ? "Unknown type " + node.typeId() : type.vendor() + " \u00b7 " + type.name());
        if (node.count() > 1) {
            text.append("\n").append(node.count()).append(" machines");
        }
        if (!node.host().isEmpty()) {
            text.append("\nHost: ").append(node.host());
        }
        if (!node.address().isEmpty()) {
            text.append("\nAddress: ").append(node.address());
        }
        return text.toString();
    }
}
