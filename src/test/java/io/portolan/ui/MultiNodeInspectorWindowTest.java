package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.ui.panels.InspectorField;
import io.portolan.ui.theme.Styles;
import io.portolan.ui.theme.Theme;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Nodes selected together on the canvas are edited together in the inspector, each change one undo step. */
@ExtendWith(ApplicationExtension.class)
class MultiNodeInspectorWindowTest {

    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    private void selectGatewayAndVdas(FxRobot robot) {
        fixture.fit();
        robot.clickOn(fixture.screenOf("gateway"));
        robot.press(KeyCode.SHIFT).clickOn(fixture.screenOf("vda")).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.selection().ids()).containsExactlyInAnyOrder("gateway", "vda");
    }


    @Test
    void typingACountForTwoSelectedNodesSetsBothInOneUndoStep(FxRobot robot) throws Exception {
        selectGatewayAndVdas(robot);
        Design before = fixture.window.document().design();
        Spinner<?> count = robot.lookup("#" + WindowFixture.editorId("Count")).query();
        assertThat(count.getEditor().getText()).isEmpty();
        assertThat(count.getEditor().getPromptText()).isEqualTo(InspectorField.MIXED_TEXT);
        ToggleSwitch edt = robot.lookup(".inspector .toggle-switch").query();
        assertThat(edt.isSelected()).isTrue();
        assertThat(edt.getText()).isNull();
        Snapshots.save(robot.lookup("." + Styles.INSPECTOR).query(), "inspector-two-nodes-light");
        WaitForAsyncUtils.asyncFx(() -> fixture.window.setTheme(Theme.DARK));
        Snapshots.save(robot.lookup("." + Styles.INSPECTOR).query(), "inspector-two-nodes-dark");
        WaitForAsyncUtils.asyncFx(() -> fixture.window.setTheme(Theme.LIGHT));

        robot.clickOn(count.getEditor()).write("4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.node("gateway").count()).isEqualTo(4);
        assertThat(fixture.node("vda").count()).isEqualTo(4);
        assertThat(count.getEditor().getText()).isEqualTo("4");
        assertThat(fixture.window.document().undoTextProperty().get()).isEqualTo("Undo Set count of 2 nodes");
        WaitForAsyncUtils.asyncFx(() -> fixture.window.document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.document().design()).isEqualTo(before);
    }

    @Test
    void aMixedSwitchSaysSoAndSwitchingItOnSwitchesEveryNodeOn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> fixture.window.document().execute(
                new io.portolan.edit.SetFeature(java.util.Set.of("vda"), "edt", false))).get();
        selectGatewayAndVdas(robot);
        ToggleSwitch edt = robot.lookup(".inspector .toggle-switch").query();
        assertThat(edt.isSelected()).isFalse();
        assertThat(edt.getText()).isEqualTo(InspectorField.MIXED_TEXT);
        Snapshots.save(robot.lookup("." + Styles.INSPECTOR).query(), "inspector-two-nodes-mixed-switch");

        robot.clickOn(edt.lookup(".thumb-area"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.node("gateway").hasFeature("edt")).isTrue();
        assertThat(fixture.node("vda").hasFeature("edt")).isTrue();
        assertThat(edt.getText()).isNull();
    }

    @Test
    void choosingAZoneMovesTheSelectedNodesIntoIt(FxRobot robot) {
        selectGatewayAndVdas(robot);
        Design before = fixture.window.document().design();
        ComboBox<?> zone = robot.lookup("#" + WindowFixture.editorId("Zone")).query();
        assertThat(zone.getValue()).isNull();
        assertThat(zone.getButtonCell().getText()).isEqualTo(InspectorField.MIXED_TEXT);

        robot.clickOn(zone);
        WaitForAsyncUtils.waitForFxEvents();
        // the popup's cell, not the canvas's zone title of the same name
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> "Management".equals(cell.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        Design after = fixture.window.document().design();
        for (String id : List.of("gateway", "vda")) {
            Node node = after.node(id).orElseThrow();
            assertThat(node.zoneId()).isEqualTo("management");
            assertThat(after.zone("management").orElseThrow().bounds().contains(node.position())).isTrue();
        }
        assertThat(fixture.window.document().undoTextProperty().get()).isEqualTo("Undo Move 2 nodes to Management");
        WaitForAsyncUtils.asyncFx(() -> fixture.window.document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.document().design()).isEqualTo(before);
    }
}
