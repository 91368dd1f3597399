package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.ObjectNaming;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectsSheetTest {

    @TempDir
    Path folder;

    private XSSFWorkbook exportWithObjects(FlowAnalysis analysis, boolean detailed) throws Exception {
        FirewallObjects objects = FirewallObjects.of(analysis.rules(detailed), analysis.design(), ObjectNaming.DEFAULT);
        Path file = folder.resolve("objects.xlsx");
        WorkbookExporter.export(analysis, new WorkbookOptions(detailed, null, Sheets.DATE), objects, file);
        return Sheets.open(file);
    }

    @Test
    void aWorkbookWithObjectsListsThemAfterTheComponents() throws Exception {
        try (XSSFWorkbook workbook = exportWithObjects(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), false)) {
            List<String> names = Sheets.names(workbook);
            assertThat(names.subList(names.indexOf("Components"), names.size())).containsExactly("Components", "Objects");
            List<List<String>> rows = Sheets.rows(workbook.getSheet("Objects"), ObjectsSheet.HEADERS.length);
            assertThat(rows.get(0)).containsExactly(ObjectsSheet.HEADERS);
            assertThat(rows).contains(List.of("CITRIX_GATEWAY", "Host", "192.0.2.10", "Citrix Gateway (DMZ)", "1-4"),
                    List.of("STOREFRONT", "Host", "10.0.1.20", "StoreFront (Internal)", "3-4"),
                    List.of("TCP_80_443", "Service group", "TCP_80, TCP_443", "TCP 80, 443", "3"));
        }
    }

    @Test
    void theRulesSheetNamesObjectsWhereItWouldWriteAddresses() throws Exception {
        try (XSSFWorkbook workbook = exportWithObjects(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), false)) {
            assertThat(Sheets.column(workbook.getSheet("Rules"), RuleColumn.DESTINATION_ADDRESS)).contains("CITRIX_GATEWAY", "STOREFRONT");
            assertThat(Sheets.column(workbook.getSheet("FW-Inner"), RuleColumn.SOURCE_ADDRESS)).containsExactly("CITRIX_GATEWAY", "STOREFRONT");
        }
    }

    @Test
    void theRequestSheetCountsTheRulesOnceGroupedIntoObjects() throws Exception {
        try (XSSFWorkbook workbook = exportWithObjects(TestDesigns.analyse(TestDesigns.citrixOnPremises()), true)) {
            assertThat(Sheets.rows(workbook.getSheet("Request"), 3)).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("Rules with objects"));
        }
    }

    @Test
    void aWorkbookWithoutObjectsHasNoObjectsSheet() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), false, null, folder)) {
            assertThat(Sheets.names(workbook)).doesNotContain("Objects");
        }
    }

    @Test
    void objectsOfAnotherRequestAreRefused() throws Exception {
        FlowAnalysis analysis = TestDesigns.analyse(TestDesigns.gatewayToStoreFront());
        FirewallObjects detailed = FirewallObjects.of(analysis.rules(true), analysis.design(), ObjectNaming.DEFAULT);

        assertThatThrownBy(() -> WorkbookExporter.export(analysis, new WorkbookOptions(false, null, Sheets.DATE), detailed,
                folder.resolve("x.xlsx"))).isInstanceOf(IllegalArgumentException.class);
    }
}
