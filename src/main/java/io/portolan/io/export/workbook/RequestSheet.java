package io.portolan.io.export.workbook;

import io.portolan.engine.Boundary;
import io.portolan.engine.DesignWarning;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.SuppressedFlows;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.model.RequestInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The cover sheet: what is asked, by whom and when, the totals, what to review, and an approval block
 * for the firewall team to fill in.
 */
final class RequestSheet {

    static final String NAME = "Request";
    /** The roles the approval block asks to sign. */
    static final List<String> ROLES = List.of("Requester", "Security review", "Firewall owner", "Change advisory board");
    static final String[] DECISIONS = {"Approved", "Rejected", "Returned for changes"};

    private static final int[] WIDTHS = {30, 22, 14, 20, 22, 30};
    private static final int LAST_COLUMN = WIDTHS.length - 1;
    private static final int MAX_WARNINGS = 100;

    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private int next;

    private RequestSheet(SXSSFSheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /**
     * Writes the Request sheet, with the rule count once grouped into objects when objects are not null, and where the
     * rules go on when a listing takes more than one sheet.
     */
    static void write(SXSSFSheet sheet, WorkbookStyles styles, PrintLayout print, RuleTable table, LocalDate date,
                      FirewallObjects objects, RuleSheets rules) {
        RequestSheet writer = new RequestSheet(sheet, styles);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        writer.request(table.analysis().design().request(), date);
        writer.comparison(table.notes());
        writer.totals(table);
        if (objects != null) {
            writer.count("Rules with objects", objects.rulesAfter(), objects.rulesBefore() + " rules of the firewalls and boundaries,"
                    + " grouped where they share a destination or source and a service; see the Objects sheet.");
        }
        writer.continued(rules);
        writer.warnings(table.analysis().warnings());
        writer.approval(table.analysis().design().request());
        print.table(sheet, WIDTHS.length, false, false, 0, table.analysis().design().request().title(),
                table.analysis().design().request().changeReference());
    }

    private void request(RequestInfo request, LocalDate date) {
        Row title = sheet.createRow(next++);
        title.setHeightInPoints(24f);
        Cells.text(title, 0, "Firewall change request", styles.title, styles);
        next++;
        section("Request");
        wide("Title", request.title());
        wide("Requester", request.requester());
        Row row = sheet.createRow(next);
        Cells.text(row, 0, "Date", styles.label, styles);
        row.createCell(1).setCellValue(date);
        row.getCell(1).setCellStyle(styles.date);
        blanks(row, 2);
        sheet.addMergedRegion(new CellRangeAddress(next, next, 1, LAST_COLUMN));
        next++;
        wide("Change reference", request.changeReference());
        wide("Environment", request.environment());
        wide("Description", request.description());
    }

    /** What the request was compared with: an earlier revision, the rulebase in place. */
    private void comparison(List<RuleTable.Note> notes) {
        if (notes.isEmpty()) {
            return;
        }
        next++;
        section("Comparison");
        for (RuleTable.Note note : notes) {
            wide(note.label(), note.text());
        }
    }

    private void totals(RuleTable table) {
        next++;
        section("Totals");
        List<String> firewalls = new ArrayList<>();
        List<String> implicit = new ArrayList<>();
        for (RuleTable.Section section : table.sections()) {
            Boundary boundary = section.boundary();
            if (section.size() > 0) {
                (boundary.implicit() ? implicit : firewalls).add(boundary.name());
            }
        }
        List<String> zones = table.zonesCrossed().stream().map(table.text()::zoneName).toList();
        count("Rules", table.rows().size(), table.detailed()
                ? "One row per flow and firewall." : "One row per firewall, source, destination and protocol, ports merged.");
        count("Firewalls with rules", firewalls.size(), String.join(", ", firewalls));
        count("Implicit boundaries with rules", implicit.size(), implicit.isEmpty() ? ""
                : String.join(", ", implicit) + " (zones no firewall of the design separates)");
        count("Zones crossed", zones.size(), String.join(", ", zones));
        count("Rows without a route", table.unroutedRows(), table.unroutedRows() == 0 ? ""
                : "Marked in the Rules sheet: unroutable, or with an end outside every zone.");
        count("Flows inside one zone", table.sameZoneFlows(), "Need no firewall rule, so they are not listed.");
        int suppressed = SuppressedFlows.count(table.analysis());
        if (suppressed > 0) {
            count("Suppressed flows", suppressed, "Left out of the request on purpose; listed on the sheet '"
                    + SuppressedFlows.SHEET + "'.");
        }
    }

    /** Each sheet of a listing too long for one sheet, with the rules it holds and the sheet it goes on from or to. */
    private void continued(RuleSheets rules) {
        List<RuleSheets.Listing> continued = rules.continued();
        if (continued.isEmpty()) {
            return;
        }
        next++;
        section("Continued sheets");
        merged(String.format(Locale.ROOT, "A worksheet holds %,d rules, so these lists of rules go on over several sheets,"
                + " each with the same columns; the numbers run on from one sheet to the next.", rules.rowsPerSheet()), 0);
        for (RuleSheets.Listing listing : continued) {
            List<RuleSheets.Sheet> sheets = listing.sheets();
            for (int i = 0; i < sheets.size(); i++) {
                RuleSheets.Sheet part = sheets.get(i);
                String where = i == 0 ? "goes on at '" + sheets.get(1).name() + "'"
                        : i + 1 < sheets.size() ? "goes on from '" + sheets.get(i - 1).name() + "' to '" + sheets.get(i + 1).name() + "'"
                        : "goes on from '" + sheets.get(i - 1).name() + "', the last";
                wide(part.name(), String.format(Locale.ROOT, "Rules %,d to %,d (%d of %d); %s.", part.from() + 1, part.to(),
                        part.part(), sheets.size(), where));
            }
        }
    }

    private void warnings(List<DesignWarning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        next++;
        section("Points to review");
        int shown = Math.min(MAX_WARNINGS, warnings.size());
        for (int i = 0; i < shown; i++) {
            merged(warnings.get(i).message(), 0);
        }
        if (warnings.size() > shown) {
            merged("... and " + (warnings.size() - shown) + " more.", 0);
        }
    }

    private void approval(RequestInfo request) {
        next++;
        section("Approval");
        Row header = sheet.createRow(next++);
        String[] headers = {"Role", "Name", "Date", "Decision", "Signature", "Notes"};
        for (int i = 0; i < headers.length; i++) {
            Cells.text(header, i, headers[i], styles.header, styles);
        }
        int first = next;
        for (String role : ROLES) {
            Row row = sheet.createRow(next++);
            row.setHeightInPoints(30f);
            Cells.text(row, 0, role, styles.label, styles);
            Cells.text(row, 1, role.equals("Requester") ? request.requester() : "", styles.value, styles);
            Cells.text(row, 2, "", styles.date, styles);
            for (int c = 3; c <= LAST_COLUMN; c++) {
                Cells.text(row, c, "", styles.value, styles);
            }
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation decision = helper.createValidation(helper.createExplicitListConstraint(DECISIONS),
                new CellRangeAddressList(first, next - 1, 3, 3));
        decision.setSuppressDropDownArrow(true);
        decision.setShowErrorBox(true);
        sheet.addValidationData(decision);
    }

    private void section(String title) {
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(20f);
        for (int c = 0; c <= LAST_COLUMN; c++) {
            Cells.text(row, c, c == 0 ? title : "", styles.section, styles);
        }
    }

    /** A label with its value across the other columns. */
    private void wide(String label, String value) {
        Row row = sheet.createRow(next);
        Cells.text(row, 0, label, styles.label, styles);
        Cells.text(row, 1, value, styles.value, styles);
        blanks(row, 2);
        sheet.addMergedRegion(new CellRangeAddress(next, next, 1, LAST_COLUMN));
        row.setHeightInPoints(TextLines.height(TextLines.count(value, widthOf(1))));
        next++;
    }

    /** A label, a number, and a note across the remaining columns. */
    private void count(String label, long count, String note) {
        Row row = sheet.createRow(next);
        Cells.text(row, 0, label, styles.label, styles);
        Cells.number(row, 1, count, styles.total);
        Cells.text(row, 2, note, styles.value, styles);
        for (int c = 3; c <= LAST_COLUMN; c++) {
            Cells.text(row, c, "", styles.value, styles);
        }
        sheet.addMergedRegion(new CellRangeAddress(next, next, 2, LAST_COLUMN));
        row.setHeightInPoints(TextLines.height(TextLines.count(note, widthOf(2))));
        next++;
    }

    /** Text across every column. */
    private void merged(String text, int firstColumn) {
        Row row = sheet.createRow(next);
        Cells.text(row, firstColumn, text, styles.value, styles);
        blanks(row, firstColumn + 1);
        sheet.addMergedRegion(new CellRangeAddress(next, next, firstColumn, LAST_COLUMN));
        row.setHeightInPoints(TextLines.height(TextLines.count(text, widthOf(firstColumn))));
        next++;
    }

    private void blanks(Row row, int from) {
        CellStyle style = styles.value;
        for (int c = from; c <= LAST_COLUMN; c++) {
            row.createCell(c).setCellStyle(style);
        }
    }

    /** The characters that fit on one line from the column to the last. */
    private static int widthOf(int firstColumn) {
        int width = 0;
        for (int c = firstColumn; c <= LAST_COLUMN; c++) {
            width += WIDTHS[c];
        }
        return width;
    }
}
