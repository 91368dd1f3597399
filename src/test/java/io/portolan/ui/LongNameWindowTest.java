package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.ui.panels.FlowRow;
import io.portolan.ui.panels.FlowsView;
import io.portolan.ui.theme.Styles;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A design holding a 40,000-character node name opens, shows the name cut on the canvas, and edits it whole. */
@ExtendWith(ApplicationExtension.class)
class LongNameWindowTest {

    private static final String WORDS = "Lorem ipsum dolor sit amet consectetur ";
    private static final String LONG_NAME = WORDS.repeat(40_000 / WORDS.length() + 1).substring(0, 40_000);

    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    @Test
    void aFortyThousandCharacterNameIsCutOnTheCanvasAndKeptWholeInTheDesign(FxRobot robot) throws Exception {
        Design template = Templates.load("citrix-onprem", WindowFixture.catalog());
        Design named = template.withNode(template.node("gateway").orElseThrow().withName(LONG_NAME));

        WaitForAsyncUtils.asyncFx(() -> fixture.window.document().load(named, null)).get();
        fixture.fit();

        List<Text> names = robot.lookup("." + Styles.NODE_NAME_TEXT).queryAllAs(Text.class).stream()
                .filter(t -> t.getText().startsWith("Lorem")).toList();
        assertThat(names).hasSize(1);
        // wrapped onto at most three lines under the tile, then cut
        assertThat(names.get(0).getText()).endsWith("\u2026").hasSizeLessThan(120);
        assertThat(names.get(0).getLayoutBounds().getWidth()).isLessThan(150);
        assertThat(names.get(0).getLayoutBounds().getHeight()).isLessThan(4 * 16);

        robot.clickOn(fixture.screenOf("gateway"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#" + WindowFixture.editorId("Name")).query();
        assertThat(name.getText()).isEqualTo(LONG_NAME);
        TableView<FlowRow> table = robot.lookup("#" + FlowsView.TABLE_ID).queryTableView();
        assertThat(table.getItems()).isNotEmpty().allMatch(row -> row.source().name().equals(LONG_NAME)
                || row.destination().name().equals(LONG_NAME));
        Snapshots.save(robot.listWindows().get(0).getScene(), "long-node-name");
        assertThat(fixture.node("gateway").name()).isEqualTo(LONG_NAME);
    }

}
