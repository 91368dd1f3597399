package io.portolan.io.export.workbook;

import io.portolan.io.export.RuleTable;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** A table a comparison adds beside the rules (the rules in place that nothing needs): header frozen and filterable. */
final class SideSheet {

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 48;

    private SideSheet() {
    }

    static void write(SXSSFSheet sheet, WorkbookStyles styles, PrintLayout print, RuleTable.SideTable table, String reference) {
        List<String> headers = table.headers();
        int[] widths = new int[headers.size()];
        Row header = sheet.createRow(0);
        header.setHeightInPoints(30f);
        for (int c = 0; c < headers.size(); c++) {
            Cells.text(header, c, headers.get(c), styles.header, styles);
            widths[c] = headers.get(c).length();
        }
        int next = 1;
        for (List<String> cells : table.rows()) {
            Row row = sheet.createRow(next++);
            int lines = 1;
            for (int c = 0; c < headers.size(); c++) {
                String value = c < cells.size() ? cells.get(c) : "";
                Cells.text(row, c, value, styles.wrapped, styles);
                widths[c] = Math.max(widths[c], TextLines.longestLine(value));
                lines = Math.max(lines, TextLines.count(value, Math.min(MAX_WIDTH, widths[c] + 2)));
            }
            if (lines > 1) {
                row.setHeightInPoints(TextLines.height(lines));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, next - 1), 0, headers.size() - 1));
        print.table(sheet, headers.size(), true, true, 1, table.name(), reference);
    }
}
