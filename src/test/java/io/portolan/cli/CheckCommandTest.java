package io.portolan.cli;

import static io.portolan.testing.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.io.export.CheckedTable;
import io.portolan.model.Design;
import io.portolan.testing.CommandLineRun;
import io.portolan.testing.OwnRulebase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "firewall,name,source,destination,service,action\n";

    @TempDir
    Path folder;

    private Path design;
    private FlowAnalysis analysis;

    @BeforeEach
    void writeDesign() throws Exception {
        Design template = Templates.load("citrix-onprem", CATALOG);
        design = folder.resolve("design.portolan");
        DesignFile.write(design, template);
        analysis = new FlowEngine(CATALOG).analyze(template);
    }

    private Path rulebase(String text) throws Exception {
        Path file = folder.resolve("rules.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theDesignsOwnRulesAllowEverythingAndExitZero() throws Exception {
        Path rules = rulebase(OwnRulebase.csv(analysis, false));

        CommandLineRun result = run("check", design.toString(), "--rulebase", rules.toString());

        assertThat(result.status()).as(result.out() + result.err()).isZero();
        assertThat(result.outLines().get(0)).endsWith(": " + analysis.rules().size() + " allowed, 0 partly allowed, 0 missing");
    }

    @Test
    void aMissingRuleExitsOneAndJsonSaysWhatIsMissing() throws Exception {
        List<String> own = OwnRulebase.csv(analysis, false).lines().toList();
        Path rules = rulebase(String.join("\n", own.subList(0, own.size() - 1)) + "\n");

        CommandLineRun table = run("check", design.toString(), "--rulebase", rules.toString());
        JsonNode json = JSON.readTree(run("check", design.toString(), "--rulebase", rules.toString(), "--format", "json").out());

        assertThat(table.status()).isEqualTo(1);
        assertThat(table.out()).contains("ALREADY ALLOWED", "Yes: 'rule-1' (row 2)");
        assertThat(json.get("missing").asInt()).isEqualTo(1);
        assertThat(json.get("rules")).anySatisfy(rule -> {
            assertThat(rule.get("status").asText()).isEqualTo("missing");
            assertThat(rule.get("alreadyAllowed").asText()).isEqualTo("No");
        });
    }

    @Test
    void theRulesInPlaceThatNothingNeedsAreListedForReview() throws Exception {
        Path rules = rulebase(OwnRulebase.csv(analysis, false) + "Internal firewall,old-telnet,any,10.10.20.11,tcp/23,allow\n");

        CommandLineRun result = run("check", design.toString(), "--rulebase", rules.toString());

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("1 rules in place touch the design's addresses but allow nothing it needs (review):",
                "old-telnet");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fw,r1,web-servers,10.0.0.1,tcp/443,allow|rules.csv row 2, column 'source': unknown object 'web-servers': it is not an"
            + " address, and no objects file was given (--objects FILE)",
        "fw,r1,10.0.0.300,10.0.0.1,tcp/443,allow|rules.csv row 2, column 'source': '10.0.0.300' is not an IP address",
        "fw,r1,any,10.0.0.1,tcp/99999,allow|rules.csv row 2, column 'service': 'tcp/99999' is not a service: port 99999 in"
            + " '99999' is outside 1..65535",
        "fw,r1,any,10.0.0.1,tcp/443,maybe|rules.csv row 2, column 'action': 'maybe' is not an action: write allow (accept,"
            + " permit, pass) or deny (drop, reject, block)"})
    void badInputIsAnErrorNamingTheFileRowAndColumn(String row, String message) throws Exception {
        Path rules = rulebase(HEADER + row + "\n");

        CommandLineRun result = run("check", design.toString(), "--rulebase", rules.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("portolan: " + folder.resolve(message));
    }

    @Test
    void aColumnTheMappingNamesButTheFileLacksIsAnError() throws Exception {
        Path rules = rulebase(HEADER + "fw,r1,any,any,any,allow\n");

        CommandLineRun result = run("check", design.toString(), "--rulebase", rules.toString(), "--columns", "source=Src Address");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("portolan: " + rules + " row 1, column 'Src Address': --columns"
                + " source=Src Address names this column but the file has no such column; its columns are: firewall, name,"
                + " source, destination, service, action");
    }

    @Test
    void aGroupThatContainsItselfIsAnErrorNamingTheChain() throws Exception {
        Path rules = rulebase(HEADER + "fw,r1,loop-a,any,any,allow\n");
        Path objects = folder.resolve("objects.csv");
        Files.writeString(objects, "name,members\nloop-a,loop-b\nloop-b,loop-a\n");

        CommandLineRun result = run("check", design.toString(), "--rulebase", rules.toString(), "--objects", objects.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("object 'loop-a' contains itself (loop-a > loop-b > loop-a) in " + objects + " row 2");
    }

    @Test
    void withoutARulebaseCheckIsAUsageError() {
        CommandLineRun result = run("check", design.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("portolan: give the rulebase in place: --rulebase RULES.csv");
    }

    @Test
    void exportWithARulebaseRequestsOnlyWhatIsMissingAndNeverChangesTheRulebase() throws Exception {
        List<String> own = OwnRulebase.csv(analysis, false).lines().toList();
        Path rules = rulebase(String.join("\n", own.subList(0, own.size() - 2)) + "\nInternal firewall,old,any,10.10.20.11,tcp/23,allow\n");
        byte[] before = Files.readAllBytes(rules);
        Path workbook = folder.resolve("request.xlsx");

        CommandLineRun result = run("export", design.toString(), "-o", workbook.toString(), "--no-diagram", "--rulebase",
                rules.toString(), "--csv", folder.resolve("missing.csv").toString());
        CommandLineRun refused = run("export", design.toString(), "-o", workbook.toString(), "--rulebase", rules.toString(),
                "--csv", rules.toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(refused.status()).isEqualTo(2);
        assertThat(Files.readAllBytes(rules)).isEqualTo(before);
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            Sheet sheet = book.getSheet("Rules");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> header = cells(sheet.getRow(0));
            int allowed = header.indexOf("Already allowed");
            assertThat(allowed).isPositive();
            assertThat(cells(sheet.getRow(1)).get(allowed)).isEqualTo("No");
            Sheet unneeded = book.getSheet(CheckedTable.UNNEEDED_SHEET);
            assertThat(cells(unneeded.getRow(1))).contains("old", "tcp/23");
        }
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
        return cells;
    }
}
