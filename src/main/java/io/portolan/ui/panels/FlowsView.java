package io.portolan.ui.panels;

import atlantafx.base.controls.CustomTextField;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/**
 * The flows table with its filter bar: crossing only, firewall, vendor, free text, and the canvas selection
 * (shown as a chip that clears it). Rows can be suppressed or restored; custom flows added.
 */
public final class FlowsView extends VBox {

    /** The id of the table, for tests. */
    public static final String TABLE_ID = "flows-table";
    /** The id of the selection chip, for tests. */
    public static final String SELECTION_CHIP_ID = "selection-chip";
    /** The id of the bar over the table, for tests. */
    public static final String BAR_ID = "flows-bar";
    /** The width a chip never grows past. */
    private static final double CHIP_WIDTH = 220;

    private final FlowsViewModel model;
    private final TableView<FlowRow> table = new TableView<>();

    /**
     * @param addCustomFlow what "Add flow" does (asks for a custom flow and adds it)
     * @param clearSelection what the selection chip's close button does
     */
    public FlowsView(FlowsViewModel model, Runnable addCustomFlow, Runnable clearSelection) {
        this.model = model;
        getStyleClass().add(Styles.FLOWS);
        table.setId(TABLE_ID);
        // sorted over the filtered rows, so the column the user sorted by keeps its order whatever the filters
        SortedList<FlowRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add("dense");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.placeholderProperty());
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        placeholder.getStyleClass().add(Styles.TABLE_PLACEHOLDER);
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("Source", 150, r -> r.source().name()));
        table.getColumns().add(column("Destination", 150, r -> r.destination().name()));
        table.getColumns().add(column("Protocol", 70, FlowRow::protocol));
        table.getColumns().add(column("Ports", 120, FlowRow::portsCell));
        table.getColumns().add(column("Purpose", 260, FlowRow::purpose));
        TableColumn<FlowRow, String> firewalls = column("Firewalls", 180, FlowRow::firewalls);
        firewalls.getStyleClass().add("firewalls-column");
        table.getColumns().add(firewalls);
        table.getColumns().add(column("Reference", 260, FlowRow::reference));
        table.setRowFactory(t -> new FlowTableRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedRowProperty().set(b));
        model.selectedRowProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                if (b == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(b);
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar(addCustomFlow, clearSelection), table);
    }

    /**
     * Two rows that keep their places whatever the table shows: the title, counts and chips, then the actions at the
     * right end; under them the filters, which wrap item by item in a narrow window, so the bar never forces the panel
     * wider. A chip that appears takes room from the gap before the actions and is cut with an ellipsis when the row is
     * full, and the counts never wrap anything, so selecting a node or filtering moves no control under the mouse.
     */
    private VBox bar(Runnable addCustomFlow, Runnable clearSelection) {
        Label title = new Label("Flows");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(6, actions(addCustomFlow));
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(8, title, summary, selectionChip(clearSelection), comparisonChip(), gap, actions);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.setMinWidth(0);
        FlowPane filters = new FlowPane(12, 4, filters());
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(4, heading, filters);
        bar.getStyleClass().add(Styles.FLOWS_BAR);
        bar.setId(BAR_ID);
        bar.setMinWidth(0);
        return bar;
    }

    /**
     * The chip naming what the canvas selection filters the table to; its button clears the selection. A long name is
     * cut with an ellipsis (the tooltip has it whole).
     */
    private Button selectionChip(Runnable clearSelection) {
        Button chip = chip(model.selectionFilterTextProperty());
        chip.setId(SELECTION_CHIP_ID);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.concat("The table shows the flows of ", model.selectionFilterTextProperty(),
                "; click to show every flow"));
        chip.setTooltip(tip);
        chip.setOnAction(e -> clearSelection.run());
        return chip;
    }

    /** A chip showing the text while it is not empty, never wider than {@link #CHIP_WIDTH}, with a close glyph. */
    private static Button chip(ReadOnlyStringProperty text) {
        Button chip = new Button();
        chip.getStyleClass().add(Styles.FILTER_CHIP);
        chip.textProperty().bind(text);
        chip.setGraphic(Glyphs.of("mdal-close", 12));
        chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        chip.setTextOverrun(OverrunStyle.ELLIPSIS);
        chip.setMinWidth(40);
        chip.setMaxWidth(CHIP_WIDTH);
        chip.visibleProperty().bind(text.isNotEmpty());
        chip.managedProperty().bind(chip.visibleProperty());
        return chip;
    }

    /** The chip naming what the design is compared with and what changed; its button stops comparing. */
    private Button comparisonChip() {
        Button chip = chip(model.comparisonProperty());
        chip.getStyleClass().add(Styles.COMPARISON_CHIP);
        chip.setMaxWidth(2 * CHIP_WIDTH);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.concat(model.comparisonProperty(),
                "\nEdges are marked by what changed or what the rulebase allows; click to stop comparing"));
        chip.setTooltip(tip);
        chip.setOnAction(e -> model.clearComparison());
        return chip;
    }

    private Node[] filters() {
        CustomTextField search = new CustomTextField();
        search.setPromptText("Filter flows");
        search.setLeft(Glyphs.of("mdmz-search", 14));
        search.textProperty().bindBidirectional(model.textProperty());
        search.setPrefWidth(140);
        CheckBox crossing = new CheckBox("Crossing only");
        crossing.selectedProperty().bindBidirectional(model.crossingOnlyProperty());
        CheckBox changes = new CheckBox("Changes only");
        changes.selectedProperty().bindBidirectional(model.changesOnlyProperty());
        changes.visibleProperty().bind(model.comparingRevisionProperty());
        changes.managedProperty().bind(changes.visibleProperty());
        changes.setTooltip(new Tooltip("Show only the flows of rules added or changed since the revision compared with"));
        ComboBox<String> firewall = new ComboBox<>(model.firewalls());
        firewall.valueProperty().bindBidirectional(model.firewallProperty());
        firewall.setTooltip(new Tooltip("Show the flows passing one firewall or boundary"));
        showAllAs(firewall, "All firewalls");
        firewall.setPrefWidth(135);
        ComboBox<String> vendor = new ComboBox<>(model.vendors());
        vendor.valueProperty().bindBidirectional(model.vendorProperty());
        vendor.setTooltip(new Tooltip("Show the flows of one vendor's components"));
        showAllAs(vendor, "All vendors");
        vendor.setPrefWidth(122);
        return new Node[] {search, crossing, changes, firewall, vendor};
    }

    /** Shows the filter's "All" choice as what it means here ("All firewalls"), so the box needs no label. */
    private static void showAllAs(ComboBox<String> box, String text) {
        Callback<ListView<String>, ListCell<String>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : FlowsViewModel.ALL.equals(item) ? text : item);
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }

    private Node[] actions(Runnable addCustomFlow) {
        Button add = new Button("Add flow", Glyphs.of("mdal-add", 14));
        add.setTooltip(new Tooltip("Add a flow the catalog does not know"));
        add.setOnAction(e -> addCustomFlow.run());
        Button suppress = new Button(null, Glyphs.of("mdal-block", 14));
        suppress.setTooltip(new Tooltip("Leave the selected flow out of the request (a custom flow is removed)"));
        suppress.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.selectedRowProperty().get() == null || model.selectedRowProperty().get().isSuppressed(),
                model.selectedRowProperty()));
        suppress.setOnAction(e -> model.suppress(model.selectedRowProperty().get()));
        Button restore = new Button(null, Glyphs.of("mdmz-restore", 14));
        restore.setTooltip(new Tooltip("Bring the selected suppressed flow back"));
        restore.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.selectedRowProperty().get() == null || !model.selectedRowProperty().get().isSuppressed(),
                model.selectedRowProperty()));
        restore.setOnAction(e -> model.restore(model.selectedRowProperty().get()));
        return new Node[] {add, suppress, restore};
    }

    private static <T> TableColumn<FlowRow, T> column(String name, double width, Function<FlowRow, T> value) {
        TableColumn<FlowRow, T> column = new TableColumn<>(name);
        column.setId(name.toLowerCase(java.util.Locale.ROOT) + "-column");
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 80));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A row styled for crossing, custom and suppressed flows, with a context menu to suppress or restore. */
    private final class FlowTableRow extends TableRow<FlowRow> {
        @Override
        protected void updateItem(FlowRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(Styles.FLOW_SUPPRESSED, Styles.FLOW_CUSTOM, Styles.FLOW_CROSSING);
            if (empty || row == null) {
                setContextMenu(null);
                setTooltip(null);
                return;
            }
            if (row.isSuppressed()) {
                getStyleClass().add(Styles.FLOW_SUPPRESSED);
            } else if (row.isCustom()) {
                getStyleClass().add(Styles.FLOW_CUSTOM);
            } else if (row.crossing()) {
                getStyleClass().add(Styles.FLOW_CROSSING);
            }
            MenuItem action = row.isSuppressed() ? new MenuItem("Restore flow") : new MenuItem(row.isCustom() ? "Remove custom flow" : "Suppress flow");
            action.setOnAction(e -> {
                if (row.isSuppressed()) {
                    model.restore(row);
                } else {
                    model.suppress(row);
                }
            });
            setContextMenu(new ContextMenu(action));
        }
    }
}
