package io.portolan.io.export.workbook;

import io.portolan.io.export.CompareColumn;
import io.portolan.io.export.RequestColumn;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleRow;
import java.io.IOException;
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
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;

/**
 * Writes a table of rules, streamed: the Rules sheet with every row, and each firewall's sheet with its
 * own. The header row is styled, frozen and filterable, Status is a drop-down, and the sheet prints
 * landscape at the page width with the header on every page.
 */
final class RulesSheet {

    private static final float HEADER_HEIGHT = 30f;
    /** How many rows are written between two looks at whether the write was cancelled. */
    private static final int CANCEL_CHECK_ROWS = 500;
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

    private final StreamingWorkbook workbook;
    private final WorkbookStyles styles;
    private final RequestColumn[] columns;
    private final PrintLayout print;
    /** The style of each column's cells, [0] of a routed row, [1] of a flagged one; then their quote-prefixed twins. */
    private final int[][] plain;
    private final int[][] quoted;

    RulesSheet(StreamingWorkbook workbook, WorkbookStyles styles, PrintLayout print, List<RequestColumn> columns) {
        this.workbook = workbook;
        this.styles = styles;
        this.print = print;
        this.columns = columns.toArray(RequestColumn[]::new);
        plain = new int[2][this.columns.length];
        quoted = new int[2][this.columns.length];
        for (int flagged = 0; flagged < 2; flagged++) {
            for (int c = 0; c < this.columns.length; c++) {
                plain[flagged][c] = index(base(flagged == 1, c));
                quoted[flagged][c] = -1;
            }
        }
    }

    /**
     * Writes one sheet of rules: the whole listing, or one part of a listing too long for a sheet, headed and laid out
     * as every other part of it.
     *
     * @param listing the Rules sheet or a firewall's, its widths and caption
     * @param part the sheet to write: its name (already valid and unique) and its rows
     * @param rows all rows of the table
     * @param reference the page header's right side
     */
    void write(RuleSheets.Listing listing, RuleSheets.Sheet part, List<RuleRow> rows, String reference) {
        String name = part.name();
        int from = part.from();
        int to = part.to();
        SXSSFSheet sheet = workbook.createSheet(name);
        int[] widths = widths(listing.longest(), listing.to());
        Row header = sheet.createRow(0);
        header.setHeightInPoints(HEADER_HEIGHT);
        for (int c = 0; c < columns.length; c++) {
            Cells.text(header, c, columns[c].header(), styles.header, styles);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        prepare(rows, from, to);
        workbook.streamRows(sheet, to - from + 1, columns.length, xml -> writeRows(xml, rows, from, to, widths));
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
        print.table(sheet, columns.length, true, true, indexOf(RuleColumn.FIREWALL) + 1, listing.caption(part), reference);
    }

    private int indexOf(RequestColumn column) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == column) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The longest line of each column (in the order given) over the rows {@code from} to {@code to}, each distinct text
     * measured once; the texts are added to the shared strings.
     */
    static int[] longestLines(SharedTexts texts, List<RequestColumn> columns, List<RuleRow> rows, int from, int to) {
        RequestColumn[] order = columns.toArray(RequestColumn[]::new);
        int[] longest = new int[order.length];
        for (int i = from; i < to; i++) {
            RuleRow row = rows.get(i);
            for (int c = 0; c < order.length; c++) {
                if (order[c] != RuleColumn.NUMBER) {
                    longest[c] = Math.max(longest[c], texts.text(row.text(order[c])).longestLine);
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

    /**
     * Adds the texts of the rows to the shared strings and makes the quote-prefixed styles their cells take: the
     * workbook's styles and shared strings are written before its rows.
     */
    private void prepare(List<RuleRow> rows, int from, int to) {
        SharedTexts texts = workbook.texts();
        for (int i = from; i < to; i++) {
            RuleRow rule = rows.get(i);
            int flagged = rule.unrouted() ? 1 : 0;
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] != RuleColumn.NUMBER && texts.use(rule.text(columns[c])).formulaLike && quoted[flagged][c] < 0) {
                    quoted[flagged][c] = index(styles.quoted(base(flagged == 1, c)));
                }
            }
        }
    }

    /** Writes the data rows {@code from} to {@code to}, the first as the sheet's second row, below the header. */
    private void writeRows(RowXml xml, List<RuleRow> rows, int from, int to, int[] widths) throws IOException {
        SharedTexts texts = workbook.texts();
        // merged rows repeat the same shared texts, so each text's line count is worked out once per sheet
        List<Map<SharedTexts.Text, Integer>> lineCounts = new ArrayList<>(columns.length);
        for (int c = 0; c < columns.length; c++) {
            lineCounts.add(new HashMap<>());
        }
        SharedTexts.Text[] cells = new SharedTexts.Text[columns.length];
        for (int i = from; i < to; i++) {
            if ((i - from) % CANCEL_CHECK_ROWS == 0) {
                workbook.checkCancelled();
            }
            RuleRow rule = rows.get(i);
            int flagged = rule.unrouted() ? 1 : 0;
            for (int c = 0; c < columns.length; c++) {
                cells[c] = columns[c] == RuleColumn.NUMBER ? null : texts.added(rule.text(columns[c]));
            }
            int lines = lines(cells, widths, lineCounts);
            xml.startRow(i - from + 2, lines > 1 ? TextLines.height(lines) : 0);
            for (int c = 0; c < columns.length; c++) {
                SharedTexts.Text text = cells[c];
                if (text == null) {
                    xml.number(c, plain[flagged][c], i + 1);
                } else if (text.index < 0) {
                    xml.blank(c, plain[flagged][c]);
                } else {
                    xml.shared(c, text.formulaLike ? quoted[flagged][c] : plain[flagged][c], text.index);
                }
            }
            xml.endRow();
        }
    }

    /** The lines the row's tallest wrapped cell takes. */
    private int lines(SharedTexts.Text[] cells, int[] widths, List<Map<SharedTexts.Text, Integer>> lineCounts) {
        int lines = 1;
        for (int c = 0; c < columns.length; c++) {
            SharedTexts.Text text = cells[c];
            if (text == null || !columns[c].wraps()) {
                continue;
            }
            if (text.raw.length() >= widths[c] - 1 || text.multiLine) {
                int width = widths[c];
                lines = Math.max(lines, lineCounts.get(c).computeIfAbsent(text, t -> TextLines.count(t.raw, width)));
            }
        }
        return lines;
    }

    /** The style of a column's cells, flagged for a flow without a route and wrapped in the columns that wrap. */
    private CellStyle base(boolean flagged, int column) {
        if (columns[column] == RuleColumn.NUMBER) {
            return flagged ? styles.flaggedNumber : styles.number;
        }
        return columns[column].wraps() ? flagged ? styles.flaggedWrapped : styles.wrapped : flagged ? styles.flaggedText : styles.text;
    }

    private static int index(CellStyle style) {
        return style.getIndex() & 0xffff;
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
