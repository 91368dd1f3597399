package io.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.io.export.diagram.DiagramOptions;
import io.portolan.io.export.diagram.DiagramRenderer;
import io.portolan.model.Design;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PictureCommandTest {

    @TempDir
    Path folder;

    private Path designFile;

    private record Run(int status, String out, String err) {
    }

    @BeforeEach
    void writeDesign() throws Exception {
        designFile = folder.resolve("onprem.portolan");
        DesignFile.write(designFile, Templates.load("citrix-onprem", CatalogLoader.loadBuiltIn()));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PortolanCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void thePngIsTheDrawingTheWorkbookEmbeds() throws Exception {
        Path png = folder.resolve("onprem.png");
        Path xlsx = folder.resolve("onprem.xlsx");

        Run picture = run("picture", designFile.toString(), "-o", png.toString(), "--date", "2025-03-14");
        Run export = run("export", designFile.toString(), "-o", xlsx.toString(), "--date", "2025-03-14");

        assertThat(picture.status()).as(picture.err()).isZero();
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(picture.out()).contains("Wrote " + png, "PNG");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getAllPictures()).hasSize(1);
            assertThat(workbook.getAllPictures().get(0).getData()).isEqualTo(Files.readAllBytes(png));
        }
        var analysis = new FlowEngine(CatalogLoader.loadBuiltIn()).analyze(DesignFile.read(designFile, CatalogLoader.loadBuiltIn()));
        assertThat(Files.readAllBytes(png)).isEqualTo(DiagramRenderer.of(analysis, DiagramOptions.of(LocalDate.of(2025, 3, 14))).png());
    }

    @Test
    void anSvgIsWrittenForSvgAndAPdfForPdfWhateverTheCase() throws Exception {
        Path svg = folder.resolve("onprem.SVG");
        Path pdf = folder.resolve("onprem.Pdf");

        assertThat(run("picture", designFile.toString(), "-o", svg.toString()).status()).isZero();
        assertThat(run("picture", designFile.toString(), "-o", pdf.toString(), "--width", "842").status()).isZero();

        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg", "StoreFront");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(842f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(new PDFTextStripper().getText(document)).contains("remote access through Citrix Gateway");
        }
    }

    @Test
    void aWidthGivesAPngThatWide() throws Exception {
        Path png = folder.resolve("small.png");
        assertThat(run("picture", designFile.toString(), "-o", png.toString(), "--width", "800").status()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
    }

    @Test
    void withoutSameZoneEdgesThePictureDiffers() throws Exception {
        Path all = folder.resolve("all.svg");
        Path crossing = folder.resolve("crossing.svg");
        run("picture", designFile.toString(), "-o", all.toString(), "--date", "2025-03-14");
        run("picture", designFile.toString(), "-o", crossing.toString(), "--date", "2025-03-14", "--crossing-only");
        assertThat(Files.readString(all)).contains("within one zone");
        assertThat(Files.readString(crossing)).doesNotContain("within one zone");
    }

    @Test
    void anUnknownExtensionIsRefusedAndNothingIsWritten() {
        Path gif = folder.resolve("onprem.gif");
        Run run = run("picture", designFile.toString(), "-o", gif.toString());
        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).contains("must end in .png, .svg or .pdf", "onprem.gif");
        assertThat(gif).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wide", "10", "0", "-800", "99999", "12.5"})
    void aBadWidthIsAUsageError(String width) {
        Path png = folder.resolve("onprem.png");
        Run run = run("picture", designFile.toString(), "-o", png.toString(), "--width", width);
        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).contains("'" + width + "' is not a width", "64 to 16384");
        assertThat(png).doesNotExist();
    }

    @Test
    void aWidthThatWouldMakeThePngTooTallIsRefused() throws Exception {
        Path tall = folder.resolve("tall.portolan");
        List<Node> nodes = List.of(
                new Node("top", "common.dns-server", "Top", "", "", null, new Point(0, 0), List.of(), 1),
                new Node("bottom", "common.dns-server", "Bottom", "", "", null, new Point(0, 6000), List.of(), 1));
        DesignFile.write(tall, new Design(List.of(), List.of(), nodes, FlowOverrides.NONE, RequestInfo.EMPTY));
        Path png = folder.resolve("tall.png");
        Run run = run("picture", tall.toString(), "-o", png.toString(), "--width", "3000");
        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).contains("--width", "pixels high", "ask for a smaller width");
        assertThat(png).doesNotExist();
    }

    @Test
    void aMissingFolderIsAnErrorNamingTheFile() {
        Path png = folder.resolve("missing").resolve("onprem.png");
        Run run = run("picture", designFile.toString(), "-o", png.toString());
        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).contains(png.toString(), "does not exist");
    }

    @Test
    void aFolderAsTargetIsAnError() throws Exception {
        Path target = Files.createDirectory(folder.resolve("shots.png"));
        Run run = run("picture", designFile.toString(), "-o", target.toString());
        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).contains("shots.png", "is a folder");
    }

    @Test
    void theDesignFileIsNeverWrittenOver() throws Exception {
        Path design = folder.resolve("design.png");
        Files.copy(designFile, design);
        byte[] before = Files.readAllBytes(design);
        Run run = run("picture", design.toString(), "-o", design.toString());
        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).contains("the design file and the picture (-o) are the same file");
        assertThat(Files.readAllBytes(design)).isEqualTo(before);
    }

    @Test
    void anExistingPictureIsReplacedWhole() throws Exception {
        Path png = folder.resolve("onprem.png");
        Files.writeString(png, "old");
        assertThat(run("picture", designFile.toString(), "-o", png.toString()).status()).isZero();
        assertThat(ImageIO.read(png.toFile())).isNotNull();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".onprem.png."));
        }
    }
}
