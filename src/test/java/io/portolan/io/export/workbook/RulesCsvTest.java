package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.export.Csv;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RulesCsv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCsvTest {

    @TempDir
    Path folder;

    @Test
    void csvHoldsTheRulesSheetRowForRow() throws Exception {
        FlowAnalysis analysis = TestDesigns.analyse(TestDesigns.citrixOnPremises());
        Path csv = folder.resolve("rules.csv");
        RulesCsv.export(analysis, false, csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + Csv.line(Arrays.asList(RuleColumn.headers())));
        try (XSSFWorkbook workbook = Sheets.export(analysis, false, null, folder)) {
            StringBuilder expected = new StringBuilder("\uFEFF").append(Csv.line(Arrays.asList(RuleColumn.headers())));
            for (List<String> row : Sheets.ruleRows(workbook.getSheet("Rules"))) {
                expected.append(Csv.line(row));
            }
            assertThat(text).isEqualTo(expected.toString());
        }
    }

    @Test
    void formulaLikeTextIsNeutralisedForSpreadsheets() throws Exception {
        Path csv = folder.resolve("rules.csv");
        RulesCsv.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), true, csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"VDAs\"\")\",")
                .contains(",'+DNS,")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain(",+DNS,");
    }

    @Test
    void detailedCsvHasOneLinePerFlowAndFirewall() throws Exception {
        FlowAnalysis analysis = TestDesigns.analyse(TestDesigns.gatewayToStoreFront());
        Path csv = folder.resolve("rules.csv");
        RulesCsv.export(analysis, true, csv);
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(1 + analysis.flowsNeedingRules().size());
    }
}
