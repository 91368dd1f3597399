package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.ui.panels.TaskBarView;
import io.portolan.ui.panels.TaskBarViewModel;
import io.portolan.ui.panels.TaskBarViewModel.State;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Exports run off the window's thread, with a progress bar and Cancel, and then say where the file is. */
@ExtendWith(ApplicationExtension.class)
class BackgroundExportTest {

    @TempDir
    Path folder;

    private Stage stage;
    private SessionFixture fixture;
    private MainWindow window;
    private TaskBarViewModel tasks;
    private Path out;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @BeforeEach
    void open() throws Exception {
        fixture = new SessionFixture(folder.resolve("data"));
        window = fixture.start(stage, Duration.ofSeconds(60)).window();
        tasks = window.tasks();
        out = Files.createDirectories(folder.resolve("requests"));
    }

    @AfterEach
    void closeWindows() {
        fixture.background.release();
        fixture.closeAll();
    }

    private List<String> written() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void ctrlE(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitState(State state) {
        SessionFixture.waitFor(60, () -> tasks.stateProperty().get() == state);
    }

    private Node bar(FxRobot robot) {
        return robot.lookup("#" + TaskBarView.ID).query();
    }

    @Test
    void aWorkbookExportShowsProgressAndCancelLeavesNoFileAndNoTemporaryFile(FxRobot robot) throws Exception {
        fixture.background.hold();
        fixture.dialogs.filesToSave.add(out.resolve("request"));

        ctrlE(robot);

        assertThat(tasks.stateProperty().get()).isEqualTo(State.RUNNING);
        assertThat(tasks.messageProperty().get()).isEqualTo("Writing the workbook request.xlsx\u2026");
        assertThat(bar(robot).isVisible()).isTrue();
        assertThat(robot.lookup("#" + TaskBarView.CANCEL_ID).queryButton().isVisible()).isTrue();
        Snapshots.save(stage.getScene(), "export-progress");

        robot.clickOn("#" + TaskBarView.CANCEL_ID);
        fixture.background.release();
        awaitState(State.CANCELLED);

        assertThat(written()).isEmpty();
        assertThat(tasks.messageProperty().get()).isEqualTo("Cancelled: request.xlsx was not written");
        assertThat(fixture.dialogs.errors).isEmpty();
        Snapshots.save(stage.getScene(), "export-cancelled");
    }

    @Test
    void aFinishedExportSaysWhereTheFileIsAndOpensItOrItsFolder(FxRobot robot) throws Exception {
        fixture.dialogs.filesToSave.add(out.resolve("request"));

        ctrlE(robot);
        awaitState(State.DONE);

        Path workbook = out.resolve("request.xlsx");
        assertThat(written()).containsExactly("request.xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Rules").getLastRowNum()).isPositive();
        }
        int rules = window.document().analysis().rules().size();
        assertThat(tasks.messageProperty().get()).isEqualTo("Wrote the workbook request.xlsx");
        assertThat(tasks.detailProperty().get()).isEqualTo("in " + out + " \u2014 " + rules + " rules");
        Snapshots.save(stage.getScene(), "export-done");

        robot.clickOn("#" + TaskBarView.OPEN_ID);
        robot.clickOn("#" + TaskBarView.FOLDER_ID);
        assertThat(fixture.opened).containsExactly(workbook, out);
    }

    @Test
    void whileAnExportRunsTheWindowEditsAndASecondExportIsRefused(FxRobot robot) throws Exception {
        fixture.background.hold();
        fixture.dialogs.filesToSave.add(out.resolve("first"));
        ctrlE(robot);

        SessionFixture.onFx(() -> window.edits().selectAll());
        ctrlE(robot);

        assertThat(fixture.dialogs.errors).singleElement().asString().startsWith("Another export is running: Writing the workbook first.xlsx");
        assertThat(fixture.dialogs.savesAsked).hasSize(1);
        fixture.background.release();
        awaitState(State.DONE);
        assertThat(written()).containsExactly("first.xlsx");
    }

    @Test
    void theRulesCsvAndThePictureAreWrittenInTheBackgroundToo(FxRobot robot) throws Exception {
        for (String[] export : new String[][] {{"Rules CSV\u2026", "rules"}, {"PNG\u2026", "diagram"}}) {
            fixture.dialogs.filesToSave.add(out.resolve(export[1]));
            fixture.background.hold();
            SessionFixture.onFx(() -> exportItem(robot, export[0]).fire());
            assertThat(tasks.isBusy()).as(export[0]).isTrue();
            fixture.background.release();
            awaitState(State.DONE);
        }

        assertThat(written()).containsExactly("diagram.png", "rules.csv");
        assertThat(Files.readString(out.resolve("rules.csv"))).startsWith("\uFEFFNo.,");
        try (InputStream in = Files.newInputStream(out.resolve("diagram.png"))) {
            java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(in);
            assertThat(tasks.detailProperty().get()).isEqualTo("in " + out + " \u2014 " + png.getWidth() + " \u00d7 " + png.getHeight()
                    + " pixels");
        }
    }

    @Test
    void aFailedExportIsReportedAndTheBarGoes(FxRobot robot) throws Exception {
        Files.createDirectory(out.resolve("request.xlsx"));
        fixture.dialogs.filesToSave.add(out.resolve("request.xlsx"));

        ctrlE(robot);
        awaitState(State.IDLE);
        SessionFixture.waitFor(10, () -> !fixture.dialogs.errors.isEmpty());

        assertThat(fixture.dialogs.errors).singleElement().asString().startsWith("Cannot export the workbook: ")
                .contains("request.xlsx").contains("it is a folder");
        assertThat(bar(robot).isVisible()).isFalse();
    }

    private static MenuItem exportItem(FxRobot robot, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu export = (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "Export".equals(i.getText())).findFirst().orElseThrow();
        return export.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}
