package io.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.DesignFile;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path folder;

    private Path designFile;

    /** What a run printed and returned. */
    private record Run(int status, String out, String err) {
    }

    @BeforeEach
    void writeDesign() throws Exception {
        List<Zone> zones = List.of(new Zone("internet", "Internet", ZoneKind.INTERNET, List.of(), new Bounds(0, 0, 300, 300)),
                new Zone("dmz", "DMZ", ZoneKind.DMZ, List.of(), new Bounds(400, 0, 300, 300)),
                new Zone("lab", "Lab", ZoneKind.CUSTOM, List.of(), new Bounds(800, 0, 300, 300)));
        List<Node> nodes = List.of(
                new Node("users", "common.user-device", "Remote users", "", "", "internet", new Point(150, 150), List.of(), 1),
                new Node("gw", "citrix.gateway", "Citrix Gateway", "", "", "dmz", new Point(550, 150), List.of(), 1),
                new Node("dns", "common.dns-server", "DNS", "", "", "lab", new Point(950, 150), List.of(), 1));
        List<Firewall> firewalls = List.of(new Firewall("fw", "FW-Outer", List.of("internet", "dmz"), new Point(350, 150)),
                new Firewall("fw-lab", "FW-Lab", List.of("lab"), new Point(750, 150)));
        designFile = folder.resolve("gateway.portolan");
        DesignFile.write(designFile, new Design(zones, firewalls, nodes, FlowOverrides.NONE,
                new RequestInfo("Gateway", "Ada", "CHG1", "Test", "")));
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int status = PortolanCommand.run(args);
            return new Run(status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static List<String> sheetNames(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }

    @Test
    void exportWritesTheWorkbookWithADiagramDrawnWithoutADisplay() throws Exception {
        Path xlsx = folder.resolve("request.xlsx");
        Run run = run("export", designFile.toString(), "-o", xlsx.toString(), "--date", "2025-03-14");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Wrote " + xlsx).contains("with the diagram drawn without a display");
        assertThat(sheetNames(xlsx)).containsExactly("Request", "Rules", "FW-Outer", "FW-Lab", "Zone matrix", "Components", "Diagram");
    }

    @Test
    void exportWithCsvAndNoDiagramWritesBothFilesAndSaysTheDiagramIsLeftOut() throws Exception {
        Path xlsx = folder.resolve("request.xlsx");
        Path csv = folder.resolve("rules.csv");
        Run run = run("export", designFile.toString(), "-o", xlsx.toString(), "--csv", csv.toString(), "--no-diagram", "--detailed");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("without a Diagram sheet").contains("Wrote " + csv);
        assertThat(sheetNames(xlsx)).doesNotContain("Diagram");
        long expectedRows = new FlowEngine(CatalogLoader.loadBuiltIn()).analyze(DesignFile.read(designFile, CatalogLoader.loadBuiltIn()))
                .flowsNeedingRules().size();
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(1 + (int) expectedRows);
    }

    @Test
    void flowsWithoutARouteAreReportedOnStandardError() {
        Run run = run("export", designFile.toString(), "-o", folder.resolve("request.xlsx").toString(), "--no-diagram");
        assertThat(run.status()).isZero();
        assertThat(run.err()).startsWith("portolan: warning: ").contains("flows have no route");
    }

    @Test
    void missingDesignFileIsAnErrorLineAndStatusTwo() {
        Path missing = folder.resolve("nothing.portolan");
        Run run = run("export", missing.toString(), "-o", folder.resolve("out.xlsx").toString());
        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).isEqualTo("portolan: " + missing + ": the file does not exist" + System.lineSeparator());
        assertThat(Files.exists(folder.resolve("out.xlsx"))).isFalse();
    }

    @Test
    void outputInAMissingFolderIsAnErrorNamingTheFile() {
        Path out = folder.resolve("no-such-folder").resolve("out.xlsx");
        Run run = run("export", designFile.toString(), "-o", out.toString(), "--no-diagram");
        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).startsWith("portolan: Cannot write " + out + ": ");
    }

    @Test
    void nothingToWriteIsAUsageError() {
        Run run = run("export", designFile.toString());
        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).startsWith("portolan: nothing to write: give -o OUT.xlsx for the workbook").contains("Usage: portolan export");
    }

    @Test
    void writingTheWorkbookOverTheDesignIsRefusedAndTheDesignIsKept() throws Exception {
        String before = Files.readString(designFile);

        Run run = run("export", designFile.toString(), "-o", designFile.toString());

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).startsWith("portolan: refusing to write: the design file and the workbook (-o) are the same file");
        assertThat(Files.readString(designFile)).isEqualTo(before);
    }

    @Test
    void workbookAndCsvNamingTheSameFileIsRefused() {
        Path out = folder.resolve("both.xlsx");

        Run run = run("export", designFile.toString(), "-o", out.toString(), "--csv", out.toString());

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).contains("the workbook (-o) and the CSV (--csv) are the same file");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aWorkbookNamedLikeAnotherDesignIsRefusedAndThatDesignIsKept() throws Exception {
        Path other = folder.resolve("other.portolan");
        Files.copy(designFile, other);
        byte[] before = Files.readAllBytes(other);

        Run run = run("export", designFile.toString(), "-o", other.toString(), "--no-diagram");

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).startsWith("portolan: refusing to write: the workbook (-o) must end in .xlsx, not " + other);
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void aCsvThatCannotBeWrittenStopsTheExportBeforeTheWorkbookIsWritten() {
        Path workbook = folder.resolve("request.xlsx");
        Path csv = folder.resolve("no-such-folder").resolve("rules.csv");

        Run run = run("export", designFile.toString(), "-o", workbook.toString(), "--csv", csv.toString(), "--no-diagram");

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).startsWith("portolan: Cannot write " + csv + ": its folder ");
        assertThat(run.out()).isEmpty();
        assertThat(Files.exists(workbook)).isFalse();
    }

    @Test
    void aDateThatIsNotADateIsNamedWithTheFormatToUse() {
        Run run = run("export", designFile.toString(), "-o", folder.resolve("request.xlsx").toString(), "--date", "2024-02-30");

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).startsWith("portolan: Invalid value for option '--date': '2024-02-30' is not a date;"
                + " write it as YYYY-MM-DD").doesNotContain("java.");
    }

    @Test
    void aFolderWhereNoFileCanBeCreatedGivesTheReasonNotATemporaryFileName() {
        Path proc = Path.of("/proc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux /proc");
        Path out = proc.resolve("request.xlsx");

        Run run = run("export", designFile.toString(), "-o", out.toString(), "--no-diagram");

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).startsWith("portolan: Cannot write " + out + ": ").doesNotContain(".tmp");
    }

    @Test
    void paperChoosesThePaperEverySheetPrintsOn() throws Exception {
        Path xlsx = folder.resolve("letter.xlsx");
        Run run = run("export", designFile.toString(), "-o", xlsx.toString(), "--paper", "LETTER", "--no-diagram");
        assertThat(run.status()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.forEach(sheet -> assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName())
                    .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.LETTER_PAPERSIZE));
        }
    }

    @Test
    void anUnknownPaperIsAUsageErrorNamingThePapers() {
        Path xlsx = folder.resolve("b5.xlsx");
        Run run = run("export", designFile.toString(), "-o", xlsx.toString(), "--paper", "b5");
        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).contains("'b5' is not a paper size", "a4, a3, letter, legal or tabloid");
        assertThat(xlsx).doesNotExist();
    }
}
