package io.portolan.io.export.workbook;

import io.portolan.io.export.objects.AddressObject;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.RuleNumbers;
import io.portolan.io.export.objects.ServiceObject;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The objects a firewall team creates before the rules that use them: every address object (a node's address, a
 * zone's ranges, a group of them) and every service object, with what it holds and the rules of the request that
 * name it.
 */
final class ObjectsSheet {

    static final String NAME = "Objects";
    static final String[] HEADERS = {"Object", "Kind", "Value or members", "Stands for", "Used by rules"};
    private static final int[] MIN_WIDTHS = {14, 10, 16, 16, 12};
    private static final int[] MAX_WIDTHS = {33, 14, 44, 44, 40};
    /** A group of a thousand sources lists many names: its row grows no taller than this, and the cell scrolls. */
    private static final int MAX_LINES = 12;

    private ObjectsSheet() {
    }

    /** Writes the address objects in the order they are listed, then the services. */
    static void write(SXSSFSheet sheet, WorkbookStyles styles, PrintLayout print, FirewallObjects objects, String reference) {
        List<String[]> rows = new ArrayList<>(objects.addresses().size() + objects.services().size());
        for (AddressObject address : objects.addresses()) {
            rows.add(new String[] {address.name(), address.kind().label(), address.value(), address.description(),
                RuleNumbers.runs(objects.usedBy(address))});
        }
        for (ServiceObject service : objects.services()) {
            rows.add(new String[] {service.name(), service.kindLabel(), service.value(),
                service.isGroup() ? service.protocol() + " " + service.ports() : "", RuleNumbers.runs(objects.usedBy(service))});
        }
        Row header = sheet.createRow(0);
        int[] widths = new int[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            Cells.text(header, c, HEADERS[c], styles.header, styles);
            int longest = HEADERS[c].length();
            for (String[] row : rows) {
                longest = Math.max(longest, TextLines.longestLine(row[c]));
            }
            widths[c] = Math.max(MIN_WIDTHS[c], Math.min(MAX_WIDTHS[c], longest + 2));
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i + 1);
            int lines = 1;
            for (int c = 0; c < HEADERS.length; c++) {
                Cells.text(row, c, rows.get(i)[c], c == 0 ? styles.text : styles.wrapped, styles);
                lines = Math.max(lines, TextLines.count(rows.get(i)[c], widths[c]));
            }
            if (lines > 1) {
                row.setHeightInPoints(TextLines.height(Math.min(lines, MAX_LINES)));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, HEADERS.length - 1));
        print.table(sheet, HEADERS.length, true, true, 1, NAME, reference);
    }
}
