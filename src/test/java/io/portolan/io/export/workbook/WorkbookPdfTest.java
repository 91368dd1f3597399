package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.Cancellation;
import io.portolan.io.export.RuleTable;
import io.portolan.io.design.Templates;
import io.portolan.io.export.diagram.DiagramOptions;
import io.portolan.io.export.diagram.DiagramRenderer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The workbook as LibreOffice prints it: converted to PDF by {@code soffice --headless}, every page is on the paper
 * chosen, no text is smaller than 7 points, and every page of the Rules sheet repeats the columns that say which rule a
 * row is. Skipped where LibreOffice is not installed ({@code apt install libreoffice-calc-nogui}).
 */
class WorkbookPdfTest {

    /** Where the PDFs are kept to be looked at. */
    private static final Path FOLDER = Path.of("target", "workbook-pdf");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = PaperSize.class, names = {"A4", "LETTER", "A3"})
    void theTemplateWorkbookPrintsOnItsPaperWithNoTextUnderSevenPoints(PaperSize paper) throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        FlowAnalysis analysis = TestDesigns.analyse(Templates.load("citrix-onprem", TestDesigns.CATALOG));
        byte[] png = DiagramRenderer.of(analysis, DiagramOptions.of(Sheets.DATE)).png();
        Path xlsx = folder.resolve("request-" + paper.label() + ".xlsx");
        WorkbookExporter.export(analysis, new WorkbookOptions(false, png, Sheets.DATE, paper), xlsx);

        Path pdf = convert(soffice, xlsx);

        Files.createDirectories(FOLDER);
        Files.copy(pdf, FOLDER.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDRectangle box = document.getPage(i).getMediaBox();
                double shorter = Math.min(box.getWidth(), box.getHeight());
                double longer = Math.max(box.getWidth(), box.getHeight());
                assertThat(shorter).as("page %d", i + 1).isCloseTo(paper.width(), org.assertj.core.data.Offset.offset(1.0));
                assertThat(longer).as("page %d", i + 1).isCloseTo(paper.height(), org.assertj.core.data.Offset.offset(1.0));
            }
            Sizes sizes = new Sizes();
            sizes.getText(document);
            assertThat(sizes.smallest).as("the smallest printed text, in points").isGreaterThanOrEqualTo(6.95);
            for (String page : sizes.pages) {
                if (page.contains("Page ") && page.contains("Vendor reference")) {
                    assertThat(page).as("a page of rules").contains("No.", "Rule id", "Firewall");
                }
            }
        }
    }

    @Test
    void aContinuedRulesSheetPrintsWithTheHeaderAndItsOwnNameOnEveryPage() throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        RuleTable table = RuleTable.of(TestDesigns.analyse(Templates.load("citrix-onprem", TestDesigns.CATALOG)), true);
        int rowsPerSheet = 10;
        assertThat(table.rows().size()).isGreaterThan(2 * rowsPerSheet);
        Path xlsx = folder.resolve("continued.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            WorkbookExporter.write(table, new WorkbookOptions(true, null, Sheets.DATE, PaperSize.A4), null, null, out,
                    Cancellation.none(), rowsPerSheet);
        }

        Path pdf = convert(soffice, xlsx);

        Files.createDirectories(FOLDER);
        Files.copy(pdf, FOLDER.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Sizes sizes = new Sizes();
            sizes.getText(document);
            assertThat(sizes.smallest).isGreaterThanOrEqualTo(6.95);
            List<String> second = sizes.pages.stream().filter(page -> page.contains("Rules (2)Page")).toList();
            assertThat(second).as("the pages of Rules (2)").isNotEmpty()
                    .allSatisfy(page -> assertThat(page).contains("No.", "Rule id", "Firewall"));
            assertThat(second.get(0)).as("its first page").contains("(2 of ", Integer.toString(rowsPerSheet + 1))
                    .doesNotContain("Rules (3)Page");
        }
    }

    /** The size of every letter printed, and each page's text. */
    private static final class Sizes extends PDFTextStripper {
        double smallest = Double.MAX_VALUE;
        final List<String> pages = new ArrayList<>();
        private StringBuilder page = new StringBuilder();

        Sizes() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!text.getUnicode().isBlank()) {
                smallest = Math.min(smallest, text.getFontSizeInPt());
            }
            page.append(text.getUnicode());
            super.processTextPosition(text);
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage pdPage) throws IOException {
            pages.add(page.toString());
            page = new StringBuilder();
            super.endPage(pdPage);
        }
    }

    private Path convert(Path soffice, Path xlsx) throws Exception {
        Path profile = folder.resolve("libreoffice-profile");
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", folder.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path pdf = folder.resolve(xlsx.getFileName().toString().replace(".xlsx", ".pdf"));
        assertThat(pdf).as(Files.readString(folder.resolve("soffice.log"))).exists();
        return pdf;
    }

    /** LibreOffice's soffice on the PATH, or null. */
    private static Path soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
