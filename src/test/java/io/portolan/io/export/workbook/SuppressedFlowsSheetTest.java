package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.RulesJson;
import io.portolan.io.export.SuppressedFlows;
import io.portolan.model.Design;
import io.portolan.model.FlowKey;
import io.portolan.model.FlowOverrides;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flow the user suppressed leaves a trace a reviewer can read: a sheet of its own, a total, and the JSON. */
class SuppressedFlowsSheetTest {

    @TempDir
    Path folder;

    /** The design with the first inferred flow from the gateway to StoreFront suppressed, and that flow. */
    private static Flow gatewayToStoreFrontFlow(FlowAnalysis analysis) {
        return analysis.flows().stream()
                .filter(f -> f.source().id().equals("gw") && f.destination().id().equals("sf") && !f.isCustom())
                .findFirst().orElseThrow();
    }

    private static Design suppressing(Design design, List<FlowKey> keys) {
        return design.withOverrides(new FlowOverrides(keys, design.overrides().custom()));
    }

    @Test
    void aSuppressedFlowIsListedWithItsRuleEndsPortsAndTheFirewallsItWouldPass() throws Exception {
        Design design = TestDesigns.gatewayToStoreFront();
        Flow flow = gatewayToStoreFrontFlow(TestDesigns.analyse(design));
        FlowAnalysis analysis = TestDesigns.analyse(suppressing(design, List.of(flow.key())));

        try (XSSFWorkbook workbook = Sheets.export(analysis, false, null, folder)) {
            XSSFSheet sheet = workbook.getSheet(SuppressedFlows.SHEET);
            assertThat(sheet).isNotNull();
            List<List<String>> rows = Sheets.rows(sheet, SuppressedFlows.HEADERS.size());
            assertThat(rows.get(0)).containsExactlyElementsOf(SuppressedFlows.HEADERS);
            assertThat(rows).hasSize(2);
            List<String> row = rows.get(1);
            assertThat(row).containsExactly(flow.ruleId(), "DMZ", "Citrix Gateway", "gateway.contoso.com", "192.0.2.10",
                    "Internal", "StoreFront", "sf01.contoso.local", "10.0.1.20", flow.protocolText(), flow.portText(),
                    flow.purpose(), "FW-Inner", row.get(13));
            assertThat(row.get(13)).startsWith(flow.reference().citation());
            assertThat(Sheets.column(workbook.getSheet("Rules"), RuleColumn.RULE_ID)).noneMatch(id -> id.contains(flow.ruleId()));
            Map<String, String> request = requestTotals(workbook.getSheet("Request"));
            assertThat(request).containsEntry("Suppressed flows", "1");
        }
    }

    @Test
    void aDesignWithoutSuppressedFlowsHasNoSuchSheetOrTotal() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), false, null, folder)) {
            assertThat(Sheets.names(workbook)).doesNotContain(SuppressedFlows.SHEET);
            assertThat(requestTotals(workbook.getSheet("Request"))).doesNotContainKey("Suppressed flows");
        }
    }

    @Test
    void aSuppressedFlowWhoseNodeIsGoneIsLeftOut() {
        Design design = TestDesigns.gatewayToStoreFront();
        Flow flow = gatewayToStoreFrontFlow(TestDesigns.analyse(design));
        FlowKey gone = new FlowKey(flow.ruleId(), "gw", "no-such-node");
        FlowAnalysis analysis = TestDesigns.analyse(suppressing(design, List.of(flow.key(), gone)));

        RuleTable.SideTable table = SuppressedFlows.table(analysis);

        assertThat(table.rows()).hasSize(1);
        assertThat(SuppressedFlows.count(analysis)).isEqualTo(1);
    }

    @Test
    void theRulesJsonListsTheSuppressedFlowsUnderTheirOwnKeys() throws Exception {
        Design design = TestDesigns.gatewayToStoreFront();
        Flow flow = gatewayToStoreFrontFlow(TestDesigns.analyse(design));
        FlowAnalysis analysis = TestDesigns.analyse(suppressing(design, List.of(flow.key())));
        RuleTable table = RuleTable.of(analysis, false);
        StringWriter out = new StringWriter();

        RulesJson.write(table, 0, table.rows().size(), out);

        JsonNode suppressed = new ObjectMapper().readTree(out.toString()).get("suppressed");
        assertThat(suppressed).hasSize(1);
        assertThat(suppressed.get(0).get("rule").asText()).isEqualTo(flow.ruleId());
        assertThat(suppressed.get(0).get("source").asText()).isEqualTo("Citrix Gateway");
        assertThat(suppressed.get(0).get("wouldPass").asText()).isEqualTo("FW-Inner");
        assertThat(suppressed.get(0).get("ports").asText()).isEqualTo(flow.portText());
    }

    private static Map<String, String> requestTotals(XSSFSheet request) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (List<String> row : Sheets.rows(request, 2)) {
            fields.putIfAbsent(row.get(0), row.get(1));
        }
        return fields;
    }
}
