package io.portolan.io.export.workbook;

import io.portolan.io.export.RuleRow;
import io.portolan.io.export.RuleTable;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Zones by zones: each cell counts the rows of the Rules sheet from the row's zone (the source) to the
 * column's zone (the destination), with totals. Nodes outside every zone get a row and column of their own.
 */
final class ZoneMatrixSheet {

    static final String NAME = "Zone matrix";
    static final String CORNER = "From \\ To";
    private static final int LANDSCAPE_FROM = 8;

    private ZoneMatrixSheet() {
    }

    /** Writes the matrix of the table's rows. */
    static void write(SXSSFSheet sheet, WorkbookStyles styles, PrintLayout print, RuleTable table) {
        List<String> zoneIds = zones(table);
        long[][] counts = counts(table, zoneIds);
        List<String> names = zoneIds.stream().map(table.text()::zoneName).toList();
        int n = names.size();
        Row header = sheet.createRow(0);
        header.setHeightInPoints(30f);
        Cells.text(header, 0, CORNER, styles.header, styles);
        for (int c = 0; c < n; c++) {
            Cells.text(header, c + 1, names.get(c), styles.header, styles);
        }
        Cells.text(header, n + 1, "Total", styles.header, styles);
        long[] columnTotals = new long[n];
        for (int r = 0; r < n; r++) {
            Row row = sheet.createRow(r + 1);
            Cells.text(row, 0, names.get(r), styles.label, styles);
            for (int c = 0; c < n; c++) {
                Cells.number(row, c + 1, counts[r][c], counts[r][c] == 0 ? styles.zero : styles.number);
                columnTotals[c] += counts[r][c];
            }
            Cells.number(row, n + 1, Arrays.stream(counts[r]).sum(), styles.total);
        }
        Row totals = sheet.createRow(n + 1);
        Cells.text(totals, 0, "Total", styles.label, styles);
        for (int c = 0; c < n; c++) {
            Cells.number(totals, c + 1, columnTotals[c], styles.total);
        }
        Cells.number(totals, n + 1, table.rows().size(), styles.total);
        Cells.text(sheet.createRow(n + 3), 0, "Rows: source zone. Columns: destination zone. Each cell counts rows of the Rules"
                + " sheet; a flow that passes two firewalls counts once for each.", styles.note, styles);
        layout(sheet, print, names, table);
    }

    /** The zones in design order, and null for nodes outside every zone when a row has such an end. */
    private static List<String> zones(RuleTable table) {
        List<String> zoneIds = new ArrayList<>();
        table.analysis().design().zones().stream().map(Zone::id).forEach(zoneIds::add);
        if (table.rows().stream().anyMatch(r -> r.source().zoneId() == null || r.destination().zoneId() == null)) {
            zoneIds.add(null);
        }
        return zoneIds;
    }

    private static long[][] counts(RuleTable table, List<String> zoneIds) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < zoneIds.size(); i++) {
            index.put(zoneIds.get(i), i);
        }
        long[][] counts = new long[zoneIds.size()][zoneIds.size()];
        for (RuleRow row : table.rows()) {
            counts[index.get(row.source().zoneId())][index.get(row.destination().zoneId())]++;
        }
        return counts;
    }

    private static void layout(SXSSFSheet sheet, PrintLayout print, List<String> names, RuleTable table) {
        int n = names.size();
        int nameWidth = names.stream().mapToInt(String::length).max().orElse(0);
        sheet.setColumnWidth(0, Math.max(CORNER.length(), Math.min(32, nameWidth + 2)) * 256);
        for (int c = 0; c < n; c++) {
            sheet.setColumnWidth(c + 1, Math.max(10, Math.min(18, names.get(c).length() + 2)) * 256);
        }
        sheet.setColumnWidth(n + 1, 10 * 256);
        sheet.createFreezePane(1, 1);
        print.table(sheet, n + 2, n >= LANDSCAPE_FROM, true, 1, NAME, table.analysis().design().request().changeReference());
    }
}
