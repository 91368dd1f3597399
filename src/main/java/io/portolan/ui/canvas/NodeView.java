package io.portolan.ui.canvas;

import io.portolan.catalog.ComponentType;
import io.portolan.model.Node;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import javafx.css.PseudoClass;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A placed node on the canvas: its type's glyph on a tile in the vendor's colour, its name, and a count
 * badge. Built from plain shapes rather than controls, so that a thousand of them stay light.
 */
final class NodeView extends Region {

    /** The side of the icon tile; the node's position is the tile's centre. */
    static final double TILE = 44;
    /** The width reserved for the name under the tile. */
    static final double WIDTH = 150;
    /** The height of tile and name together, for keeping labels clear of nodes. */
    static final double HEIGHT = TILE + 22;
    /** The widest a line of the name grows before it wraps. */
    private static final double NAME_ROOM = WIDTH - 8;
    /** The most lines a name takes under its tile; a longer name is cut after them with an ellipsis. */
    static final int MAX_NAME_LINES = 3;
    // Names are measured to be shortened before they join the scene, so their font is set here.
    private static final Font NAME_FONT = Font.font("System", FontWeight.SEMI_BOLD, 12);
    private static final Font BADGE_FONT = Font.font("System", FontWeight.BOLD, 10);
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final StackPane tile = new StackPane();
    private final StackPane name = new StackPane();
    private final Text nameText = new Text();
    private final StackPane badge = new StackPane();
    private final Text badgeText = new Text();
    private final ComponentType type;
    private Node node;

    NodeView(Node node, ComponentType type, Glyphs glyphs) {
        this.type = type;
        getStyleClass().add(Styles.NODE);
        setPickOnBounds(false);
        setManaged(false);
        tile.getStyleClass().addAll(Styles.NODE_TILE, Glyphs.vendorStyle(type == null ? null : type.vendor()));
        if (type == null) {
            tile.getStyleClass().add(Styles.NODE_TILE_UNKNOWN);
        }
        FontIcon icon = type == null ? Glyphs.of(Glyphs.UNKNOWN_TYPE, 26) : glyphs.icon(type, 26);
        tile.getChildren().add(icon);
        nameText.setFont(NAME_FONT);
        nameText.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        nameText.getStyleClass().add(Styles.NODE_NAME_TEXT);
        name.getStyleClass().add(Styles.NODE_NAME);
        name.getChildren().add(nameText);
        badgeText.setFont(BADGE_FONT);
        badgeText.getStyleClass().add(Styles.NODE_BADGE_TEXT);
        badge.getStyleClass().add(Styles.NODE_BADGE);
        badge.getChildren().add(badgeText);
        getChildren().addAll(tile, name, badge);
        CanvasItem.attach(this, CanvasItem.Kind.NODE, node.id(), null);
        update(node);
    }

    /** True when the node's type is not in the catalog, and its tile says so. */
    boolean unknownType() {
        return tile.getStyleClass().contains(Styles.NODE_TILE_UNKNOWN);
    }

    /** The node shown. */
    Node node() {
        return node;
    }

    /** The name as the canvas shows it under the tile. */
    String shownName() {
        return nameText.getText();
    }

    /** The width the name's text takes on the canvas. */
    double shownNameWidth() {
        return nameText.getLayoutBounds().getWidth();
    }

    /** The height the name's text takes on the canvas. */
    double shownNameHeight() {
        return nameText.getLayoutBounds().getHeight();
    }

    /** The width and height of the name's backing under the tile, as {@link #layoutChildren} lays it out. */
    static double[] nameSize(String name) {
        String shown = nameAsShown(name);
        double[] text = CanvasMetrics.measure(shown, NAME_FONT);
        if (text[0] > NAME_ROOM) {
            text = CanvasMetrics.measureWrapped(shown, NAME_FONT, NAME_ROOM);
        }
        return new double[] {Math.min(WIDTH, text[0] + 6), text[1] + 2};
    }

    /**
     * The name as it shows under the tile: whole when it wraps onto at most {@value #MAX_NAME_LINES} lines, else cut
     * after them with an ellipsis, found by halving over a bounded head ({@link TextFit}), so that a name of any length
     * shows as fast as a short one.
     */
    static String nameAsShown(String name) {
        double lines = MAX_NAME_LINES * CanvasMetrics.measure("Hg", NAME_FONT)[1] + 0.5;
        return TextFit.fit(name, lines, candidate -> CanvasMetrics.measureWrapped(candidate, NAME_FONT, NAME_ROOM)[1]);
    }

    /** The width and height of the count badge. */
    static double[] badgeSize(int count) {
        double[] text = CanvasMetrics.measure("\u00d7" + count, BADGE_FONT);
        return new double[] {text[0] + 8, text[1] + 1};
    }

    /** Shows the node's current name, count and place. */
    void update(Node changed) {
        boolean renamed = node == null || !changed.name().equals(node.name());
        this.node = changed;
        // a drag moves the node each frame: its name is measured again only when it changed
        if (renamed) {
            String shown = nameAsShown(changed.name());
            nameText.setText(shown);
            // a name wider than the node wraps onto more lines under the tile rather than being cut
            nameText.setWrappingWidth(CanvasMetrics.measure(shown, NAME_FONT)[0] > NAME_ROOM ? NAME_ROOM : 0);
        }
        badge.setVisible(changed.count() > 1);
        badgeText.setText("\u00d7" + changed.count());
        resizeRelocate(changed.position().x() - WIDTH / 2, changed.position().y() - TILE / 2, WIDTH, HEIGHT);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        tile.resizeRelocate((WIDTH - TILE) / 2, 0, TILE, TILE);
        double nameWidth = Math.min(WIDTH, nameText.getLayoutBounds().getWidth() + 6);
        name.resizeRelocate((WIDTH - nameWidth) / 2, TILE + 4, nameWidth, nameText.getLayoutBounds().getHeight() + 2);
        double badgeWidth = badgeText.getLayoutBounds().getWidth() + 8;
        double badgeHeight = badgeText.getLayoutBounds().getHeight() + 1;
        badge.resizeRelocate((WIDTH + TILE) / 2 - badgeWidth / 2 - 2, -badgeHeight / 2 + 2, badgeWidth, badgeHeight);
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

    /** What the canvas tooltip says about the node. */
    String describe() {
        StringBuilder text = new StringBuilder(node.name());
        text.append('\n').append(type == null ? "Unknown type " + node.typeId() + ": not in the catalog, so it gets no flows"
                : type.vendor() + " \u00b7 " + type.name());
        if (node.count() > 1) {
            text.append("\n").append(node.count()).append(" machines");
        }
        if (!node.host().isEmpty()) {
            text.append("\nHost: ").append(node.host());
        }
        if (!node.address().isEmpty()) {
            text.append("\nAddress: ").append(node.address());
        }
        if (!node.memberAddresses().isEmpty()) {
            text.append("\nMember addresses: ").append(node.memberAddresses());
        }
        if (!node.managementAddress().isEmpty()) {
            text.append("\nManagement address: ").append(node.managementAddress());
        }
        if (!node.outboundAddress().isEmpty()) {
            text.append("\nOutbound address: ").append(node.outboundAddress());
        }
        return text.toString();
    }
}
