package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.BoundaryRules;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.design.Templates;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.diagram.DiagramOptions;
import io.portolan.io.export.diagram.DiagramRenderer;
import io.portolan.model.Design;
import io.portolan.model.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped template exported and read back: the sheets, the header, the drop-down, the frozen pane,
 * the filter, the print setup, and one firewall's rules written out by hand from the vendor documents
 * (rule ids | source zone | source | source host | source address | destination zone | destination |
 * destination host | destination address | protocol | ports | condition | required or optional).
 */
class TemplateWorkbooksTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"Click me\")";

    @TempDir
    Path folder;

    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of("citrix-onprem", "Edge firewall", List.of(
                        "citrix.gateway.users-https | Internet | Remote users |  | 0.0.0.0/0 | DMZ | Citrix Gateway | citrix.example.com"
                                + " | 172.16.10.10 | TCP | 443 |  | Required",
                        "citrix.gateway.users-dtls | Internet | Remote users |  | 0.0.0.0/0 | DMZ | Citrix Gateway | citrix.example.com"
                                + " | 172.16.10.10 | UDP | 443 | EDT (HDX over UDP) | Required")),
                Arguments.of("citrix-cloud", "Internet / Cloud services boundary", List.of(
                        "citrix.cloud.workspace-users | Internet | Remote users |  | 0.0.0.0/0 | Cloud services | Citrix Cloud"
                                + " | *.cloud.com, *.citrixworkspacesapi.net |  | TCP | 443 |  | Required",
                        "citrix.gws.users-https | Internet | Remote users |  | 0.0.0.0/0 | Cloud services | Gateway Service"
                                + " | *.nssvc.net |  | TCP | 443 |  | Required",
                        "citrix.gws.users-edt | Internet | Remote users |  | 0.0.0.0/0 | Cloud services | Gateway Service"
                                + " | *.nssvc.net |  | UDP | 443 | EDT (HDX over UDP) | Required")),
                Arguments.of("parallels-ras", "Edge firewall", List.of(
                        // users reach the HALB's virtual address on TCP and, through it, the gateways' RDP-UDP
                        "parallels.halb.client-tcp-80, parallels.halb.client-tcp-443 | Internet | Remote users |  | 0.0.0.0/0 | DMZ"
                                + " | HALB appliances | ras.example.com | 172.16.20.10"
                                + " | TCP | 80, 443 | 443: SSL | Required",
                        "parallels.halb.client-udp-80, parallels.halb.client-udp-443 | Internet | Remote users |  | 0.0.0.0/0 | DMZ"
                                + " | HALB appliances | ras.example.com | 172.16.20.10"
                                + " | UDP | 80, 443 | 80: RDP-UDP; 443: SSL and RDP-UDP | Required",
                        "parallels.pa.licensing | Data centre | Publishing Agents | pa01.corp.example.com, pa02.corp.example.com"
                                + " | 10.30.10.11, 10.30.10.12 | Internet | Parallels licensing"
                                + " | account.parallels.com, license.parallels.com, ras.parallels.com, s.parallels.com |  | TCP | 443"
                                + " |  | Required")),
                Arguments.of("hp-anyware", "Edge firewall", List.of(
                        "hp.anyware.clients-https, hp.anyware.clients-pcoip-tcp | Internet | Remote users |  | 0.0.0.0/0 | DMZ"
                                + " | Anyware Connectors | connector01.dmz.example.com, connector02.dmz.example.com"
                                + " | 172.16.40.11, 172.16.40.12 | TCP | 443, 4172 |  | Required",
                        "hp.anyware.clients-pcoip-udp | Internet | Remote users |  | 0.0.0.0/0 | DMZ | Anyware Connectors"
                                + " | connector01.dmz.example.com, connector02.dmz.example.com | 172.16.40.11, 172.16.40.12 | UDP | 4172"
                                + " |  | Required",
                        "hp.anyware.manager | DMZ | Anyware Connectors | connector01.dmz.example.com, connector02.dmz.example.com"
                                + " | 172.16.40.11, 172.16.40.12 | HP Anyware cloud | Anyware Manager as a Service | cas.teradici.com |"
                                + "  | TCP | 443 |  | Required",
                        "hp.anyware.cloud-license | DMZ | Anyware Connectors | connector01.dmz.example.com, connector02.dmz.example.com"
                                + " | 172.16.40.11, 172.16.40.12 | Internet | PCoIP Cloud License Server"
                                + " | teradici.compliance.flexnetoperations.com, teradici.flexnetoperations.com |  | TCP | 443"
                                + " | Cloud License Server | Required, temporary (install time)",
                        "hp.anyware.sumologic | DMZ | Anyware Connectors | connector01.dmz.example.com, connector02.dmz.example.com"
                                + " | 172.16.40.11, 172.16.40.12 | Internet | SumoLogic | *.sumologic.com |  | TCP | 443 |  | Required",
                        "hp.anyware.workstation-cloud-license | Data centre"
                                + " | Remote workstations | ws01-ws20.corp.example.com | 10.40.20.11-10.40.20.30 | Internet"
                                + " | PCoIP Cloud License Server | teradici.compliance.flexnetoperations.com, teradici.flexnetoperations.com"
                                + " |  | TCP | 443 |  | Required")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void templateWorkbookHasTheSheetsLayoutAndTheseFirewallRules(String template, String firewall, List<String> expected)
            throws Exception {
        String firewallSheet = SheetNames.safe(firewall);
        Design design = Templates.load(template, TestDesigns.CATALOG);
        FlowAnalysis analysis = TestDesigns.analyse(design);
        try (XSSFWorkbook workbook = Sheets.export(analysis, false, DiagramRenderer.of(analysis, DiagramOptions.of(Sheets.DATE)).png(), folder)) {
            List<String> sheets = new ArrayList<>(List.of("Request", "Rules"));
            for (BoundaryRules boundary : analysis.byFirewall()) {
                sheets.add(SheetNames.safe(boundary.boundary().name()));
            }
            sheets.addAll(List.of("Zone matrix", "Components", "Diagram"));
            assertThat(Sheets.names(workbook)).containsExactlyElementsOf(sheets);

            assertThat(Sheets.ruleRows(workbook.getSheet(firewallSheet)).stream().map(TemplateWorkbooksTest::described).toList())
                    .containsExactlyElementsOf(expected);
            for (String name : sheets.subList(1, sheets.size() - 3)) {
                assertRulesSheetLayout(workbook.getSheet(name));
            }
            assertThat(Sheets.column(workbook.getSheet(firewallSheet), RuleColumn.FIREWALL))
                    .containsOnly(firewall);
            assertThat(workbook.getAllPictures()).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void nodeNameTypedAsAFormulaComesBackAsAStringCell(String template, String firewall, List<String> expected) throws Exception {
        Design design = Templates.load(template, TestDesigns.CATALOG);
        Node users = design.nodes().stream().filter(n -> n.name().equals("Remote users")).findFirst()
                .orElse(design.nodes().get(0));
        FlowAnalysis analysis = TestDesigns.analyse(design.withNode(users.withName(HYPERLINK)));
        try (XSSFWorkbook workbook = Sheets.export(analysis, false, null, folder)) {
            List<Cell> cells = new ArrayList<>();
            for (String name : List.of("Rules", "Components")) {
                workbook.getSheet(name).forEach(row -> row.forEach(cell -> {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(HYPERLINK)) {
                        cells.add(cell);
                    }
                }));
            }
            assertThat(cells).hasSizeGreaterThan(1);
            assertThat(cells).allMatch(c -> c.getCellType() == CellType.STRING && c.getCellStyle().getQuotePrefixed());
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).as(sheet.getSheetName()).isNotEqualTo(CellType.FORMULA))));
        }
    }

    private static void assertRulesSheetLayout(XSSFSheet sheet) {
        String name = sheet.getSheetName();
        assertThat(Sheets.rows(sheet, RuleColumn.values().length).get(0)).as(name).containsExactly(RuleColumn.headers());
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).as(name).isTrue();
        assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
        int last = Math.max(1, sheet.getLastRowNum());
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).isEqualTo("A1:S" + (last + 1));
        XSSFDataValidation status = sheet.getDataValidations().get(0);
        assertThat(status.getValidationConstraint().getExplicitListValues()).as(name)
                .containsExactly("Requested", "Approved", "Rejected", "Implemented");
        assertThat(status.getRegions().getCellRangeAddresses()).as(name)
                .containsExactly(new CellRangeAddress(1, last, RuleColumn.STATUS.ordinal(), RuleColumn.STATUS.ordinal()));
        Sheets.assertPrintsLegibly(sheet, PaperSize.forLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)), true);
    }

    /** A rules row in the form the expected rows are written in. */
    private static String described(List<String> row) {
        RuleColumn[] columns = {RuleColumn.RULE_ID, RuleColumn.SOURCE_ZONE, RuleColumn.SOURCE_NAME, RuleColumn.SOURCE_HOST,
            RuleColumn.SOURCE_ADDRESS, RuleColumn.DESTINATION_ZONE, RuleColumn.DESTINATION_NAME, RuleColumn.DESTINATION_HOST,
            RuleColumn.DESTINATION_ADDRESS, RuleColumn.PROTOCOL, RuleColumn.PORTS, RuleColumn.CONDITION, RuleColumn.REQUIRED};
        return String.join(" | ", Stream.of(columns).map(c -> row.get(c.ordinal())).toList());
    }
}
