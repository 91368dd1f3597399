package io.portolan.io.export.workbook;

import io.portolan.io.export.CellText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes cells so that text stays text: every value a user typed becomes a string cell, never a formula,
 * whatever character it starts with, made fit for a cell ({@link CellText}).
 */
final class Cells {

    private Cells() {
    }

    /** Writes text as a string cell with the style; empty text gives a styled blank cell. */
    static Cell text(Row row, int column, String text, CellStyle style, WorkbookStyles styles) {
        Cell cell = row.createCell(column);
        if (text == null || text.isEmpty()) {
            cell.setCellStyle(style);
            return cell;
        }
        String safe = CellText.safe(text);
        cell.setCellStyle(styles.forText(style, safe));
        cell.setCellValue(safe);
        return cell;
    }

    /** Writes a number cell with the style. */
    static Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** True when a spreadsheet would read the text as a formula if it were typed into a cell. */
    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
