package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.io.Cancellation;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules that do not fit one worksheet go on over further sheets: written here with a worksheet of a few rows, and
 * compared with the same request written on sheets that hold every row.
 */
class ContinuedRulesSheetsTest {

    @TempDir
    Path folder;

    private RuleTable table;
    /** The rules sheets of the request written whole: each sheet's name and data rows, in order. */
    private Map<String, List<List<String>>> whole;

    @BeforeEach
    void writeTheWholeRequest() throws IOException {
        table = RuleTable.of(TestDesigns.analyse(TestDesigns.citrixOnPremises()), true);
        whole = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = write(RuleSheets.WORKSHEET_ROWS, "whole.xlsx")) {
            for (String name : rulesSheets(workbook)) {
                whole.put(name, Sheets.ruleRows(workbook.getSheet(name)));
            }
        }
        assertThat(whole.get(WorkbookExporter.RULES)).hasSize(table.rows().size()).hasSizeGreaterThan(40);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 40})
    void eachListGoesOnOverSheetsNamedAfterItsFirstWithNothingLostOrRepeated(int rowsPerSheet) throws IOException {
        try (XSSFWorkbook workbook = write(rowsPerSheet, "split.xlsx")) {
            List<String> expectedNames = new ArrayList<>();
            for (Map.Entry<String, List<List<String>>> listing : whole.entrySet()) {
                int sheets = Math.max(1, (listing.getValue().size() + rowsPerSheet - 1) / rowsPerSheet);
                expectedNames.add(listing.getKey());
                IntStream.rangeClosed(2, sheets).forEach(part -> expectedNames.add(SheetNames.continued(listing.getKey(), part)));
            }
            assertThat(rulesSheets(workbook)).isEqualTo(expectedNames);
            for (Map.Entry<String, List<List<String>>> listing : whole.entrySet()) {
                List<List<String>> joined = new ArrayList<>();
                for (XSSFSheet part : parts(workbook, listing.getKey())) {
                    List<List<String>> rows = Sheets.ruleRows(part);
                    assertThat(rows.size()).as(part.getSheetName()).isLessThanOrEqualTo(rowsPerSheet);
                    joined.addAll(rows);
                }
                assertThat(joined).as(listing.getKey()).isEqualTo(listing.getValue());
            }
        }
    }

    @Test
    void theRuleNumbersRunOnAcrossTheContinuedSheetsOfTheRulesList() throws IOException {
        try (XSSFWorkbook workbook = write(9, "split.xlsx")) {
            List<String> numbers = parts(workbook, WorkbookExporter.RULES).stream()
                    .flatMap(sheet -> Sheets.column(sheet, RuleColumn.NUMBER).stream()).toList();
            assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, table.rows().size()).mapToObj(Integer::toString).toList());
            assertThat(Sheets.column(workbook.getSheet("Rules (2)"), RuleColumn.NUMBER).get(0)).isEqualTo("10");
        }
    }

    @Test
    void everyContinuedSheetIsHeadedWideFrozenFilteredAndPrintedAsItsFirst() throws IOException {
        try (XSSFWorkbook workbook = write(8, "split.xlsx")) {
            int columns = RuleColumn.values().length;
            for (String listing : whole.keySet()) {
                List<XSSFSheet> parts = parts(workbook, listing);
                XSSFSheet first = parts.get(0);
                for (int i = 0; i < parts.size(); i++) {
                    XSSFSheet part = parts.get(i);
                    String name = part.getSheetName();
                    assertThat(Sheets.rows(part, columns).get(0)).as(name).isEqualTo(Sheets.rows(first, columns).get(0));
                    assertThat(part.getRow(0).getHeightInPoints()).as(name).isEqualTo(first.getRow(0).getHeightInPoints());
                    for (int c = 0; c < columns; c++) {
                        assertThat(part.getColumnWidth(c)).as(name + " column " + c).isEqualTo(first.getColumnWidth(c));
                    }
                    PaneInformation pane = part.getPaneInformation();
                    assertThat(pane.isFreezePane()).as(name).isTrue();
                    assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                    int last = Math.max(1, Sheets.ruleRows(part).size());
                    assertThat(part.getCTWorksheet().getAutoFilter().getRef()).as(name)
                            .isEqualTo(new CellRangeAddress(0, last, 0, columns - 1).formatAsString());
                    assertThat(part.getDataValidations()).as(name).singleElement()
                            .satisfies(v -> assertThat(v.getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo(last));
                    assertThat(part.getSheetConditionalFormatting().getNumConditionalFormattings()).as(name)
                            .isEqualTo(first.getSheetConditionalFormatting().getNumConditionalFormattings());
                    assertPrintsAs(part, first);
                    String caption = part.getHeader().getLeft();
                    assertThat(caption).as(name).isEqualTo(parts.size() == 1 ? first.getHeader().getLeft()
                            : first.getHeader().getLeft().replaceAll(" \\(1 of \\d+\\)$", "") + " (" + (i + 1) + " of " + parts.size() + ")");
                }
            }
        }
    }

    private static void assertPrintsAs(XSSFSheet part, XSSFSheet first) {
        String name = part.getSheetName();
        assertThat(part.getPrintSetup().getLandscape()).as(name).isTrue();
        assertThat(part.getPrintSetup().getPaperSize()).as(name).isEqualTo(first.getPrintSetup().getPaperSize());
        assertThat(part.getPrintSetup().getScale()).as(name).isEqualTo(first.getPrintSetup().getScale());
        assertThat(part.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
        assertThat(part.getRepeatingColumns()).as(name).isEqualTo(first.getRepeatingColumns());
        assertThat(part.getColumnBreaks()).as(name).isEqualTo(first.getColumnBreaks());
        assertThat(part.getFooter().getLeft()).as(name).isEqualTo("&A");
        assertThat(part.getHeader().getRight()).as(name).isEqualTo(first.getHeader().getRight());
    }

    @Test
    void eachCellKeepsItsStyleOnAContinuedSheet() throws IOException {
        try (XSSFWorkbook split = write(6, "split.xlsx"); XSSFWorkbook one = write(RuleSheets.WORKSHEET_ROWS, "one.xlsx")) {
            List<String> looks = new ArrayList<>();
            parts(split, WorkbookExporter.RULES).forEach(sheet -> looks.addAll(looks(sheet)));
            List<String> expected = looks(one.getSheet(WorkbookExporter.RULES));
            assertThat(looks).isEqualTo(expected);
            assertThat(expected).as("flagged, wrapped and quoted cells among them").anyMatch(l -> l.contains("quoted"))
                    .anyMatch(l -> l.contains("wrapped")).hasSizeGreaterThan(table.rows().size());
            assertThat(expected.stream().distinct().count()).as("cells of different looks").isGreaterThan(3);
        }
    }

    /** How each data cell of the sheet looks: its fill, whether it wraps and whether it is quoted text, and its height. */
    private static List<String> looks(XSSFSheet sheet) {
        List<String> looks = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            for (Cell cell : row) {
                XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                XSSFColor fill = style.getFillForegroundColorColor();
                looks.add((fill == null ? "-" : fill.getARGBHex()) + (style.getWrapText() ? " wrapped" : "")
                        + (style.getQuotePrefixed() ? " quoted" : "") + " " + row.getHeightInPoints());
            }
        }
        return looks;
    }

    @Test
    void aListOfExactlyASheetsRowsTakesOneSheetAndOneMoreRowTakesTwo() throws IOException {
        int rules = table.rows().size();
        try (XSSFWorkbook exact = write(rules, "exact.xlsx")) {
            assertThat(Sheets.names(exact)).doesNotContain("Rules (2)");
            assertThat(Sheets.rows(exact.getSheet(RequestSheet.NAME), 1)).noneMatch(r -> r.get(0).equals("Continued sheets"));
        }
        try (XSSFWorkbook over = write(rules - 1, "over.xlsx")) {
            assertThat(Sheets.ruleRows(over.getSheet("Rules (2)"))).singleElement()
                    .isEqualTo(whole.get(WorkbookExporter.RULES).get(rules - 1));
            assertThat(Sheets.names(over)).doesNotContain("Rules (3)");
        }
    }

    @Test
    void theRequestSheetSaysWhereEachContinuedListGoesOn() throws IOException {
        int rowsPerSheet = 15;
        try (XSSFWorkbook workbook = write(rowsPerSheet, "split.xlsx")) {
            List<List<String>> request = Sheets.rows(workbook.getSheet(RequestSheet.NAME), 2);
            int section = request.indexOf(List.of("Continued sheets", ""));
            assertThat(section).isPositive();
            assertThat(request.get(section + 1).get(0)).startsWith("A worksheet holds 15 rules");
            Map<String, String> lines = new LinkedHashMap<>();
            for (List<String> row : request.subList(section + 2, request.size())) {
                if (row.get(0).isEmpty()) {
                    break;
                }
                lines.put(row.get(0), row.get(1));
            }
            List<String> continued = rulesSheets(workbook).stream()
                    .filter(name -> !whole.containsKey(name) || workbook.getSheet(SheetNames.continued(name, 2)) != null).toList();
            assertThat(lines.keySet()).containsExactlyElementsOf(continued);
            int rules = table.rows().size();
            int sheets = (rules + rowsPerSheet - 1) / rowsPerSheet;
            assertThat(lines.get("Rules")).isEqualTo("Rules 1 to 15 (1 of " + sheets + "); goes on at 'Rules (2)'.");
            assertThat(lines.get("Rules (2)")).startsWith("Rules 16 to 30 (2 of " + sheets + "); goes on from 'Rules' to");
            assertThat(lines.get("Rules (" + sheets + ")")).isEqualTo(String.format("Rules %d to %d (%d of %d); goes on from"
                    + " 'Rules (%d)', the last.", (sheets - 1) * rowsPerSheet + 1, rules, sheets, sheets, sheets - 1));
        }
    }

    /** Writes the request with each rules sheet taking at most {@code rowsPerSheet} rows, and opens it. */
    private XSSFWorkbook write(int rowsPerSheet, String name) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            WorkbookExporter.write(table, new WorkbookOptions(true, null, Sheets.DATE), null, null, out, Cancellation.none(),
                    rowsPerSheet);
        }
        return Sheets.open(file);
    }

    /** The rules sheets, in order: from Rules up to the Zone matrix. */
    private static List<String> rulesSheets(XSSFWorkbook workbook) {
        List<String> names = Sheets.names(workbook);
        return names.subList(names.indexOf(WorkbookExporter.RULES), names.indexOf(ZoneMatrixSheet.NAME));
    }

    /** A listing's sheets: its first, then "(2)", "(3)", ... while they are there. */
    private static List<XSSFSheet> parts(XSSFWorkbook workbook, String first) {
        List<XSSFSheet> parts = new ArrayList<>(List.of(workbook.getSheet(first)));
        for (int part = 2; workbook.getSheet(SheetNames.continued(first, part)) != null; part++) {
            parts.add(workbook.getSheet(SheetNames.continued(first, part)));
        }
        return parts;
    }
}
