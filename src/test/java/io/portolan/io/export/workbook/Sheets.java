package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.OutputFileException;
import io.portolan.io.export.RuleColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes workbooks for the tests and reads them back with POI, as a firewall team's spreadsheet would. */
final class Sheets {

    static final LocalDate DATE = LocalDate.of(2025, 3, 14);
    private static final DataFormatter FORMATTER = new DataFormatter();

    private Sheets() {
    }

    /** Exports the analysis to a file in the folder and opens the result. */
    static XSSFWorkbook export(FlowAnalysis analysis, boolean detailed, byte[] png, Path folder) throws OutputFileException, IOException {
        Path file = folder.resolve(detailed ? "detailed.xlsx" : "request.xlsx");
        WorkbookExporter.export(analysis, new WorkbookOptions(detailed, png, DATE), file);
        return open(file);
    }

    /**
     * Checks that the sheet prints on the paper, landscape or not, with its text at 7 points or more, the header row on
     * every page, and each page's columns (its own and the repeated ones) within the printable width.
     */
    static void assertPrintsLegibly(XSSFSheet sheet, PaperSize paper, boolean landscape) {
        String name = sheet.getSheetName();
        XSSFPrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).as(name).isEqualTo(paper.code());
        assertThat(print.getLandscape()).as(name).isEqualTo(landscape);
        assertThat(sheet.getFitToPage()).as(name).isFalse();
        assertThat(WorkbookStyles.FONT_SIZE * print.getScale() / 100.0).as(name).isGreaterThanOrEqualTo(7);
        assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
        double room = (landscape ? paper.height() : paper.width()) - 2 * 0.4 * 72;
        int columns = sheet.getRow(0).getLastCellNum();
        CellRangeAddress repeated = sheet.getRepeatingColumns();
        double repeatedWidth = 0;
        if (repeated != null) {
            for (int c = repeated.getFirstColumn(); c <= repeated.getLastColumn(); c++) {
                repeatedWidth += points(sheet, c);
            }
        }
        List<Integer> ends = new ArrayList<>();
        for (int c = 0; c < columns - 1; c++) {
            if (sheet.isColumnBroken(c)) {
                ends.add(c);
            }
        }
        assertThat(repeated != null).as(name + ": first columns repeated when it takes pages across").isEqualTo(!ends.isEmpty());
        ends.add(columns - 1);
        int first = 0;
        for (int end : ends) {
            double width = first == 0 ? 0 : repeatedWidth;
            for (int c = first; c <= end; c++) {
                width += points(sheet, c);
            }
            assertThat(width * print.getScale() / 100).as(name + ": columns " + first + " to " + end).isLessThanOrEqualTo(room);
            first = end + 1;
        }
    }

    /** A column's width in points at 100%, as LibreOffice draws Calibri 11 (Excel draws it a little narrower). */
    private static double points(XSSFSheet sheet, int column) {
        return sheet.getColumnWidth(column) / 256.0 * 5.575;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The sheet's names, in order. */
    static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** Every row as the text a reader sees, from the first row, each padded to {@code width} cells. */
    static List<List<String>> rows(Sheet sheet, int width) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                cells.add(cell == null ? "" : FORMATTER.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The data rows of a rules sheet (the header left out). */
    static List<List<String>> ruleRows(Sheet sheet) {
        List<List<String>> rows = rows(sheet, RuleColumn.values().length);
        return rows.subList(1, rows.size());
    }

    /** One column of the data rows of a rules sheet. */
    static List<String> column(Sheet sheet, RuleColumn column) {
        return ruleRows(sheet).stream().map(r -> r.get(column.ordinal())).toList();
    }
}
