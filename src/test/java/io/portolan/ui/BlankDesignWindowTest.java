package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.edit.AddNode;
import io.portolan.edit.AddZone;
import io.portolan.model.Bounds;
import io.portolan.model.Point;
import io.portolan.model.ZoneKind;
import io.portolan.ui.panels.FlowRow;
import io.portolan.ui.panels.FlowsView;
import io.portolan.ui.panels.FlowsViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A design with no component says how to start, on the canvas and in the flows table, until it has one. */
@ExtendWith(ApplicationExtension.class)
class BlankDesignWindowTest {

    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    private static void onFx(Runnable work) {
        WaitForAsyncUtils.asyncFx(work);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBlankDesignSaysHowToStartUntilAComponentIsPlaced(FxRobot robot) throws Exception {
        Label hint = robot.lookup("#" + MainWindow.START_HINT_ID).query();
        TableView<FlowRow> table = robot.lookup("#" + FlowsView.TABLE_ID).queryTableView();
        assertThat(hint.isVisible()).as("the template has components").isFalse();

        onFx(() -> fixture.window.files().newBlank());

        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).isEqualTo(FlowsViewModel.START_BLANK).contains("File > New");
        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo(FlowsViewModel.START_BLANK)
                .doesNotContain("No flows match");
        Snapshots.save(robot.listWindows().get(0).getScene(), "blank-design-hint");

        onFx(() -> fixture.window.document().execute(new AddZone(ZoneKind.DMZ, new Bounds(100, 100, 400, 300))));
        assertThat(hint.getText()).isEqualTo(FlowsViewModel.START_WITH_ZONES).contains("Drag a component from the palette onto a zone");
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo(FlowsViewModel.START_WITH_ZONES);
        Snapshots.save(robot.listWindows().get(0).getScene(), "blank-design-hint-zone");

        onFx(() -> fixture.window.document().execute(new AddNode(fixture.window.catalog().type("citrix.storefront").orElseThrow(),
                new Point(250, 250))));

        assertThat(hint.isVisible()).isFalse();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo(FlowsViewModel.NO_MATCH);
    }
}
