package io.portolan.ui.panels;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.catalog.PortRule;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import atlantafx.base.controls.CustomTextField;

/**
 * The palette: a search field over the catalog tree (vendor, product, type), each type with its glyph.
 * Drag an entry onto the canvas to place it, or double-click it to place it in the middle of the view.
 */
public final class PaletteView extends VBox {

    /** The id of the search field, for tests. */
    public static final String SEARCH_ID = "palette-search";
    /** The id of the tree, for tests. */
    public static final String TREE_ID = "palette-tree";
    private static final int MAX_TOOLTIP_RULES = 14;

    private final PaletteViewModel model;
    private final Catalog catalog;
    private final Glyphs glyphs;
    private final PaletteDrop drop;
    private final TreeView<Object> tree = new TreeView<>();

    public PaletteView(PaletteViewModel model, Catalog catalog, Glyphs glyphs, PaletteDrop drop) {
        this.model = model;
        this.catalog = catalog;
        this.glyphs = glyphs;
        this.drop = drop;
        getStyleClass().add(Styles.PALETTE);
        Label title = new Label("Components");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        CustomTextField search = new CustomTextField();
        search.setId(SEARCH_ID);
        search.setPromptText("Search components");
        search.setLeft(Glyphs.of("mdmz-search", 16));
        search.textProperty().bindBidirectional(model.filterProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
                tree.getSelectionModel().selectFirst();
            }
        });
        tree.setId(TREE_ID);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new EntryCell());
        tree.setOnKeyPressed(e -> {
            TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.getValue() instanceof PaletteEntry entry) {
                drop.activate(entry);
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(title, search, tree);
        model.groups().addListener((ListChangeListener<PaletteViewModel.Group>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        TreeItem<Object> root = new TreeItem<>("root");
        TreeItem<Object> vendorItem = null;
        String vendor = null;
        for (PaletteViewModel.Group group : model.groups()) {
            if (!group.vendor().equals(vendor)) {
                vendor = group.vendor();
                vendorItem = new TreeItem<>(vendor);
                vendorItem.setExpanded(true);
                root.getChildren().add(vendorItem);
            }
            TreeItem<Object> parent = vendorItem;
            if (!group.product().isEmpty() && !group.product().equals(group.vendor())) {
                parent = new TreeItem<>(group.product());
                parent.setExpanded(true);
                vendorItem.getChildren().add(parent);
            }
            for (PaletteEntry entry : group.entries()) {
                parent.getChildren().add(new TreeItem<>(entry));
            }
        }
        tree.setRoot(root);
    }

    /** A row of the tree: a heading, or an entry with its glyph tile that can be dragged. */
    private final class EntryCell extends TreeCell<Object> {
        private PaletteEntry entry;

        EntryCell() {
            addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
                if (entry != null && e.getButton() == MouseButton.PRIMARY) {
                    drop.hover(entry, e.getSceneX(), e.getSceneY());
                    e.consume();
                }
            });
            addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
                if (entry != null && e.getButton() == MouseButton.PRIMARY) {
                    drop.drop(entry, e.getSceneX(), e.getSceneY());
                }
            });
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (entry != null && e.getClickCount() == 2) {
                    drop.activate(entry);
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(Styles.PALETTE_GROUP, Styles.PALETTE_ENTRY);
            entry = null;
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof PaletteEntry e) {
                entry = e;
                getStyleClass().add(Styles.PALETTE_ENTRY);
                setText(null);
                setGraphic(row(e));
                Tooltip tooltip = new Tooltip();
                tooltip.setShowDelay(Duration.millis(500));
                tooltip.setShowDuration(Duration.seconds(30));
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(460);
                tooltip.setOnShowing(ev -> tooltip.setText(describe(e)));
                setTooltip(tooltip);
            } else {
                getStyleClass().add(Styles.PALETTE_GROUP);
                setText(item.toString());
                setGraphic(null);
            }
        }
    }

    private Node row(PaletteEntry entry) {
        StackPane tile = tile(entry, glyphs);
        Label name = new Label(entry.name());
        HBox row = new HBox(8, tile, name);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The small glyph tile of an entry, as the palette and the drag ghost show it. */
    public static StackPane tile(PaletteEntry entry, Glyphs glyphs) {
        StackPane tile = new StackPane();
        tile.getStyleClass().add(Styles.PALETTE_TILE);
        if (entry.isType()) {
            tile.getStyleClass().add(Glyphs.vendorStyle(entry.type().vendor()));
            tile.getChildren().add(glyphs.icon(entry.type(), 16));
        } else if (entry.isZone()) {
            tile.getStyleClass().addAll("zone-tile", "zone-" + entry.zoneKind().name().toLowerCase(java.util.Locale.ROOT));
            tile.getChildren().add(Glyphs.of("mdal-crop_square", 16));
        } else {
            tile.getStyleClass().add("firewall-tile");
            tile.getChildren().add(Glyphs.of("mdmz-security", 16));
        }
        return tile;
    }

    private String describe(PaletteEntry entry) {
        if (entry.isZone()) {
            return entry.name() + "\nDrag onto the canvas to draw a zone; resize it by its handles.";
        }
        if (entry.isFirewall()) {
            return "Firewall\nDrop it on the border between two zones to join them, or draw links from its handle to each zone.";
        }
        ComponentType type = entry.type();
        StringBuilder text = new StringBuilder(type.name()).append("  \u00b7  ").append(type.vendor()).append(' ')
                .append(type.product()).append('\n').append(type.description());
        List<PortRule> rules = catalog.rulesTouching(type.id()).stream().filter(r -> !r.local()).toList();
        if (!rules.isEmpty()) {
            text.append("\n\nPorts:");
            for (PortRule rule : rules.subList(0, Math.min(MAX_TOOLTIP_RULES, rules.size()))) {
                boolean outgoing = rule.from().matches(type);
                String peer = outgoing ? rule.to().text() : rule.from().text();
                text.append("\n").append(outgoing ? "\u2192 " : "\u2190 ").append(peerName(peer)).append("   ")
                        .append(rule.protocolText()).append(rule.portText().isEmpty() ? "" : " " + rule.portText());
            }
            if (rules.size() > MAX_TOOLTIP_RULES) {
                text.append("\n\u2026 and ").append(rules.size() - MAX_TOOLTIP_RULES).append(" more rules");
            }
        }
        return text.toString();
    }

    private String peerName(String selector) {
        if (selector.startsWith("tag:")) {
            return "any " + selector.substring(4);
        }
        return catalog.type(selector).map(ComponentType::name).orElse(selector);
    }
}
