package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleText;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.NodeAddresses;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Request, Zone matrix and Components sheets. */
class SummarySheetsTest {

    @TempDir
    Path folder;

    @Test
    void requestSheetCarriesTheRequestDetailsAndTheDate() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), false, null, folder)) {
            Map<String, String> fields = labelled(workbook.getSheet("Request"));
            assertThat(fields).containsEntry("Title", "Citrix remote access for Contoso")
                    .containsEntry("Requester", "Ada Lovelace")
                    .containsEntry("Change reference", "CHG0012345")
                    .containsEntry("Environment", "Production")
                    .containsEntry("Description", TestDesigns.REQUEST.description())
                    .containsEntry("Date", "2025-03-14");
            var dateCell = workbook.getSheet("Request").getRow(rowOf(workbook.getSheet("Request"), "Date")).getCell(1);
            assertThat(dateCell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(dateCell)).isTrue();
        }
    }

    @Test
    void requestTotalsCountRulesFirewallsAndZonesCrossed() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), false, null, folder)) {
            Map<String, String> fields = labelled(workbook.getSheet("Request"));
            assertThat(fields).containsEntry("Rules", "4")
                    .containsEntry("Firewalls with rules", "2")
                    .containsEntry("Implicit boundaries with rules", "0")
                    .containsEntry("Zones crossed", "3")
                    .containsEntry("Rows without a route", "0");
            XSSFSheet request = workbook.getSheet("Request");
            assertThat(request.getRow(rowOf(request, "Firewalls with rules")).getCell(2).getStringCellValue()).isEqualTo("FW-Outer, FW-Inner");
            assertThat(request.getRow(rowOf(request, "Zones crossed")).getCell(2).getStringCellValue()).isEqualTo("Internet, DMZ, Internal");
        }
    }

    @Test
    void approvalBlockAsksEachRoleForNameDateAndDecision() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), false, null, folder)) {
            XSSFSheet request = workbook.getSheet("Request");
            int header = rowOf(request, "Role");
            assertThat(Sheets.rows(request, 6).get(header)).containsExactly("Role", "Name", "Date", "Decision", "Signature", "Notes");
            List<List<String>> rows = Sheets.rows(request, 6).subList(header + 1, header + 1 + RequestSheet.ROLES.size());
            assertThat(rows).extracting(r -> r.get(0)).containsExactlyElementsOf(RequestSheet.ROLES);
            assertThat(rows.get(0).get(1)).isEqualTo("Ada Lovelace");
            XSSFDataValidation decision = request.getDataValidations().get(0);
            assertThat(decision.getValidationConstraint().getExplicitListValues()).containsExactly(RequestSheet.DECISIONS);
            assertThat(decision.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(header + 1);
        }
    }

    @Test
    void requestListsThePointsToReview() throws Exception {
        FlowAnalysis analysis = TestDesigns.analyse(TestDesigns.citrixOnPremises());
        try (XSSFWorkbook workbook = Sheets.export(analysis, false, null, folder)) {
            List<String> column = Sheets.rows(workbook.getSheet("Request"), 1).stream().map(r -> r.get(0)).toList();
            analysis.warnings().forEach(w -> assertThat(column).contains(w.message()));
        }
    }

    @Test
    void zoneMatrixCountsTheRulesRowsFromEachZoneToEachZone() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), false, null, folder)) {
            Map<String, Integer> expected = new HashMap<>();
            for (List<String> row : Sheets.ruleRows(workbook.getSheet("Rules"))) {
                expected.merge(row.get(RuleColumn.SOURCE_ZONE.ordinal()) + ">" + row.get(RuleColumn.DESTINATION_ZONE.ordinal()), 1, Integer::sum);
            }
            List<List<String>> matrix = Sheets.rows(workbook.getSheet("Zone matrix"), 8);
            List<String> columns = matrix.get(0);
            assertThat(columns).containsExactly(ZoneMatrixSheet.CORNER, "Internet", "DMZ", "Internal", "Management", "Lab",
                    RuleText.NO_ZONE, "Total");
            for (int r = 1; r <= 6; r++) {
                for (int c = 1; c <= 6; c++) {
                    String key = matrix.get(r).get(0) + ">" + columns.get(c);
                    assertThat(matrix.get(r).get(c)).as(key).isEqualTo(Integer.toString(expected.getOrDefault(key, 0)));
                }
            }
            assertThat(matrix.get(7).get(7)).isEqualTo(Integer.toString(Sheets.ruleRows(workbook.getSheet("Rules")).size()));
        }
    }

    @Test
    void componentsListsEveryNodeWithTypeVendorZoneHostAddressesFeaturesAndCount() throws Exception {
        Design design = TestDesigns.citrixOnPremises();
        design = design.withNode(design.node("gw").orElseThrow().withOutboundAddress("192.0.2.11")
                .withAddresses(new NodeAddresses("192.0.2.10", "192.0.2.11", "192.0.2.21, 192.0.2.22", "")));
        FlowAnalysis analysis = TestDesigns.analyse(design);
        try (XSSFWorkbook workbook = Sheets.export(analysis, false, null, folder)) {
            List<List<String>> rows = Sheets.rows(workbook.getSheet("Components"), 12);
            assertThat(rows.get(0)).containsExactly(ComponentsSheet.HEADERS);
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
                    .containsExactlyInAnyOrderElementsOf(analysis.design().nodes().stream().map(Node::name).toList());
            assertThat(rows).contains(List.of("Citrix Gateway", "Citrix Gateway", "Citrix", "Citrix Gateway", "DMZ",
                    "gateway.contoso.com", "192.0.2.10", "", "192.0.2.21, 192.0.2.22", "192.0.2.11", "EDT (HDX over UDP)", "1"));
            assertThat(rows).contains(List.of("DigiCert", "DigiCert CRL and certificates", "Common", "Internet services", "Internet",
                    "*.digicert.com, dl.cacerts.digicert.com", "", "", "", "", "", "1"));
            assertThat(rows.get(rows.size() - 1).get(4)).isEqualTo(RuleText.NO_ZONE);
            assertThat(rows).anyMatch(r -> r.get(0).startsWith("=HYPERLINK") && r.get(11).equals("20"));
        }
    }

    private static Map<String, String> labelled(XSSFSheet sheet) {
        Map<String, String> fields = new HashMap<>();
        for (List<String> row : Sheets.rows(sheet, 2)) {
            fields.putIfAbsent(row.get(0), row.get(1));
        }
        return fields;
    }

    private static int rowOf(XSSFSheet sheet, String label) {
        List<List<String>> rows = Sheets.rows(sheet, 1);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
