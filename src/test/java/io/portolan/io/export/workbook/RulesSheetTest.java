package io.portolan.io.export.workbook;

import static io.portolan.io.export.RuleColumn.DESTINATION_ADDRESS;
import static io.portolan.io.export.RuleColumn.DESTINATION_HOST;
import static io.portolan.io.export.RuleColumn.DESTINATION_NAME;
import static io.portolan.io.export.RuleColumn.FIREWALL;
import static io.portolan.io.export.RuleColumn.PORTS;
import static io.portolan.io.export.RuleColumn.PROTOCOL;
import static io.portolan.io.export.RuleColumn.RULE_ID;
import static io.portolan.io.export.RuleColumn.SOURCE_ADDRESS;
import static io.portolan.io.export.RuleColumn.SOURCE_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.Crossing;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.design.Templates;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleTable;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Point;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.ZoneKind;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Rules sheet and the firewall sheets say, row by row. */
class RulesSheetTest {

    private static final String CITRIX_PORTS = "Communication Ports Used by Citrix Technologies";

    @TempDir
    Path folder;

    @Test
    void gatewayDesignGivesExactlyTheRulesEachFirewallMustAllow() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), false, null, folder)) {
            assertThat(Sheets.ruleRows(workbook.getSheet("FW-Outer"))).containsExactly(
                    List.of("1", "citrix.gateway.users-https", "FW-Outer", "Internet", "Remote users", "", "", "DMZ",
                            "Citrix Gateway", "gateway.contoso.com", "192.0.2.10", "TCP", "443",
                            "Users reach the Citrix Gateway virtual server (HTTPS) for StoreFront and ICA proxy", "", "Required",
                            CITRIX_PORTS + ", section \"Citrix Gateway\". Implied, not in the table: the table lists the Gateway's"
                                    + " own connections; users reach its virtual server on HTTPS 443.", "Requested", ""),
                    List.of("2", "citrix.gateway.users-dtls", "FW-Outer", "Internet", "Remote users", "", "", "DMZ",
                            "Citrix Gateway", "gateway.contoso.com", "192.0.2.10", "UDP", "443",
                            "HDX over DTLS (EDT) to the Citrix Gateway virtual server", "EDT (HDX over UDP)", "Required",
                            CITRIX_PORTS + ", section \"Citrix Gateway\". Implied, not in the table: with EDT, users' HDX sessions"
                                    + " reach the Gateway on UDP 443 (DTLS).", "Requested", ""));
            assertThat(Sheets.ruleRows(workbook.getSheet("FW-Inner"))).containsExactly(
                    List.of("3", "citrix.gateway.storefront", "FW-Inner", "DMZ", "Citrix Gateway", "gateway.contoso.com",
                            "192.0.2.10", "Internal", "StoreFront", "sf01.contoso.local", "10.0.1.20", "TCP", "80, 443",
                            "Citrix Gateway communication with StoreFront", "", "Required",
                            CITRIX_PORTS + ", section \"Citrix Gateway\"", "Requested", ""),
                    List.of("4", "citrix.storefront.gateway-callback", "FW-Inner", "Internal", "StoreFront", "sf01.contoso.local",
                            "10.0.1.20", "DMZ", "Citrix Gateway", "gateway.contoso.com", "192.0.2.10", "TCP", "443",
                            "Callback URL to reach Citrix Gateway from StoreFront", "", "Required",
                            CITRIX_PORTS + ", section \"StoreFront\"", "Requested", ""));
        }
    }

    @Test
    void gatewayIsReachedOnItsVirtualServerAndConnectsFromItsSubnetIp() throws Exception {
        FlowAnalysis analysis = TestDesigns.analyse(Templates.load("citrix-onprem", TestDesigns.CATALOG));
        try (XSSFWorkbook workbook = Sheets.export(analysis, false, null, folder)) {
            List<List<String>> rows = Sheets.ruleRows(workbook.getSheet("Rules"));
            List<List<String>> usersToGateway = between(rows, "Remote users", "Citrix Gateway");
            List<List<String>> gatewayToStoreFront = between(rows, "Citrix Gateway", "StoreFront");
            List<List<String>> storeFrontToGateway = between(rows, "StoreFront", "Citrix Gateway");

            assertThat(usersToGateway).isNotEmpty().extracting(r -> r.get(DESTINATION_ADDRESS.ordinal())).containsOnly("172.16.10.10");
            assertThat(gatewayToStoreFront).isNotEmpty().extracting(r -> r.get(SOURCE_ADDRESS.ordinal())).containsOnly("172.16.10.11");
            assertThat(gatewayToStoreFront).extracting(r -> r.get(DESTINATION_ADDRESS.ordinal())).containsOnly("10.10.20.11, 10.10.20.12");
            assertThat(storeFrontToGateway).isNotEmpty().extracting(r -> r.get(DESTINATION_ADDRESS.ordinal())).containsOnly("172.16.10.10");
            assertThat(rows).filteredOn(r -> r.get(SOURCE_NAME.ordinal()).equals("Citrix Gateway"))
                    .extracting(r -> r.get(SOURCE_ADDRESS.ordinal())).containsOnly("172.16.10.11");
        }
    }

    private static List<List<String>> between(List<List<String>> rows, String source, String destination) {
        return rows.stream().filter(r -> r.get(SOURCE_NAME.ordinal()).equals(source) && r.get(DESTINATION_NAME.ordinal()).equals(destination))
                .toList();
    }

    @Test
    void rulesSheetHoldsEveryFirewallSheetsRowsInFirewallOrder() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), false, null, folder)) {
            List<List<String>> all = Sheets.ruleRows(workbook.getSheet("Rules"));
            List<List<String>> perFirewall = Sheets.names(workbook).subList(2, Sheets.names(workbook).indexOf("Zone matrix")).stream()
                    .flatMap(name -> Sheets.ruleRows(workbook.getSheet(name)).stream()).toList();
            List<List<String>> routed = all.stream().filter(r -> !r.get(FIREWALL.ordinal()).startsWith("Un")).toList();
            assertThat(perFirewall).isEqualTo(routed);
            assertThat(all.stream().map(r -> r.get(0)).toList())
                    .isEqualTo(IntStream.rangeClosed(1, all.size()).mapToObj(Integer::toString).toList());
        }
    }

    @Test
    void flowThroughTwoFirewallsGivesARowOnEachWithThePathInTheComments() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), false, null, folder)) {
            List<List<String>> rows = Sheets.ruleRows(workbook.getSheet("Rules")).stream()
                    .filter(r -> r.get(SOURCE_NAME.ordinal()).equals("Cloud Connector") && r.get(DESTINATION_NAME.ordinal()).equals("DigiCert"))
                    .toList();
            assertThat(rows).extracting(r -> r.get(FIREWALL.ordinal())).containsExactly("FW-Outer", "FW-Inner");
            assertThat(rows).extracting(r -> r.get(RuleColumn.COMMENTS.ordinal()))
                    .containsOnly("Passes FW-Inner (Internal \u2192 DMZ), then FW-Outer (DMZ \u2192 Internet).");
        }
    }

    @Test
    void internetServiceWithoutAHostNameShowsTheHostNamesOfItsCatalogType() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), false, null, folder)) {
            List<List<String>> toDigicert = Sheets.ruleRows(workbook.getSheet("FW-Outer")).stream()
                    .filter(r -> r.get(DESTINATION_NAME.ordinal()).equals("DigiCert")).toList();
            assertThat(toDigicert).isNotEmpty();
            assertThat(toDigicert).extracting(r -> r.get(DESTINATION_HOST.ordinal())).containsOnly("*.digicert.com, dl.cacerts.digicert.com");
        }
    }

    @Test
    void unroutableAndUnzonedFlowsAreListedLastAndMarkedNeverDropped() throws Exception {
        FlowAnalysis analysis = TestDesigns.analyse(TestDesigns.citrixOnPremises());
        try (XSSFWorkbook workbook = Sheets.export(analysis, true, null, folder)) {
            XSSFSheet rules = workbook.getSheet("Rules");
            List<String> firewalls = Sheets.column(rules, FIREWALL);
            long unroutable = analysis.flows().stream().filter(f -> f.crossing() == Crossing.UNROUTABLE).count();
            long unzoned = analysis.flows().stream().filter(f -> f.crossing() == Crossing.UNZONED).count();
            assertThat(unroutable).isPositive();
            assertThat(unzoned).isPositive();
            assertThat(firewalls.stream().filter(RuleTable.UNROUTABLE::equals).count()).isEqualTo(unroutable);
            assertThat(firewalls.stream().filter(RuleTable.UNZONED::equals).count()).isEqualTo(unzoned);
            int firstUnrouted = firewalls.indexOf(RuleTable.UNROUTABLE);
            assertThat(firewalls.subList(firstUnrouted, firewalls.size())).allMatch(f -> f.startsWith("Un"));
            List<List<String>> rows = Sheets.ruleRows(rules);
            assertThat(rows.get(firstUnrouted).get(RuleColumn.COMMENTS.ordinal())).startsWith("No chain of firewalls joins");
            assertThat(rows.get(rows.size() - 1).get(RuleColumn.COMMENTS.ordinal()))
                    .isEqualTo("+DNS is outside every zone, so no firewall can be named: place it in a zone, then export again.");
            XSSFCellStyle flagged = rules.getRow(firstUnrouted + 1).getCell(FIREWALL.ordinal()).getCellStyle();
            XSSFCellStyle plain = rules.getRow(1).getCell(FIREWALL.ordinal()).getCellStyle();
            assertThat(flagged.getFillForegroundColorColor().getARGBHex()).isNotEqualTo(
                    plain.getFillForegroundColorColor() == null ? null : plain.getFillForegroundColorColor().getARGBHex());
        }
    }

    @Test
    void detailedModeHasOneRowPerFlowAndFirewallAndLeavesSameZoneFlowsOut() throws Exception {
        FlowAnalysis analysis = TestDesigns.analyse(TestDesigns.citrixOnPremises());
        long expected = analysis.flows().stream().filter(Flow::needsRule).mapToLong(f -> Math.max(1, f.route().hops().size())).sum();
        try (XSSFWorkbook workbook = Sheets.export(analysis, true, null, folder)) {
            List<List<String>> rows = Sheets.ruleRows(workbook.getSheet("Rules"));
            assertThat(rows).hasSize((int) expected);
            List<String> flowRuleIds = analysis.flows().stream().map(Flow::ruleId).toList();
            assertThat(rows).extracting(r -> r.get(RULE_ID.ordinal())).allMatch(flowRuleIds::contains);
            assertThat(rows).noneMatch(r -> r.get(SOURCE_NAME.ordinal()).equals("StoreFront") && r.get(DESTINATION_NAME.ordinal()).equals("DC01"));
        }
    }

    @Test
    void consolidatedModeMergesThePortsOfOneFirewallSourceDestinationAndProtocol() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), false, null, folder)) {
            List<List<String>> toVdas = Sheets.ruleRows(workbook.getSheet("FW-Inner")).stream()
                    .filter(r -> r.get(SOURCE_NAME.ordinal()).equals("Citrix Gateway") && r.get(DESTINATION_NAME.ordinal()).startsWith("=HYPERLINK"))
                    .toList();
            assertThat(toVdas).extracting(r -> r.get(PROTOCOL.ordinal()) + " " + r.get(PORTS.ordinal()))
                    .containsExactly("TCP 1494, 2598", "UDP 1494, 2598");
            // HDX over TLS/DTLS (443) only to VDAs with TLS on; these have it off
            assertThat(toVdas.get(0).get(RULE_ID.ordinal())).isEqualTo("citrix.gateway.vda-ica, citrix.gateway.vda-cgp");
            assertThat(toVdas.get(1).get(RuleColumn.CONDITION.ordinal())).isEqualTo("EDT (HDX over UDP)");
            assertThat(toVdas).extracting(r -> r.get(RuleColumn.COMMENTS.ordinal())).containsOnly("Destination is 20 machines.");
        }
    }

    @Test
    void mergedRowNamesAsConditionalOnlyThePortsNoUnconditionalFlowNeeds() throws Exception {
        Design design = TestDesigns.citrixOnPremises();
        design = design.withNodes(design.nodes().stream()
                .map(n -> n.id().equals("vda") ? n.withFeatures(List.of("edt", "hypervisor-console")) : n).toList());
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(design), false, null, folder)) {
            List<List<String>> adminToVdas = Sheets.ruleRows(workbook.getSheet("Rules")).stream()
                    .filter(r -> r.get(SOURCE_NAME.ordinal()).equals("Admin PC") && r.get(DESTINATION_NAME.ordinal()).startsWith("=HYPERLINK")
                            && r.get(PROTOCOL.ordinal()).equals("TCP"))
                    .toList();
            assertThat(adminToVdas).hasSize(1);
            List<String> row = adminToVdas.get(0);
            assertThat(row.get(RULE_ID.ordinal())).contains("citrix.hypervisor.admin-vm-rdp", "citrix.hypervisor.admin-vm-vnc");
            assertThat(row.get(PORTS.ordinal())).contains("3389", "5900");
            assertThat(row.get(RuleColumn.CONDITION.ordinal())).isEqualTo("5900: Citrix Hypervisor console");
        }
    }

    @Test
    void mergedRowNamesAsOptionalOnlyThePortsNoRequiredFlowNeeds() throws Exception {
        Design design = new Design(
                List.of(TestDesigns.zone("mgmt", "Management", ZoneKind.MANAGEMENT, 0), TestDesigns.zone("lan", "Internal", ZoneKind.INTERNAL, 350)),
                List.of(new Firewall("fw", "FW-Mgmt", List.of("mgmt", "lan"), new Point(325, 250))),
                List.of(TestDesigns.node("admin", "common.admin-workstation", "Admin PC", "mgmt", 150, 250),
                        TestDesigns.node("conn", "hp.anyware-connector", "Anyware Connector", "lan", 500, 250)),
                FlowOverrides.NONE, TestDesigns.REQUEST);

        assertThat(requirementOfAdminToConnector(design)).isEqualTo("Required (optional: 80)");

        Design withCustom80 = design.withOverrides(new FlowOverrides(List.of(),
                List.of(new CustomFlow("c1", "admin", "conn", Protocol.TCP, null, PortSet.parse("80"), "Health page"))));
        assertThat(requirementOfAdminToConnector(withCustom80)).isEqualTo("Required");
    }

    private String requirementOfAdminToConnector(Design design) throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(design), false, null, folder)) {
            List<List<String>> rows = Sheets.ruleRows(workbook.getSheet("FW-Mgmt")).stream()
                    .filter(r -> r.get(SOURCE_NAME.ordinal()).equals("Admin PC") && r.get(PROTOCOL.ordinal()).equals("TCP"))
                    .toList();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get(PORTS.ordinal())).isEqualTo("80, 443");
            return rows.get(0).get(RuleColumn.REQUIRED.ordinal());
        }
    }

    @Test
    void textAUserTypedAsAFormulaComesBackAsAStringCell() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), false, null, folder)) {
            for (Sheet sheet : List.of(workbook.getSheet("Rules"), workbook.getSheet("FW-Inner"))) {
                Cell name = findCell(sheet, "=HYPERLINK(\"http://evil.example\",\"VDAs\")");
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(findCell(workbook.getSheet("Rules"), "+DNS").getCellType()).isEqualTo(CellType.STRING);
            Cell purpose = findCell(workbook.getSheet("Rules"), "@Remote desktop for support", true);
            assertThat(purpose.getCellType()).isEqualTo(CellType.STRING);
            assertThat(findCell(workbook.getSheet("Components"), "=HYPERLINK(\"http://evil.example\",\"VDAs\")").getCellType())
                    .isEqualTo(CellType.STRING);
        }
    }

    private static Cell findCell(Sheet sheet, String text) {
        return findCell(sheet, text, false);
    }

    private static Cell findCell(Sheet sheet, String text, boolean asLine) {
        for (var row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.NUMERIC && cell.getCellType() != CellType.BLANK) {
                    String value = cell.getStringCellValue();
                    if (value.equals(text) || asLine && value.lines().anyMatch(text::equals)) {
                        return cell;
                    }
                }
            }
        }
        throw new AssertionError("no cell says " + text + " in " + sheet.getSheetName());
    }
}
