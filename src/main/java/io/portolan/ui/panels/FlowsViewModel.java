package io.portolan.ui.panels;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.edit.RemoveCustomFlow;
import io.portolan.edit.SuppressFlow;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Design;
import io.portolan.model.FlowKey;
import io.portolan.model.Node;
import io.portolan.ui.document.Comparison;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import io.portolan.ui.document.Selection.EdgeKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * The flows table's content: every flow of the shown design plus the suppressed ones, filtered by crossing,
 * firewall, vendor, free text and (unless switched off) the canvas selection.
 */
public final class FlowsViewModel {

    /** The firewall and vendor filters' "no filter" entry. */
    public static final String ALL = "All";
    /** What the table says when the filters leave none of the design's flows. */
    public static final String NO_MATCH = "No flows match the filters";
    /** How to start a design that has zones but no component. */
    public static final String START_WITH_ZONES = "Drag a component from the palette onto a zone, or use File > New to start"
            + " from a template.";
    /** How to start a design that has nothing at all. */
    public static final String START_BLANK = "Drag a zone from the palette's Zones and firewalls onto the canvas, then"
            + " components into it; or use File > New to start from a template.";

    private final DesignDocument document;
    private final Selection selection;
    private final Map<String, String> vendorByType = new HashMap<>();
    private List<FlowRow> rows = List.of();
    private final ObservableList<FlowRow> shown = FXCollections.observableArrayList();
    private final BooleanProperty crossingOnly = new SimpleBooleanProperty(this, "crossingOnly", false);
    private final StringProperty firewall = new SimpleStringProperty(this, "firewall", ALL);
    private final StringProperty vendor = new SimpleStringProperty(this, "vendor", ALL);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty followSelection = new SimpleBooleanProperty(this, "followSelection", true);
    private final ObservableList<String> firewalls = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> vendors = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<FlowRow> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper selectionFilterText = new ReadOnlyStringWrapper(this, "selectionFilterText", "");
    private final ReadOnlyStringWrapper startHint = new ReadOnlyStringWrapper(this, "startHint", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", NO_MATCH);
    private final BooleanProperty changesOnly = new SimpleBooleanProperty(this, "changesOnly", false);
    private final Comparison comparison;

    public FlowsViewModel(DesignDocument document, Selection selection, Catalog catalog) {
        this(document, selection, catalog, new Comparison(document));
    }

    /** A flows table that can also show only the flows a comparison found added or changed. */
    public FlowsViewModel(DesignDocument document, Selection selection, Catalog catalog, Comparison comparison) {
        this.document = document;
        this.comparison = comparison;
        comparison.deltaProperty().addListener((o, a, b) -> {
            changesOnly.set(b != null);
            applyFilter();
        });
        changesOnly.addListener((o, a, b) -> applyFilter());
        this.selection = selection;
        for (ComponentType type : catalog.types()) {
            vendorByType.put(type.id(), type.vendor());
        }
        vendors.addAll(catalog.vendors());
        document.settledAnalysisProperty().addListener((o, a, b) -> load(b));
        crossingOnly.addListener((o, a, b) -> applyFilter());
        firewall.addListener((o, a, b) -> applyFilter());
        vendor.addListener((o, a, b) -> applyFilter());
        text.addListener((o, a, b) -> applyFilter());
        followSelection.addListener((o, a, b) -> applyFilter());
        selection.ids().addListener((SetChangeListener<String>) c -> applyFilter());
        selection.edgeProperty().addListener((o, a, b) -> applyFilter());
        selectedRow.addListener((o, a, b) -> selection.highlightedFlowProperty().set(b == null ? null : b.flow()));
        load(document.settledAnalysis());
    }

    /** The rows that pass the filters. */
    public ObservableList<FlowRow> shownRows() {
        return shown;
    }

    public BooleanProperty crossingOnlyProperty() {
        return crossingOnly;
    }

    /** When true, only the flows of rules added or changed since the revision compared with. */
    public BooleanProperty changesOnlyProperty() {
        return changesOnly;
    }

    /** True while the design is compared with an earlier revision, whose changes the table can be filtered to. */
    public javafx.beans.binding.BooleanBinding comparingRevisionProperty() {
        return comparison.deltaProperty().isNotNull();
    }

    /** What the design is compared with, and what changed; empty when it is not compared. */
    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.summaryProperty();
    }

    /** Stops comparing the design with anything. */
    public void clearComparison() {
        comparison.clear();
    }

    /** The firewall filter: a boundary name, or {@link #ALL}. */
    public StringProperty firewallProperty() {
        return firewall;
    }

    /** The vendor filter: a vendor name, or {@link #ALL}. */
    public StringProperty vendorProperty() {
        return vendor;
    }

    /** Free text: every word must appear in the row. */
    public StringProperty textProperty() {
        return text;
    }

    /** When true, selecting nodes or an edge on the canvas shows only their flows. */
    public BooleanProperty followSelectionProperty() {
        return followSelection;
    }

    /** The firewall filter's choices: {@link #ALL}, then each boundary flows pass. */
    public ObservableList<String> firewalls() {
        return firewalls;
    }

    public ObservableList<String> vendors() {
        return vendors;
    }

    /** The row picked in the table; its flow is highlighted on the canvas. */
    public ObjectProperty<FlowRow> selectedRowProperty() {
        return selectedRow;
    }

    /** {@code 42 of 87 flows}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How to start, for a design with no component yet; empty once it has one. */
    public ReadOnlyStringProperty startHintProperty() {
        return startHint.getReadOnlyProperty();
    }

    /** What the table says when it shows no row: how to start a design with no component, or that nothing matches. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** What the selection filters the flows to ({@code StoreFront}), or empty when it does not. */
    public ReadOnlyStringProperty selectionFilterTextProperty() {
        return selectionFilterText.getReadOnlyProperty();
    }

    /** Leaves the row's inferred flow out of the design. */
    public void suppress(FlowRow row) {
        if (row.flow() != null && !row.isCustom()) {
            document.execute(new SuppressFlow(row.flow().key(), true));
        } else if (row.isCustom()) {
            document.execute(new RemoveCustomFlow(row.flow().custom().id()));
        }
    }

    /** Brings a suppressed flow back. */
    public void restore(FlowRow row) {
        if (row.isSuppressed()) {
            document.execute(new SuppressFlow(row.suppressedKey(), false));
        }
    }

    private void load(FlowAnalysis analysis) {
        FlowRow keep = selectedRow.get();
        List<FlowRow> next = new ArrayList<>(analysis.flows().size() + 8);
        for (Flow flow : analysis.flows()) {
            next.add(FlowRow.of(flow));
        }
        Design design = analysis.design();
        for (FlowKey key : design.overrides().suppressed()) {
            Node source = design.node(key.sourceId()).orElse(null);
            Node destination = design.node(key.destinationId()).orElse(null);
            if (source != null && destination != null) {
                next.add(FlowRow.suppressed(key, analysis.catalog().rule(key.ruleId()).orElse(null), source, destination,
                        analysis.route(source.zoneId(), destination.zoneId())));
            }
        }
        rows = next;
        // the firewall choices follow committed designs; a drag frame need not rescan every route
        List<String> names = document.previewingProperty().get() ? firewalls : boundaryNames(analysis);
        if (!names.equals(firewalls)) {
            String chosen = firewall.get();
            firewalls.setAll(names);
            firewall.set(names.contains(chosen) ? chosen : ALL);
        }
        applyFilter();
        if (keep != null && keep.flow() != null) {
            FlowKey key = keep.flow().key();
            selectedRow.set(shown.stream().filter(r -> r.flow() != null && r.flow().key().equals(key)).findFirst().orElse(null));
        }
    }

    /**
     * {@link #ALL}, the design's firewalls, then the implicit boundaries flows pass: read from the routes,
     * which flows between the same zones share, rather than from the per-firewall rules, which would merge
     * every flow on each drag frame.
     */
    private static List<String> boundaryNames(FlowAnalysis analysis) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        names.add(ALL);
        analysis.design().firewalls().forEach(f -> names.add(f.name()));
        java.util.Set<io.portolan.engine.Route> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Flow flow : analysis.flows()) {
            if (seen.add(flow.route())) {
                names.addAll(flow.route().boundaryNames());
            }
        }
        return List.copyOf(names);
    }

    private void applyFilter() {
        // the analysis's own design: the document publishes its analysis before the design it shows, so a rename
        // would otherwise name the chip after the name before
        Design design = document.settledAnalysis().design();
        Predicate<FlowRow> filter = row -> true;
        if (crossingOnly.get()) {
            filter = filter.and(FlowRow::crossing);
        }
        if (changesOnly.get() && comparison.deltaProperty().get() != null) {
            filter = filter.and(row -> row.flow() != null && comparison.changed(row.flow()));
        }
        String fw = firewall.get();
        if (fw != null && !ALL.equals(fw)) {
            // a suppressed flow stays listed whatever the firewall, so that it can always be restored
            filter = filter.and(row -> row.isSuppressed() || row.firewallNames().contains(fw));
        }
        String v = vendor.get();
        if (v != null && !ALL.equals(v)) {
            filter = filter.and(row -> v.equals(vendorByType.get(row.source().typeId())) || v.equals(vendorByType.get(row.destination().typeId())));
        }
        filter = filter.and(textFilter()).and(selectionFilter(design));
        List<FlowRow> passing = new ArrayList<>(rows.size());
        for (FlowRow row : rows) {
            if (filter.test(row)) {
                passing.add(row);
            }
        }
        shown.setAll(passing);
        startHint.set(!design.nodes().isEmpty() ? "" : design.zones().isEmpty() ? START_BLANK : START_WITH_ZONES);
        placeholder.set(startHint.get().isEmpty() ? NO_MATCH : startHint.get());
        summary.set(shown.size() == rows.size() ? rows.size() + " flows" : shown.size() + " of " + rows.size() + " flows");
    }

    /** The rows holding every word of the filter text. */
    private Predicate<FlowRow> textFilter() {
        String[] words = text.get() == null ? new String[0] : text.get().trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return row -> true;
        }
        return row -> {
            String haystack = row.searchText();
            for (String word : words) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    private Predicate<FlowRow> selectionFilter(Design design) {
        selectionFilterText.set("");
        if (!followSelection.get()) {
            return row -> true;
        }
        EdgeKey edge = selection.edgeProperty().get();
        if (edge != null) {
            selectionFilterText.set(name(design, edge.first()) + " \u2194 " + name(design, edge.second()));
            return row -> EdgeKey.of(row.source().id(), row.destination().id()).equals(edge);
        }
        Set<String> nodes = Set.copyOf(selection.nodeIds(design));
        if (nodes.isEmpty()) {
            return row -> true;
        }
        selectionFilterText.set(nodes.size() == 1 ? name(design, nodes.iterator().next()) : nodes.size() + " nodes");
        return row -> nodes.contains(row.source().id()) || nodes.contains(row.destination().id());
    }

    private static String name(Design design, String nodeId) {
        return design.node(nodeId).map(Node::name).orElse(nodeId);
    }
}
