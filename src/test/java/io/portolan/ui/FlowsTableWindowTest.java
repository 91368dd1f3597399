package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.edit.EditNode;
import io.portolan.ui.panels.FlowRow;
import io.portolan.ui.panels.FlowsView;
import io.portolan.ui.panels.FlowsViewModel;
import io.portolan.ui.panels.PortsCell;
import io.portolan.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumn.SortType;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The flows table: numeric port order that survives a filter, readable selected rows, a chip that moves nothing. */
@ExtendWith(ApplicationExtension.class)
class FlowsTableWindowTest {

    /** WCAG AA for ordinary text. */
    private static final double READABLE = 4.5;

    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    private static TableView<FlowRow> table(FxRobot robot) {
        return robot.lookup("#" + FlowsView.TABLE_ID).queryTableView();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work::get).get();
    }

    private static void onFx(Runnable work) {
        WaitForAsyncUtils.asyncFx(work);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingThePortsHeaderSortsByNumberAndTheOrderSurvivesAFilterChange(FxRobot robot) throws Exception {
        fixture.fit();
        TableView<FlowRow> table = table(robot);
        TableColumnHeader header = robot.lookup(".column-header").match((TableColumnHeader h) -> h.getTableColumn() != null
                && "Ports".equals(h.getTableColumn().getText())).query();

        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();

        TableColumn<FlowRow, ?> ports = table.getColumns().stream().filter(c -> c == header.getTableColumn()).findFirst().orElseThrow();
        assertThat(table.getSortOrder()).containsExactly(ports);
        assertThat(ports.getSortType()).isEqualTo(SortType.ASCENDING);
        assertSortedByPorts(table);
        List<String> shown = portTexts(table);
        assertThat(shown).as("a text sort would put 1494 before 443").containsSubsequence("443", "1494");

        onFx(() -> fixture.window.flowsModel().crossingOnlyProperty().set(true));
        assertSortedByPorts(table);
        onFx(() -> fixture.window.flowsModel().textProperty().set("tcp"));
        assertSortedByPorts(table);
        onFx(() -> {
            fixture.window.flowsModel().textProperty().set("");
            fixture.window.flowsModel().crossingOnlyProperty().set(false);
        });
        assertSortedByPorts(table);
        assertThat(table.getItems()).hasSize(fixture.window.flowsModel().shownRows().size());
        assertThat(table.getSortOrder()).containsExactly(ports);
    }

    private static void assertSortedByPorts(TableView<FlowRow> table) {
        List<PortsCell> cells = table.getItems().stream().map(FlowRow::portsCell).toList();
        assertThat(cells).isNotEmpty().isSorted();
    }

    private static List<String> portTexts(TableView<FlowRow> table) {
        return table.getItems().stream().map(FlowRow::ports).toList();
    }

    @Test
    void everyCellOfASelectedCrossingRowIsReadableInBothThemesFocusedOrNot(FxRobot robot) throws Exception {
        fixture.fit();
        TableView<FlowRow> table = table(robot);
        FlowRow crossing = table.getItems().stream().filter(r -> r.crossing() && !r.firewalls().isEmpty()).findFirst().orElseThrow();
        onFx(() -> {
            table.scrollTo(crossing);
            table.getSelectionModel().select(crossing);
        });
        for (String theme : List.of(Theme.LIGHT, Theme.DARK)) {
            onFx(() -> fixture.window.setTheme(theme));
            onFx(table::requestFocus);
            assertReadable(robot, crossing, theme + ", focused");
            Snapshots.save(robot.lookup("." + io.portolan.ui.theme.Styles.FLOWS).query(), "flows-selected-row-" + theme);
            onFx(() -> robot.lookup("#" + io.portolan.ui.panels.PaletteView.SEARCH_ID).query().requestFocus());
            assertReadable(robot, crossing, theme + ", not focused");
        }
        onFx(() -> fixture.window.setTheme(Theme.LIGHT));
    }

    @Test
    void aSelectedSuppressedRowIsReadableToo(FxRobot robot) throws Exception {
        fixture.fit();
        TableView<FlowRow> table = table(robot);
        FlowsViewModel model = fixture.window.flowsModel();
        onFx(() -> model.suppress(table.getItems().stream().filter(FlowRow::crossing).findFirst().orElseThrow()));
        FlowRow suppressed = table.getItems().stream().filter(FlowRow::isSuppressed).findFirst().orElseThrow();
        onFx(() -> {
            table.scrollTo(suppressed);
            table.getSelectionModel().select(suppressed);
            table.requestFocus();
        });
        for (String theme : List.of(Theme.LIGHT, Theme.DARK)) {
            onFx(() -> fixture.window.setTheme(theme));
            assertReadable(robot, suppressed, "suppressed, " + theme);
        }
        onFx(() -> fixture.window.setTheme(Theme.LIGHT));
    }

    /** Each cell's text against the row's background, as drawn: at least {@link #READABLE} to 1. */
    private static void assertReadable(FxRobot robot, FlowRow row, String where) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = onFx(() -> {
            TableRow<?> tableRow = shownRow(robot, row);
            tableRow.applyCss();
            Color background = lastFill(tableRow);
            List<String> found = new ArrayList<>();
            for (Node child : tableRow.getChildrenUnmodifiable()) {
                if (child instanceof TableCell<?, ?> cell && cell.getText() != null && !cell.getText().isEmpty()) {
                    Color under = cell.getBackground() == null || lastFill(cell).getOpacity() == 0 ? background : lastFill(cell);
                    Text text = (Text) cell.lookup(".text");
                    double ratio = contrast((Color) text.getFill(), under);
                    if (ratio < READABLE) {
                        found.add(cell.getTableColumn().getText() + " " + text.getFill() + " on " + under + ": " + ratio);
                    }
                }
            }
            return found;
        });
        assertThat(problems).as(where).isEmpty();
    }

    /** The table's row that shows the item: not the one the table keeps hidden to measure rows. */
    private static TableRow<?> shownRow(FxRobot robot, FlowRow item) {
        return robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == item && shown(r)).query();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Color lastFill(Region region) {
        if (region.getBackground() == null || region.getBackground().getFills().isEmpty()) {
            return Color.TRANSPARENT;
        }
        List<BackgroundFill> fills = region.getBackground().getFills();
        return (Color) fills.get(fills.size() - 1).getFill();
    }

    /** The WCAG contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    @Test
    void theSelectionChipFollowsARenameAndNeverMovesTheBarsControls(FxRobot robot) throws Exception {
        fixture.fit();
        Region bar = robot.lookup("#" + FlowsView.BAR_ID).query();
        Button addFlow = robot.lookup(".button").match((Button b) -> "Add flow".equals(b.getText())).query();
        Bounds before = onFx(() -> addFlow.localToScene(addFlow.getBoundsInLocal()));
        double height = bar.getHeight();
        Button chip = robot.lookup("#" + FlowsView.SELECTION_CHIP_ID).query();
        assertThat(chip.isVisible()).isFalse();

        robot.clickOn(fixture.screenOf("sql"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chip.isVisible()).isTrue();
        assertThat(chip.getText()).isEqualTo("SQL Server");
        String longName = "SQL Server Always On availability group listener for the site database, second data centre";
        onFx(() -> fixture.window.document().execute(EditNode.name("sql", longName)));

        assertThat(chip.getText()).isEqualTo(longName);
        assertThat(chip.getTooltip().getText()).contains(longName);
        assertThat(onFx(() -> addFlow.localToScene(addFlow.getBoundsInLocal()))).isEqualTo(before);
        assertThat(bar.getHeight()).isEqualTo(height);
        Text shown = (Text) chip.lookup(".text");
        // the chip's text is clipped when it is laid out, at the next pulse
        onFx(() -> {
            bar.applyCss();
            bar.layout();
        });
        assertThat(onFx(shown::getText)).endsWith(chip.getEllipsisString()).hasSizeLessThan(longName.length());
        Snapshots.save(bar, "flows-bar-long-chip");
    }

    @Test
    void aSuppressedFlowCanBeRestoredFromTheTableWhateverTheFirewallChosen(FxRobot robot) {
        fixture.fit();
        TableView<FlowRow> table = table(robot);
        FlowsViewModel model = fixture.window.flowsModel();
        FlowRow edge = table.getItems().stream().filter(r -> r.firewallNames().contains("Edge firewall")).findFirst().orElseThrow();
        onFx(() -> model.suppress(edge));
        onFx(() -> model.firewallProperty().set("Management firewall"));

        FlowRow suppressed = table.getItems().stream().filter(FlowRow::isSuppressed).findFirst().orElseThrow();
        onFx(() -> {
            table.scrollTo(suppressed);
            table.getSelectionModel().select(suppressed);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the headless robot's right click sends no context-menu request, so the row's menu item is fired as a click would
        javafx.scene.control.MenuItem restore = shownRow(robot, suppressed).getContextMenu().getItems().get(0);
        assertThat(restore.getText()).isEqualTo("Restore flow");
        onFx(restore::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.window.document().design().overrides().suppressed()).isEmpty();
    }
}
