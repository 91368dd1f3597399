package io.portolan.io.export.workbook;

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
