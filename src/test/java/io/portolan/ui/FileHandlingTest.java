package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.edit.MoveSelection;
import io.portolan.model.Design;
import io.portolan.ui.Dialogs.FileKind;
import io.portolan.ui.Dialogs.UnsavedChoice;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FileHandlingTest {

    private final WindowFixture fixture = new WindowFixture();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    private void onFx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(20_000, action);
    }

    private void moveStoreFront() {
        onFx(() -> fixture.window.document().execute(
                MoveSelection.of(fixture.window.document().design(), Set.of("storefront"), 20, 0)));
    }

    @Test
    void saveCloseAndReopenGivesTheSameDesign(FxRobot robot) {
        moveStoreFront();
        Design edited = fixture.window.document().design();
        assertThat(robot.listWindows().get(0)).isInstanceOf(Stage.class);
        assertThat(((Stage) robot.listWindows().get(0)).getTitle()).startsWith("\u2022 ");
        Path file = folder.resolve("contoso");
        fixture.dialogs.filesToSave.add(file);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Path saved = folder.resolve("contoso.portolan");
        assertThat(saved).exists();
        assertThat(fixture.dialogs.savesAsked).containsExactly(FileKind.DESIGN);
        assertThat(fixture.window.document().isModified()).isFalse();
        assertThat(((Stage) robot.listWindows().get(0)).getTitle()).isEqualTo("contoso.portolan \u2014 Portolan");
        assertThat(fixture.settings.recentFiles()).containsExactly(saved.toAbsolutePath().normalize());

        onFx(() -> fixture.window.files().newBlank());
        assertThat(fixture.dialogs.unsavedQuestions).isZero();
        assertThat(fixture.window.document().design()).isEqualTo(Design.empty());

        fixture.dialogs.filesToOpen.add(saved);
        onFx(() -> fixture.window.files().open());
        assertThat(fixture.window.document().design()).isEqualTo(edited);
        assertThat(fixture.window.document().file()).isEqualTo(saved);
        assertThat(fixture.window.document().isModified()).isFalse();
    }

    @Test
    void openingAnotherFileWithUnsavedChangesAsksFirstAndCancelKeepsTheDesign() {
        moveStoreFront();
        Design edited = fixture.window.document().design();
        fixture.dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        onFx(() -> fixture.window.files().open());
        assertThat(fixture.dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(fixture.window.document().design()).isEqualTo(edited);

        fixture.dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        onFx(() -> fixture.window.files().newBlank());
        assertThat(fixture.window.document().design()).isEqualTo(Design.empty());
    }

    @Test
    void aBrokenFileIsReportedAndTheOpenDesignStays(FxRobot robot) throws Exception {
        Design before = fixture.window.document().design();
        Path broken = folder.resolve("broken.portolan");
        Files.writeString(broken, "{ \"format\": \"portolan-design\", \"version\": 1, \"zones\": [ ");
        fixture.dialogs.filesToOpen.add(broken);
        onFx(() -> fixture.window.files().open());
        assertThat(fixture.dialogs.errors).singleElement().asString().contains("broken.portolan");
        assertThat(fixture.window.document().design()).isEqualTo(before);

        List<Alert> shown = new ArrayList<>();
        onFx(() -> {
            Alert alert = FxDialogs.errorAlert("Cannot open broken.portolan", fixture.dialogs.errors.get(0));
            alert.initOwner(robot.listWindows().get(0));
            alert.show();
            shown.add(alert);
        });
        Snapshots.save(shown.get(0).getDialogPane().getScene(), "error-dialog");
        onFx(() -> shown.get(0).close());
    }

    @Test
    void aTargetThatCannotBeWrittenIsReportedAndTheChangesStayUnsaved() throws Exception {
        // a folder where the file should go fails the same way for every user, root included
        Path locked = folder.resolve("locked.portolan");
        Files.createDirectories(locked);
        moveStoreFront();
        fixture.dialogs.filesToSave.add(locked);
        onFx(() -> fixture.window.files().saveAs());
        assertThat(fixture.dialogs.errors).singleElement().asString().contains("locked.portolan");
        assertThat(fixture.window.document().isModified()).isTrue();
        assertThat(locked).isDirectory();
    }

    @Test
    void ctrlEExportsAWorkbookWithTheRulesAndTheDiagram(FxRobot robot) throws Exception {
        Path target = folder.resolve("request");
        fixture.dialogs.filesToSave.add(target);
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        fixture.awaitTasks();
        Path written = folder.resolve("request.xlsx");
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.dialogs.savesAsked).containsExactly(FileKind.WORKBOOK);
        assertThat(written).exists();
        try (InputStream in = Files.newInputStream(written); Workbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).contains("Rules", "Edge firewall", "Internal firewall");
            assertThat(workbook.getAllPictures()).isNotEmpty();
        }
    }

    @Test
    void nodesPlacedFarApartGiveASmallerPictureNotAFailedExport() throws Exception {
        onFx(() -> fixture.window.document().execute(MoveSelection.of(fixture.window.document().design(), Set.of("storefront"),
                2_000_000, 2_000_000)));
        fixture.dialogs.filesToSave.add(folder.resolve("far.png"));

        onFx(() -> fixture.window.files().exportPng());
        fixture.awaitTasks();

        assertThat(fixture.dialogs.errors).isEmpty();
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(folder.resolve("far.png").toFile());
        assertThat(Math.max(picture.getWidth(), picture.getHeight())).isBetween(100, 8300);
        assertThat((long) picture.getWidth() * picture.getHeight()).isLessThanOrEqualTo(4100L * 4100L);
    }

    @Test
    void exportPngWritesAPicture() throws Exception {
        fixture.dialogs.filesToSave.add(folder.resolve("diagram.png"));
        onFx(() -> fixture.window.files().exportPng());
        fixture.awaitTasks();
        byte[] png = Files.readAllBytes(folder.resolve("diagram.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        Files.createDirectories(Snapshots.FOLDER);
        Files.write(Snapshots.FOLDER.resolve("export.png"), png);
    }
}
