package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FlowEngine;
import io.portolan.engine.NodePairFlows;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.ui.panels.FlowRow;
import io.portolan.ui.panels.FlowsView;
import io.portolan.ui.panels.PaletteEntry;
import io.portolan.ui.panels.PaletteView;
import io.portolan.ui.theme.Theme;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DesignerWindowTest {

    /** Empty places in the template's DMZ and data centre, away from its nodes and labels. */
    private static final Point IN_DMZ = new Point(430, 640);
    private static final Point IN_DATA_CENTRE = new Point(1010, 560);

    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    private String dropStoreFrontIntoDmz(FxRobot robot) {
        fixture.fit();
        robot.clickOn("#" + PaletteView.SEARCH_ID).write("storefront");
        TreeCell<?> cell = robot.lookup(".palette-entry")
                .match((TreeCell<?> c) -> c.getItem() instanceof PaletteEntry e && e.name().equals("StoreFront")).query();
        robot.drag(cell, MouseButton.PRIMARY).dropTo(fixture.screen(IN_DMZ));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> added = fixture.window.document().design().nodes().stream().filter(n -> n.name().equals("StoreFront 2")).toList();
        assertThat(added).hasSize(1);
        return added.get(0).id();
    }

    private List<FlowRow> tableRows(FxRobot robot, String sourceName, String destinationName) {
        TableView<FlowRow> table = robot.lookup("#" + FlowsView.TABLE_ID).queryTableView();
        return table.getItems().stream()
                .filter(r -> r.source().name().equals(sourceName) && r.destination().name().equals(destinationName)).toList();
    }

    private String engineLabel(String sourceId, String destinationId) {
        Design design = fixture.window.document().design();
        return new FlowEngine(WindowFixture.catalog()).analyze(design).byNodePair().stream()
                .filter(p -> p.source().id().equals(sourceId) && p.destination().id().equals(destinationId))
                .map(NodePairFlows::label).findFirst().orElseThrow();
    }

    @Test
    void typeDraggedFromThePaletteIntoTheDmzAppearsThere(FxRobot robot) throws Exception {
        String id = dropStoreFrontIntoDmz(robot);
        Node node = fixture.node(id);
        assertThat(node.typeId()).isEqualTo("citrix.storefront");
        assertThat(node.zoneId()).isEqualTo("dmz");
        assertThat(fixture.window.selection().ids()).containsExactly(id);
        assertThat(fixture.window.document().undoTextProperty().get()).isEqualTo("Undo Add StoreFront");
        Snapshots.save(robot.listWindows().get(0).getScene(), "palette-drop");
    }

    @Test
    void draggingTheNodeIntoTheDataCentreChangesItsEdgesAndFlowsAndUndoRedoRestoreBothStates(FxRobot robot) throws Exception {
        String id = dropStoreFrontIntoDmz(robot);
        Design inDmz = fixture.window.document().design();
        assertThat(fixture.window.canvas().readout().edgeLabelText("gateway", id)).get().asString().doesNotContain("via");
        assertThat(fixture.window.canvas().readout().edgeLabelText(id, "ddc")).get().asString().contains("via Internal firewall");
        assertThat(tableRows(robot, "StoreFront 2", "Delivery Controllers")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.firewalls()).isEqualTo("Internal firewall"));

        robot.moveTo(fixture.screenOf(id)).press(MouseButton.PRIMARY).moveTo(fixture.screen(new Point(700, 620)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.document().previewingProperty().get()).isTrue();
        assertThat(fixture.window.document().design()).isEqualTo(inDmz);
        Snapshots.save(robot.listWindows().get(0).getScene(), "drag-in-progress");
        robot.moveTo(fixture.screen(IN_DATA_CENTRE)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Design inDataCentre = fixture.window.document().design();
        assertThat(fixture.node(id).zoneId()).isEqualTo("internal");
        assertThat(fixture.window.document().undoTextProperty().get()).isEqualTo("Undo Move 1 node");
        String gatewayLabel = fixture.window.canvas().readout().edgeLabelText("gateway", id).orElseThrow();
        assertThat(gatewayLabel).contains(engineLabel("gateway", id)).contains("443").contains("via Internal firewall");
        assertThat(fixture.window.canvas().readout().edgeLabelText(id, "ddc")).get().asString().doesNotContain("via");
        assertThat(tableRows(robot, "StoreFront 2", "Delivery Controllers")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.firewalls()).isEmpty());
        assertThat(tableRows(robot, "Citrix Gateway", "StoreFront 2")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.firewalls()).isEqualTo("Internal firewall"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.document().design()).isEqualTo(inDmz);
        assertThat(fixture.window.canvas().readout().edgeLabelText("gateway", id)).get().asString().doesNotContain("via");
        assertThat(tableRows(robot, "StoreFront 2", "Delivery Controllers"))
                .allSatisfy(r -> assertThat(r.firewalls()).isEqualTo("Internal firewall"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.document().design()).isEqualTo(inDataCentre);
        assertThat(fixture.window.canvas().readout().edgeLabelText("gateway", id)).get().asString().contains("via Internal firewall");
    }

    @Test
    void ctrlShiftZRedoesWhatCtrlZUndid(FxRobot robot) {
        fixture.fit();
        Design before = fixture.window.document().design();
        robot.clickOn(fixture.screenOf("storefront"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        Design deleted = fixture.window.document().design();
        assertThat(deleted.node("storefront")).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.document().design()).isEqualTo(before);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.document().design()).isEqualTo(deleted);
        assertThat(fixture.window.document().redoTextProperty().get()).isEmpty();
    }

    @Test
    void switchingAFeatureInTheInspectorAddsItsConditionalFlow(FxRobot robot) throws Exception {
        fixture.fit();
        String html5 = WindowFixture.catalog().type("citrix.vda").orElseThrow().feature("html5").orElseThrow().name();
        assertThat(tableRows(robot, "Citrix Gateway", "Session hosts (VDA)")).noneMatch(r -> r.ports().equals("8008"));
        robot.clickOn(fixture.screenOf("vda"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.selection().ids()).containsExactly("vda");
        robot.clickOn("#" + new io.portolan.ui.panels.InspectorField("Features", html5, "", io.portolan.ui.panels.InspectorField.Kind.SWITCH,
                false, List.of(), v -> java.util.Optional.empty()).editorId() + " .thumb-area");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.node("vda").features()).contains("html5");
        assertThat(tableRows(robot, "Citrix Gateway", "Session hosts (VDA)")).anyMatch(r -> r.ports().equals("8008") && r.protocol().equals("TCP"));
        assertThat(fixture.window.canvas().readout().edgeLabelText("gateway", "vda")).get().asString().contains("8008");
        Snapshots.save(robot.listWindows().get(0).getScene(), "inspector-feature");
    }

    @Test
    void spinnerTicksOnTheCountAreOneUndoStep(FxRobot robot) {
        fixture.fit();
        Design before = fixture.window.document().design();
        int count = fixture.node("vda").count();
        robot.clickOn(fixture.screenOf("vda"));
        for (int tick = 0; tick < 3; tick++) {
            robot.clickOn("#field-count .increment-arrow-button");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.node("vda").count()).isEqualTo(count + 3);
        assertThat(fixture.window.document().undoTextProperty().get()).isEqualTo("Undo Set count");

        robot.clickOn(fixture.screenOf("vda"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.document().design()).isEqualTo(before);
    }

    @Test
    void deleteRemovesTheSelectedNodeAndItsFlows(FxRobot robot) {
        fixture.fit();
        assertThat(tableRows(robot, "StoreFront", "Delivery Controllers")).isNotEmpty();
        robot.clickOn(fixture.screenOf("storefront"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.document().design().node("storefront")).isEmpty();
        TableView<FlowRow> table = robot.lookup("#" + FlowsView.TABLE_ID).queryTableView();
        assertThat(table.getItems()).noneMatch(r -> r.source().id().equals("storefront") || r.destination().id().equals("storefront"));
        assertThat(fixture.window.canvas().readout().edgeLabelText("gateway", "storefront")).isEmpty();
    }

    @Test
    void searchInThePaletteFiltersIt(FxRobot robot) {
        robot.clickOn("#" + PaletteView.SEARCH_ID).write("sql");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup(".palette-entry").queryAllAs(TreeCell.class).stream()
                .map(c -> ((PaletteEntry) c.getItem()).name()).toList();
        assertThat(shown).containsExactly("Microsoft SQL Server");
    }

    @Test
    void focusModeFadesWhatIsNotConnectedToTheSelectedNode(FxRobot robot) throws Exception {
        fixture.fit();
        robot.clickOn(fixture.screenOf("sql"));
        WaitForAsyncUtils.asyncFx(() -> fixture.window.canvas().focusModeProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.canvas().readout().isFaded("sql")).isFalse();
        assertThat(fixture.window.canvas().readout().isFaded("ddc")).isFalse();
        assertThat(fixture.window.canvas().readout().isFaded("users")).isTrue();
        Snapshots.save(robot.listWindows().get(0).getScene(), "focus-mode");
    }

    @Test
    void focusModeKeepsTheFirewallsTheFocusedFlowsPassBright(FxRobot robot) throws Exception {
        fixture.fit();
        robot.clickOn(fixture.screenOf("license"));
        WaitForAsyncUtils.asyncFx(() -> fixture.window.canvas().focusModeProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();

        // the admin workstation reaches the License Server through the management firewall; nothing of the License
        // Server's passes the edge or the internal firewall
        assertThat(fixture.window.canvas().readout().isFirewallFaded("fw-management")).isFalse();
        assertThat(fixture.window.canvas().readout().isFirewallFaded("fw-edge")).isTrue();
        assertThat(fixture.window.canvas().readout().isFirewallFaded("fw-internal")).isTrue();
        WaitForAsyncUtils.asyncFx(() -> fixture.window.canvas().focusModeProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.canvas().readout().isFirewallFaded("fw-edge")).isFalse();
    }

    @Test
    void darkThemeIsAppliedAndRemembered(FxRobot robot) throws Exception {
        fixture.fit();
        WaitForAsyncUtils.asyncFx(() -> fixture.window.setTheme(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.root().getStyleClass()).contains("theme-dark");
        assertThat(fixture.settings.theme()).isEqualTo(Theme.DARK);
        robot.clickOn(fixture.screenOf("gateway"));
        Snapshots.save(robot.listWindows().get(0).getScene(), "dark-theme");
        WaitForAsyncUtils.asyncFx(() -> fixture.window.setTheme(Theme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void addFlowAddsACustomFlowThatTheTableShowsAndSuppressRemovesIt(FxRobot robot) {
        fixture.fit();
        fixture.dialogs.customFlows.add(new io.portolan.edit.AddCustomFlow("admin", "sql", io.portolan.model.Protocol.TCP, null,
                io.portolan.model.PortSet.parse("1433"), "DBA console"));
        robot.clickOn("Add flow");
        WaitForAsyncUtils.waitForFxEvents();
        List<FlowRow> rows = tableRows(robot, "Admin workstation", "SQL Server");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.isCustom()).isTrue();
            assertThat(r.ports()).isEqualTo("1433");
            assertThat(r.firewalls()).isEqualTo("Management firewall");
        });
        TableView<FlowRow> table = robot.lookup("#" + FlowsView.TABLE_ID).queryTableView();
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(rows.get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.selection().highlightedFlowProperty().get()).isEqualTo(rows.get(0).flow());
        WaitForAsyncUtils.asyncFx(() -> fixture.window.flowsModel().suppress(rows.get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableRows(robot, "Admin workstation", "SQL Server")).isEmpty();
        assertThat(fixture.window.document().design().overrides().custom()).isEmpty();
    }
}
