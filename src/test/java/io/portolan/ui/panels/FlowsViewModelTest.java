package io.portolan.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import io.portolan.ui.document.Selection.EdgeKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FlowsViewModelTest {

    private static Catalog catalog;
    private static Design template;
    private final Selection selection = new Selection();
    private DesignDocument document;

    @BeforeAll
    static void load() throws Exception {
        catalog = CatalogLoader.loadBuiltIn();
        template = Templates.load("citrix-onprem", catalog);
    }

    private FlowsViewModel model() {
        document = new DesignDocument(new FlowEngine(catalog), template);
        return new FlowsViewModel(document, selection, catalog);
    }

    @Test
    void showsEveryFlowOfTheDesignUnfiltered() {
        FlowsViewModel model = model();
        assertThat(model.shownRows()).hasSize(document.analysis().flows().size());
        assertThat(model.summaryProperty().get()).isEqualTo(document.analysis().flows().size() + " flows");
    }

    @Test
    void crossingOnlyKeepsTheFlowsThatNeedARule() {
        FlowsViewModel model = model();
        model.crossingOnlyProperty().set(true);
        assertThat(model.shownRows()).hasSize(document.analysis().flowsNeedingRules().size()).allMatch(FlowRow::crossing);
    }

    @Test
    void firewallFilterKeepsTheFlowsPassingIt() {
        FlowsViewModel model = model();
        assertThat(model.firewalls()).contains("Edge firewall", "Internal firewall", "Management firewall");
        model.firewallProperty().set("Edge firewall");
        assertThat(model.shownRows()).isNotEmpty().allMatch(r -> r.firewallNames().contains("Edge firewall"));
        assertThat(model.shownRows()).allMatch(r -> r.source().id().equals("users") || r.destination().id().equals("users"));
    }

    @Test
    void vendorFilterKeepsFlowsWithAnEndOfThatVendor() {
        FlowsViewModel model = model();
        model.vendorProperty().set("Common");
        assertThat(model.shownRows()).isNotEmpty().allMatch(r -> r.source().typeId().startsWith("common.")
                || r.destination().typeId().startsWith("common."));
    }

    @Test
    void freeTextMatchesEveryWord() {
        FlowsViewModel model = model();
        model.textProperty().set("sql 1433");
        assertThat(model.shownRows()).isNotEmpty().allMatch(r -> r.destination().name().equals("SQL Server") && r.ports().contains("1433"));
    }

    @Test
    void freeTextFindsTheFlowsComingFromAnOutboundAddress() {
        FlowsViewModel model = model();
        model.textProperty().set("172.16.10.11");
        assertThat(model.shownRows()).isNotEmpty().allMatch(r -> r.source().id().equals("gateway"));
        assertThat(model.shownRows()).hasSize((int) document.analysis().flows().stream()
                .filter(f -> f.source().id().equals("gateway")).count());
    }

    @Test
    void selectingANodeOrAnEdgeFiltersTheTable() {
        FlowsViewModel model = model();
        selection.select("sql");
        assertThat(model.shownRows()).isNotEmpty().allMatch(r -> r.source().id().equals("sql") || r.destination().id().equals("sql"));
        assertThat(model.selectionFilterTextProperty().get()).isEqualTo("SQL Server");
        selection.selectEdge(EdgeKey.of("gateway", "storefront"));
        assertThat(model.shownRows()).isNotEmpty()
                .allMatch(r -> EdgeKey.of(r.source().id(), r.destination().id()).equals(EdgeKey.of("gateway", "storefront")));
        model.followSelectionProperty().set(false);
        assertThat(model.shownRows()).hasSize(document.analysis().flows().size());
    }

    @Test
    void suppressedFlowStaysListedAndCanBeRestored() {
        FlowsViewModel model = model();
        int total = model.shownRows().size();
        FlowRow row = model.shownRows().stream().filter(r -> r.destination().id().equals("sql")).findFirst().orElseThrow();
        model.suppress(row);
        assertThat(document.design().overrides().suppressed()).containsExactly(row.flow().key());
        assertThat(document.analysis().flows()).hasSize(total - 1);
        FlowRow suppressed = model.shownRows().stream().filter(FlowRow::isSuppressed).findFirst().orElseThrow();
        assertThat(suppressed.purpose()).startsWith("(suppressed)");
        model.restore(suppressed);
        assertThat(document.design()).isEqualTo(template);
    }

    @Test
    void selectingARowHighlightsItsFlow() {
        FlowsViewModel model = model();
        FlowRow row = model.shownRows().get(3);
        model.selectedRowProperty().set(row);
        assertThat(selection.highlightedFlowProperty().get()).isEqualTo(row.flow());
    }

    @Test
    void aSuppressedFlowStaysListedWhateverTheFirewallFilterWithTheFirewallsItWouldPass() {
        FlowsViewModel model = model();
        FlowRow crossing = model.shownRows().stream()
                .filter(r -> r.firewallNames().contains("Edge firewall") && !r.isCustom()).findFirst().orElseThrow();
        model.suppress(crossing);

        for (String firewall : model.firewalls()) {
            model.firewallProperty().set(firewall);
            assertThat(model.shownRows()).as("filtered to %s", firewall).filteredOn(FlowRow::isSuppressed).hasSize(1);
        }
        model.firewallProperty().set(FlowsViewModel.ALL);
        model.crossingOnlyProperty().set(true);
        FlowRow suppressed = model.shownRows().stream().filter(FlowRow::isSuppressed).findFirst().orElseThrow();
        assertThat(suppressed.firewalls()).isEqualTo(crossing.firewalls());
        assertThat(suppressed.ports()).isEqualTo(crossing.ports());
        model.firewallProperty().set("Management firewall");
        model.restore(model.shownRows().stream().filter(FlowRow::isSuppressed).findFirst().orElseThrow());
        assertThat(document.design()).isEqualTo(template);
    }

    @Test
    void theSelectionChipNamesANodeByItsNameAfterARename() {
        FlowsViewModel model = model();
        selection.select("sql");
        assertThat(model.selectionFilterTextProperty().get()).isEqualTo("SQL Server");

        document.execute(io.portolan.edit.EditNode.name("sql", "Database cluster"));

        assertThat(model.selectionFilterTextProperty().get()).isEqualTo("Database cluster");
        document.undo();
        assertThat(model.selectionFilterTextProperty().get()).isEqualTo("SQL Server");
    }

    @Test
    void portsSortByNumberRangeByRangeNotAsText() {
        java.util.List<PortsCell> cells = new java.util.ArrayList<>(java.util.List.of(
                PortsCell.of("1433", io.portolan.model.PortSet.parse("1433")),
                PortsCell.of("135", io.portolan.model.PortSet.parse("135")),
                PortsCell.of("see the document", io.portolan.model.PortSet.EMPTY),
                PortsCell.of("22", io.portolan.model.PortSet.parse("22")),
                PortsCell.of("22-25", io.portolan.model.PortSet.parse("22-25")),
                PortsCell.of("80, 443", io.portolan.model.PortSet.parse("80, 443")),
                PortsCell.of("80", io.portolan.model.PortSet.parse("80"))));

        java.util.Collections.sort(cells);

        assertThat(cells).extracting(PortsCell::text)
                .containsExactly("22", "22-25", "80", "80, 443", "135", "1433", "see the document");
    }
}
