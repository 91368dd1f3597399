package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.design.Templates;
import io.portolan.io.export.Csv;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.RulesCsv;
import io.portolan.io.export.RulesJson;
import io.portolan.testing.CsvText;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output of a request reads the one list of rules the engine works out: the CSV, the JSON and the
 * workbook's Rules sheet agree row for row and cell for cell, merged and detailed, for the templates and for a
 * design with unroutable, unzoned, custom, conditional and optional flows.
 */
class RequestOutputsAgreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    static Stream<Arguments> designs() throws Templates.UnknownTemplateException {
        List<Arguments> cases = new ArrayList<>();
        for (boolean detailed : new boolean[] {false, true}) {
            cases.add(Arguments.of("a design with every kind of row", TestDesigns.analyse(TestDesigns.citrixOnPremises()), detailed));
            for (Templates.Template template : Templates.list()) {
                cases.add(Arguments.of(template.name(), TestDesigns.analyse(Templates.load(template.name(), TestDesigns.CATALOG)),
                        detailed));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, detailed {2}")
    @MethodSource("designs")
    void csvJsonAndRulesSheetHoldTheEngineRulesRowForRow(String name, FlowAnalysis analysis, boolean detailed) throws Exception {
        RuleTable table = RuleTable.of(analysis, detailed);
        StringWriter csv = new StringWriter();
        RulesCsv.write(table, csv);
        StringWriter json = new StringWriter();
        RulesJson.write(table, 0, table.rows().size(), json);

        List<List<String>> csvRows = CsvText.rows(csv.toString());
        List<List<String>> jsonRows = jsonRows(JSON.readTree(json.toString()));
        List<List<String>> sheetRows;
        try (XSSFWorkbook workbook = Sheets.export(analysis, detailed, null, folder)) {
            sheetRows = Sheets.ruleRows(workbook.getSheet("Rules"));
        }

        List<FirewallRule> engineRules = analysis.rules(detailed).all();
        assertThat(csvRows.get(0)).containsExactly(RuleColumn.headers());
        assertThat(csvRows.subList(1, csvRows.size())).hasSize(engineRules.size()).isEqualTo(neutralised(sheetRows));
        assertThat(jsonRows).isEqualTo(sheetRows);
        for (int i = 0; i < engineRules.size(); i++) {
            FirewallRule rule = engineRules.get(i);
            List<String> row = jsonRows.get(i);
            assertThat(row.get(RuleColumn.NUMBER.ordinal())).isEqualTo(Integer.toString(i + 1));
            assertThat(row.get(RuleColumn.SOURCE_NAME.ordinal())).isEqualTo(rule.source().name());
            assertThat(row.get(RuleColumn.DESTINATION_NAME.ordinal())).isEqualTo(rule.destination().name());
            assertThat(row.get(RuleColumn.PORTS.ordinal())).isEqualTo(rule.portText());
        }
    }

    /** What the sheet's cells become in a CSV: the same text, formula-like text neutralised. */
    private static List<List<String>> neutralised(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(Csv::neutralise).toList()).toList();
    }

    private static List<List<String>> jsonRows(JsonNode root) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode rule : root.get("rules")) {
            rows.add(Arrays.stream(RuleColumn.values()).map(c -> rule.get(c.key()).asText()).toList());
        }
        return rows;
    }
}
