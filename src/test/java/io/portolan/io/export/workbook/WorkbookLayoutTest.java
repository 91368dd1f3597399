package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.io.export.RuleColumn;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of a rules sheet: header, frozen pane, filter, drop-down, widths and print setup. */
class WorkbookLayoutTest {

    @TempDir
    Path folder;

    @Test
    void sheetsAreRequestRulesOnePerFirewallAndBoundaryZoneMatrixAndComponents() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), false, null, folder)) {
            // design firewalls in design order, then implicit boundaries in the order of their first flow (the admin
            // PC's first crossing flow is to the Gateway: its Provisioning console row to the Cloud Connector needs
            // pvs-console, which it does not run; and it reaches the lab VDA only for Remote Assistance, which it
            // does not switch on, so no flow crosses the Management - Lab boundary)
            assertThat(Sheets.names(workbook)).containsExactly("Request", "Rules", "FW-Outer", "FW-Inner", "FW-Lab",
                    "DMZ - Management boundary", "Internal - Management boundary",
                    "Zone matrix", "Components");
            assertThat(workbook.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void everyRulesSheetHasTheStyledHeaderInTheIssuesColumnOrder() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), false, null, folder)) {
            for (String name : List.of("Rules", "FW-Outer", "FW-Inner")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(Sheets.rows(sheet, 19).get(0)).containsExactly("No.", "Rule id", "Firewall", "Source zone", "Source name",
                        "Source host", "Source address", "Destination zone", "Destination name", "Destination host",
                        "Destination address", "Protocol", "Port(s)", "Service / purpose", "Condition", "Required / optional",
                        "Vendor reference", "Status", "Comments");
                XSSFCellStyle header = sheet.getRow(0).getCell(0).getCellStyle();
                assertThat(header.getFont().getBold()).isTrue();
                assertThat(header.getFillForegroundColorColor().getARGBHex()).isEqualTo("FF1F3A5F");
                assertThat(header.getWrapText()).isTrue();
            }
        }
    }

    @Test
    void headerRowIsFrozenAndFiltersEveryColumnOfEveryRow() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), false, null, folder)) {
            for (String name : List.of("Rules", "FW-Inner", "FW-Lab", "Components")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as(name).isZero();
                int lastColumn = sheet.getRow(0).getLastCellNum() - 1;
                CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
                assertThat(filter.getFirstRow()).isZero();
                assertThat(filter.getLastRow()).as(name).isEqualTo(Math.max(1, sheet.getLastRowNum()));
                assertThat(filter.getLastColumn()).isEqualTo(lastColumn);
            }
        }
    }

    @Test
    void statusIsADropDownOfRequestedApprovedRejectedImplementedOnEveryRow() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), false, null, folder)) {
            XSSFSheet rules = workbook.getSheet("Rules");
            List<XSSFDataValidation> validations = rules.getDataValidations();
            assertThat(validations).hasSize(1);
            XSSFDataValidation status = validations.get(0);
            assertThat(status.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
            assertThat(status.getValidationConstraint().getExplicitListValues())
                    .containsExactly("Requested", "Approved", "Rejected", "Implemented");
            assertThat(status.getRegions().getCellRangeAddresses()).containsExactly(
                    new CellRangeAddress(1, rules.getLastRowNum(), RuleColumn.STATUS.ordinal(), RuleColumn.STATUS.ordinal()));
            assertThat(status.getShowErrorBox()).isTrue();
            assertThat(status.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            // Excel's attribute is inverted: showDropDown="1" would hide the arrow
            assertThat(rules.getCTWorksheet().getDataValidations().getDataValidationArray(0).getShowDropDown()).isFalse();
            assertThat(Sheets.column(rules, RuleColumn.STATUS)).containsOnly("Requested");
        }
    }

    @Test
    void rulesSheetsPrintLandscapeLegiblyWithTheHeaderOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), false, null, folder)) {
            for (String name : List.of("Rules", "FW-Outer", "Components")) {
                XSSFSheet sheet = workbook.getSheet(name);
                Sheets.assertPrintsLegibly(sheet, PaperSize.forLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)), true);
                assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
            }
            assertThat(workbook.getSheet("Rules").getHeader().getRight()).isEqualTo("CHG0012345");
        }
    }

    @Test
    void columnsAreWideEnoughForTheirHeaderWordsAndNoWiderThanTheirLimit() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), false, null, folder)) {
            XSSFSheet rules = workbook.getSheet("Rules");
            for (RuleColumn column : RuleColumn.values()) {
                int width = rules.getColumnWidth(column.ordinal()) / 256;
                int longestWord = Arrays.stream(column.header().split(" ")).mapToInt(String::length).max().orElse(0);
                assertThat(width).as(column.header()).isGreaterThan(longestWord).isLessThanOrEqualTo(36);
            }
            Row wrapped = rules.getRow(3);
            assertThat(wrapped.getHeightInPoints()).isGreaterThan(TextLines.LINE_HEIGHT);
        }
    }

    @Test
    void diagramSheetHoldsTheSuppliedPictureAndIsLeftOutWithoutOne() throws Exception {
        byte[] png = TestPictures.png(40, 20);
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), false, png, folder)) {
            assertThat(Sheets.names(workbook)).endsWith("Components", "Diagram");
            assertThat(workbook.getAllPictures()).hasSize(1);
            assertThat(workbook.getAllPictures().get(0).getData()).isEqualTo(png);
            assertThat(workbook.getSheet("Diagram").getDrawingPatriarch().getShapes()).hasSize(1);
        }
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), true, null, folder)) {
            assertThat(Sheets.names(workbook)).doesNotContain("Diagram");
            assertThat(workbook.getAllPictures()).isEmpty();
        }
    }
}
