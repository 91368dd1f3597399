package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portolan.cli.PortolanCommand;
import io.portolan.io.export.diagram.DiagramFormat;
import io.portolan.io.export.workbook.PaperSize;
import io.portolan.ui.Dialogs.FileKind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.print.Printer;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's pictures: Export PNG, SVG and PDF, the workbook's Diagram sheet and Print, all of one drawing. */
@ExtendWith(ApplicationExtension.class)
class PictureExportTest {

    private final WindowFixture fixture = new WindowFixture();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    private void onFx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(30_000, action);
    }

    @Test
    void theWindowsPngItsWorkbooksDiagramAndTheCommandLinesPictureAreOneDrawing(FxRobot robot) throws Exception {
        Path design = folder.resolve("onprem.portolan");
        fixture.dialogs.filesToSave.add(design);
        onFx(() -> fixture.window.files().saveAs());
        fixture.dialogs.filesToSave.add(folder.resolve("window.png"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        fixture.dialogs.filesToSave.add(folder.resolve("request.xlsx"));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Path cli = folder.resolve("cli.png");
        StringWriter err = new StringWriter();
        int status = PortolanCommand.run(new String[] {"picture", design.toString(), "-o", cli.toString(), "--date",
            LocalDate.now().toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(status).as(err.toString()).isZero();
        byte[] window = Files.readAllBytes(folder.resolve("window.png"));
        assertThat(window).isEqualTo(Files.readAllBytes(cli));
        try (InputStream in = Files.newInputStream(folder.resolve("request.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getAllPictures()).singleElement().satisfies(p -> assertThat(p.getData()).isEqualTo(window));
        }
        Files.createDirectories(Snapshots.FOLDER);
        Files.write(Snapshots.FOLDER.resolve("export-window.png"), window);
    }

    @Test
    void theWorkbookPrintsOnThePaperChosenInTheWindowAndRemembered(FxRobot robot) throws Exception {
        assertThat(fixture.window.files().workbookPaper())
                .isEqualTo(PaperSize.forLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)));
        onFx(() -> fixture.window.files().setWorkbookPaper(PaperSize.A3));
        fixture.dialogs.filesToSave.add(folder.resolve("request.xlsx"));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.settings.workbookPaper()).isEqualTo(PaperSize.A3);
        try (InputStream in = Files.newInputStream(folder.resolve("request.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Rules").getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A3_PAPERSIZE);
        }
    }

    @Test
    void exportSvgAndPdfWriteTheDrawingAsVectors() throws Exception {
        fixture.dialogs.filesToSave.add(folder.resolve("onprem"));
        fixture.dialogs.filesToSave.add(folder.resolve("onprem"));
        onFx(() -> fixture.window.files().exportPicture(DiagramFormat.SVG));
        onFx(() -> fixture.window.files().exportPicture(DiagramFormat.PDF));

        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.dialogs.savesAsked).containsExactly(FileKind.SVG, FileKind.PDF);
        byte[] svg = Files.readAllBytes(folder.resolve("onprem.svg"));
        String text = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg))
                .getDocumentElement().getTextContent();
        assertThat(text).contains("StoreFront", "Delivery Controllers", "Edge firewall");
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("onprem.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("StoreFront", "remote access through Citrix Gateway");
        }
    }

    @Test
    void hidingSameZoneEdgesLeavesThemOutOfThePicture() throws Exception {
        fixture.dialogs.filesToSave.add(folder.resolve("all.svg"));
        onFx(() -> fixture.window.files().exportPicture(DiagramFormat.SVG));
        onFx(() -> fixture.window.canvas().showSameZoneEdgesProperty().set(false));
        fixture.dialogs.filesToSave.add(folder.resolve("crossing.svg"));
        onFx(() -> fixture.window.files().exportPicture(DiagramFormat.SVG));

        assertThat(Files.readString(folder.resolve("all.svg"))).contains("within one zone");
        assertThat(Files.readString(folder.resolve("crossing.svg"))).doesNotContain("within one zone");
    }

    @Test
    void printWithoutAPrinterSaysSoAndHowToPrintAllTheSame() {
        DiagramPrint print = new DiagramPrint(new DiagramPicture(fixture.window.document(), () -> true), fixture.dialogs, () -> null);
        onFx(() -> print.print(null));
        onFx(() -> print.pageSetup(null));
        assertThat(fixture.dialogs.errors).hasSize(2)
                .allSatisfy(e -> assertThat(e).isEqualTo("Cannot print: " + DiagramPrint.NO_PRINTER));
    }

    @Test
    void ctrlPOnAMachineWithoutAPrinterSaysSo(FxRobot robot) throws Exception {
        assumeTrue(WaitForAsyncUtils.asyncFx(Printer::getDefaultPrinter).get(20, java.util.concurrent.TimeUnit.SECONDS) == null, "this machine has a printer");
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.dialogs.errors).containsExactly("Cannot print: " + DiagramPrint.NO_PRINTER);
    }

    @Test
    void thePrintedPictureFillsThePageKeepingItsProportions() throws Exception {
        var renderer = new DiagramPicture(fixture.window.document(), () -> true).renderer(LocalDate.of(2025, 3, 14));
        // an A4 page in landscape, less margins, in points
        ImageView view = WaitForAsyncUtils.asyncFx(() -> DiagramPrint.fitted(renderer, 770, 523)).get(20, java.util.concurrent.TimeUnit.SECONDS);
        double ratio = renderer.width() / renderer.height();
        assertThat(view.getFitWidth()).isLessThanOrEqualTo(770.0001);
        assertThat(view.getFitHeight()).isLessThanOrEqualTo(523.0001);
        assertThat(Math.max(770 - view.getFitWidth(), 523 - view.getFitHeight())).isGreaterThan(-0.001);
        assertThat(Math.min(770 - view.getFitWidth(), 523 - view.getFitHeight())).isLessThan(0.001);
        assertThat(view.getFitWidth() / view.getFitHeight()).isCloseTo(ratio, org.assertj.core.data.Offset.offset(0.001));
        // drawn at about 200 dots per inch
        assertThat(view.getImage().getWidth()).isCloseTo(view.getFitWidth() * 200 / 72, org.assertj.core.data.Offset.offset(2.0));
    }
}
