package io.portolan.io.export.workbook;

import io.portolan.catalog.ComponentType;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.RuleText;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The inventory: every placed node with its type, vendor, zone, host, addresses (the one clients reach, its members',
 * its management and its outbound address), features and count.
 */
final class ComponentsSheet {

    static final String NAME = "Components";
    static final String[] HEADERS = {"Name", "Type", "Vendor", "Product", "Zone", "Host", "Address", "Member addresses",
        "Management address", "Outbound address", "Features", "Count"};
    private static final int[] MIN_WIDTHS = {12, 12, 8, 10, 10, 10, 10, 10, 10, 10, 12, 7};
    private static final int[] MAX_WIDTHS = {32, 30, 16, 28, 20, 36, 26, 26, 26, 26, 40, 7};
    private static final int COUNT = HEADERS.length - 1;

    private ComponentsSheet() {
    }

    /** Writes the inventory, sorted by zone (in design order), then name. */
    static void write(SXSSFSheet sheet, WorkbookStyles styles, PrintLayout print, RuleTable table) {
        RuleText text = table.text();
        List<Node> nodes = new ArrayList<>(table.analysis().design().nodes());
        nodes.sort(Comparator.comparingInt((Node n) -> text.zoneOrder(n.zoneId()))
                .thenComparing(Node::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Node::name).thenComparing(Node::id));
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            Cells.text(header, c, HEADERS[c], styles.header, styles);
        }
        List<String[]> rows = new ArrayList<>(nodes.size());
        int[] longest = new int[HEADERS.length];
        for (Node node : nodes) {
            String[] cells = cells(node, text);
            rows.add(cells);
            for (int c = 0; c < COUNT; c++) {
                longest[c] = Math.max(longest[c], TextLines.longestLine(cells[c]));
            }
        }
        int[] widths = new int[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            widths[c] = Math.max(MIN_WIDTHS[c], Math.min(MAX_WIDTHS[c], Math.max(longest[c], HEADERS[c].length()) + 2));
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            Row row = sheet.createRow(i + 1);
            int lines = 1;
            for (int c = 0; c < COUNT; c++) {
                Cells.text(row, c, cells[c], styles.wrapped, styles);
                lines = Math.max(lines, TextLines.count(cells[c], widths[c]));
            }
            Cells.number(row, COUNT, nodes.get(i).count(), styles.number);
            if (lines > 1) {
                row.setHeightInPoints(TextLines.height(lines));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, nodes.size()), 0, HEADERS.length - 1));
        print.table(sheet, HEADERS.length, true, true, 1, NAME, table.analysis().design().request().changeReference());
    }

    /** The text columns of one node (all but the count). */
    static String[] cells(Node node, RuleText text) {
        Optional<ComponentType> type = text.type(node);
        return new String[] {
            node.name(),
            type.map(ComponentType::name).orElse(node.typeId() + " (not in the catalog)"),
            type.map(ComponentType::vendor).orElse(""),
            type.map(ComponentType::product).orElse(""),
            text.zoneName(node.zoneId()),
            text.host(node),
            node.address(),
            node.memberAddresses(),
            node.managementAddress(),
            node.outboundAddress(),
            text.features(node),
        };
    }
}
