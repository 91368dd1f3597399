package io.portolan.io.export.workbook;

import io.portolan.io.export.CompareColumn;
import io.portolan.io.export.RequestColumn;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;

/**
 * Writes a table of rules, streamed: the Rules sheet with every row, and each firewall's sheet with its
 * own. The header row is styled, frozen and filterable, Status is a drop-down, and the sheet prints
 * landscape at the page width with the header on every page.
 */
final class RulesSheet {

    private static final float HEADER_HEIGHT = 30f;
    private static final byte[][] STATUS_FILLS = {
        {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE},
        {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE},
        {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7},
    };

    /** Add green, Remove red, Change violet, as the window marks the edges. */
    private static final byte[][] CHANGE_FILLS = {
        {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE},
        {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE},
        {(byte) 0xE9, (byte) 0xD5, (byte) 0xFF},
    };
    private static final String[] CHANGES = {"Add", "Remove", "Change"};

    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final RequestColumn[] columns;
    private final PrintLayout print;

    RulesSheet(SXSSFWorkbook workbook, WorkbookStyles styles, PrintLayout print, List<RequestColumn> columns) {
        this.workbook = workbook;
        this.styles = styles;
        this.print = print;
        this.columns = columns.toArray(RequestColumn[]::new);
    }

    /**
     * Writes one sheet of rules.
     *
     * @param name the sheet's name, already valid and unique
     * @param rows all rows of the table
     * @param from the first row to write (its number is {@code from + 1})
     * @param to one past the last row to write
     * @param longest the longest line of each column over the rows written, from {@link #longestLines}
     * @param caption the page header's left side
     * @param reference the page header's right side
     */
    void write(String name, List<RuleRow> rows, int from, int to, int[] longest, String caption, String reference) {
        SXSSFSheet sheet = workbook.createSheet(name);
        int[] widths = widths(longest, to);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(HEADER_HEIGHT);
        for (int c = 0; c < columns.length; c++) {
            Cells.text(header, c, columns[c].header(), styles.header, styles);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        // merged rows repeat the same shared texts, so each text's line count is worked out once per sheet
        List<Map<String, Integer>> lines = new ArrayList<>(columns.length);
        for (int c = 0; c < columns.length; c++) {
            lines.add(new HashMap<>());
        }
        for (int i = from; i < to; i++) {
            writeRow(sheet.createRow(i - from + 1), i + 1, rows.get(i), widths, lines);
        }
        int lastRow = Math.max(1, to - from);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.length - 1));
        int status = indexOf(RuleColumn.STATUS);
        statusDropDown(sheet, lastRow, status);
        colours(sheet, lastRow, status, RuleColumn.STATUSES, 1, STATUS_FILLS);
        int change = indexOf(CompareColumn.CHANGE);
        if (change >= 0) {
            colours(sheet, lastRow, change, CHANGES, 0, CHANGE_FILLS);
        }
        workbook.getXSSFWorkbook().getSheet(name).addIgnoredErrors(
                new CellRangeAddress(1, lastRow, 0, columns.length - 1), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        print.table(sheet, columns.length, true, true, indexOf(RuleColumn.FIREWALL) + 1, caption, reference);
    }

    private int indexOf(RequestColumn column) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == column) {
                return c;
            }
        }
        return -1;
    }

    /** The longest line of each column (in the order given) over the rows {@code from} to {@code to}. */
    static int[] longestLines(List<RequestColumn> columns, List<RuleRow> rows, int from, int to) {
        int[] longest = new int[columns.size()];
        for (int i = from; i < to; i++) {
            RuleRow row = rows.get(i);
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c) != RuleColumn.NUMBER) {
                    longest[c] = Math.max(longest[c], TextLines.longestLine(row.text(columns.get(c))));
                }
            }
        }
        return longest;
    }

    /** The longest lines over several ranges of rows: the larger of each column. */
    static int[] max(int[] a, int[] b) {
        int[] result = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = Math.max(a[i], b[i]);
        }
        return result;
    }

    /** Column widths in characters: each column as wide as its longest line, within the column's range. */
    private int[] widths(int[] longest, int lastNumber) {
        int[] widths = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            RequestColumn column = columns[c];
            widths[c] = column.width(column == RuleColumn.NUMBER ? Integer.toString(Math.max(1, lastNumber)).length() : longest[c]);
        }
        return widths;
    }

    private void writeRow(Row row, int number, RuleRow rule, int[] widths, List<Map<String, Integer>> lineCounts) {
        boolean flagged = rule.unrouted();
        Cells.number(row, indexOf(RuleColumn.NUMBER), number, flagged ? styles.flaggedNumber : styles.number);
        CellStyle text = flagged ? styles.flaggedText : styles.text;
        CellStyle wrapped = flagged ? styles.flaggedWrapped : styles.wrapped;
        int lines = 1;
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == RuleColumn.NUMBER) {
                continue;
            }
            String value = rule.text(columns[c]);
            boolean wraps = columns[c].wraps();
            Cells.text(row, c, value, wraps ? wrapped : text, styles);
            if (wraps && (value.length() >= widths[c] - 1 || value.indexOf('\n') >= 0)) {
                int width = widths[c];
                lines = Math.max(lines, lineCounts.get(c).computeIfAbsent(value, v -> TextLines.count(v, width)));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(TextLines.height(lines));
        }
    }

    private static void statusDropDown(SXSSFSheet sheet, int lastRow, int column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(RuleColumn.STATUSES),
                new CellRangeAddressList(1, lastRow, column, column));
        // POI's XSSF flag is inverted: "suppress" here writes the attribute that shows the arrow
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Status", "Choose " + String.join(", ", RuleColumn.STATUSES) + ".");
        sheet.addValidationData(validation);
    }

    /** Fills the cells of a column that hold one of the values, from {@code first} on, each with its colour. */
    private static void colours(SXSSFSheet sheet, int lastRow, int column, String[] values, int first, byte[][] fills) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(1, lastRow, column, column)};
        for (int i = first; i < values.length; i++) {
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + values[i] + "\"");
            XSSFPatternFormatting fill = (XSSFPatternFormatting) rule.createPatternFormatting();
            fill.setFillBackgroundColor(new XSSFColor(fills[i - first], null));
            formatting.addConditionalFormatting(range, rule);
        }
    }
}
