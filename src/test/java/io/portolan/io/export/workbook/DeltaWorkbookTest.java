package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portolan.compare.RequestComparer;
import io.portolan.compare.RequestDelta;
import io.portolan.io.export.Csv;
import io.portolan.io.export.DeltaTable;
import io.portolan.io.export.RequestColumn;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.RulesCsv;
import io.portolan.io.export.RulesJson;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.testing.CsvText;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delta request: only what to add, remove and change, the same in the workbook, the CSV and the JSON. */
class DeltaWorkbookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** The fuller Citrix design, then with the domain controller gone, StoreFront moved and a second gateway port. */
    private static RequestDelta delta() {
        Design before = TestDesigns.citrixOnPremises();
        Node storeFront = before.node("sf").orElseThrow();
        Design after = before.without(List.of("dc")).withNode(storeFront.withAddress("10.0.1.21"))
                .withNode(before.node("admin").orElseThrow().withZoneId("lan"));
        return RequestComparer.compare(TestDesigns.analyse(before), TestDesigns.analyse(after), false);
    }

    private Path export(RuleTable table) throws Exception {
        Path file = folder.resolve("delta.xlsx");
        WorkbookExporter.export(table, new WorkbookOptions(false, null, Sheets.DATE), file);
        return file;
    }

    @Test
    void rulesAndFirewallSheetsHoldOnlyTheChangesWithTheirChangeColumn() throws Exception {
        RequestDelta delta = delta();
        RuleTable table = DeltaTable.of(delta, "design.portolan at HEAD (3f2a9c1, 2025-03-14: First request)");

        try (XSSFWorkbook workbook = Sheets.open(export(table))) {
            List<List<String>> rules = Sheets.rows(workbook.getSheet("Rules"), DeltaTable.COLUMNS.size());
            assertThat(rules.get(0)).containsExactlyElementsOf(DeltaTable.COLUMNS.stream().map(RequestColumn::header).toList());
            assertThat(rules).hasSize(delta.all().size() + 1);
            assertThat(rules.subList(1, rules.size())).extracting(r -> r.get(1)).contains("Add", "Remove", "Change")
                    .containsOnly("Add", "Remove", "Change");
            Sheet inner = workbook.getSheet("FW-Inner");
            assertThat(inner.getLastRowNum()).isEqualTo(delta.boundaries().stream()
                    .filter(b -> b.boundary().name().equals("FW-Inner")).findFirst().orElseThrow().changes().size());
        }
    }

    @Test
    void theRequestSheetNamesTheRevisionItComparesWith() throws Exception {
        RuleTable table = DeltaTable.of(delta(), "design.portolan at HEAD (3f2a9c1, 2025-03-14: First request)");

        try (XSSFWorkbook workbook = Sheets.open(export(table))) {
            List<List<String>> request = Sheets.rows(workbook.getSheet("Request"), 3);
            assertThat(request).anySatisfy(row -> assertThat(row.subList(0, 2)).containsExactly("Compared with",
                    "design.portolan at HEAD (3f2a9c1, 2025-03-14: First request)"));
            assertThat(request).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("Changes"));
        }
    }

    @Test
    void workbookCsvAndJsonAgreeRowForRow() throws Exception {
        RuleTable table = DeltaTable.of(delta(), "old.portolan");
        StringWriter csv = new StringWriter();
        RulesCsv.write(table, csv);
        StringWriter json = new StringWriter();
        RulesJson.write(table, 0, table.rows().size(), json);

        List<List<String>> sheet;
        try (XSSFWorkbook workbook = Sheets.open(export(table))) {
            List<List<String>> rows = Sheets.rows(workbook.getSheet("Rules"), table.columns().size());
            sheet = rows.subList(1, rows.size());
        }
        List<List<String>> csvRows = CsvText.rows(csv.toString());
        List<List<String>> jsonRows = new ArrayList<>();
        for (JsonNode rule : JSON.readTree(json.toString()).get("rules")) {
            jsonRows.add(table.columns().stream().map(c -> rule.get(c.key()).asText()).toList());
        }

        assertThat(csvRows.subList(1, csvRows.size())).isEqualTo(sheet.stream().map(r -> r.stream().map(Csv::neutralise).toList()).toList());
        assertThat(jsonRows).isEqualTo(sheet);
    }

    /** LibreOffice opens the delta workbook and prints its Rules sheet; skipped where LibreOffice is not installed. */
    @Test
    void aRealSpreadsheetReaderOpensTheDeltaWorkbook() throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
        Path workbook = export(DeltaTable.of(delta(), "old.portolan"));
        Path csvOut = folder.resolve("out");
        Process convert = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + folder.resolve("profile"),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2", "--outdir",
                csvOut.toString(), workbook.toString()).redirectErrorStream(true).start();
        assertThat(convert.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Path rules = csvOut.resolve("delta-Rules.csv");
        assertThat(rules).exists();
        List<List<String>> rows = CsvText.rows(Files.readString(rules));
        assertThat(rows.get(0).subList(0, 2)).containsExactly("No.", "Change");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).containsOnly("Add", "Remove", "Change");
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
