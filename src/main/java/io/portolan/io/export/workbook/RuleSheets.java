package io.portolan.io.export.workbook;

import io.portolan.io.export.RequestColumn;
import io.portolan.io.export.RuleRow;
import io.portolan.io.export.RuleTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The sheets a request's rules go on: the Rules sheet with every row, then one sheet per firewall and implicit boundary
 * with its own rows. A listing with more rows than a worksheet holds goes on over further sheets named after its first,
 * {@code Rules (2)}, {@code Rules (3)}, ..., each with the same header, column widths and layout as the first and the
 * rule numbers running on; the Request sheet says where each continues. Planned before any sheet is written, since the
 * Request sheet, the first, names them.
 */
final class RuleSheets {

    /** The data rows a worksheet holds below its header row: Excel's 1,048,576 rows less the header. */
    static final int WORKSHEET_ROWS = 1_048_575;

    /**
     * One sheet of a listing.
     *
     * @param name the sheet's name, valid and unique in the workbook
     * @param from the table's first row on the sheet (its rule number is {@code from + 1})
     * @param to one past the table's last row on the sheet
     * @param part which sheet of its listing this is, from 1
     */
    record Sheet(String name, int from, int to, int part) {
    }

    /**
     * The Rules sheet or one firewall's, over one sheet or more.
     *
     * @param caption what the page header says on the left
     * @param to one past the listing's last row, whose number sets the width of the No. column on every sheet
     * @param longest the longest line of each column over the whole listing, so its sheets are equally wide
     * @param sheets the sheets in order, at least one
     */
    record Listing(String caption, int to, int[] longest, List<Sheet> sheets) {
        /** True when the listing takes more than one sheet. */
        boolean continued() {
            return sheets.size() > 1;
        }

        /** The page header's caption of one of its sheets: "(2 of 3)" after it when the listing is continued. */
        String caption(Sheet sheet) {
            return continued() ? caption + " (" + sheet.part() + " of " + sheets.size() + ")" : caption;
        }
    }

    private final int rowsPerSheet;
    private final List<Listing> listings;

    private RuleSheets(int rowsPerSheet, List<Listing> listings) {
        this.rowsPerSheet = rowsPerSheet;
        this.listings = List.copyOf(listings);
    }

    /**
     * Plans the sheets of the table's rules, taking their names from {@code names} in order: the Rules sheet's
     * continuations, then each firewall's sheets.
     *
     * @param texts the workbook's shared strings, to which the rows' texts are added as they are measured
     * @param rulesName the Rules sheet's name, already taken in {@code names}
     * @param rulesCaption the Rules sheet's page header
     * @param rowsPerSheet the most data rows a sheet takes, {@link #WORKSHEET_ROWS} but in tests
     */
    static RuleSheets plan(RuleTable table, SharedTexts texts, SheetNames names, String rulesName, String rulesCaption,
                           int rowsPerSheet) {
        if (rowsPerSheet < 1) {
            throw new IllegalArgumentException("a sheet must take at least one row, not " + rowsPerSheet);
        }
        List<RequestColumn> columns = table.columns();
        List<RuleRow> rows = table.rows();
        List<RuleTable.Section> sections = table.sections();
        // the Rules sheet takes the widest of every firewall's rows and of the unrouted rows
        List<int[]> longest = new ArrayList<>(sections.size());
        int routed = 0;
        int[] all = new int[columns.size()];
        for (RuleTable.Section section : sections) {
            int[] lines = RulesSheet.longestLines(texts, columns, rows, section.from(), section.to());
            longest.add(lines);
            all = RulesSheet.max(all, lines);
            routed = Math.max(routed, section.to());
        }
        all = RulesSheet.max(all, RulesSheet.longestLines(texts, columns, rows, routed, rows.size()));
        List<Listing> listings = new ArrayList<>(sections.size() + 1);
        listings.add(listing(rulesName, rulesCaption, 0, rows.size(), all, names, rowsPerSheet));
        for (int i = 0; i < sections.size(); i++) {
            RuleTable.Section section = sections.get(i);
            String name = section.boundary().name();
            listings.add(listing(names.unique(name), name, section.from(), section.to(), longest.get(i), names, rowsPerSheet));
        }
        return new RuleSheets(rowsPerSheet, listings);
    }

    private static Listing listing(String first, String caption, int from, int to, int[] longest, SheetNames names,
                                   int rowsPerSheet) {
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(new Sheet(first, from, Math.min(to, from + rowsPerSheet), 1));
        for (int start = from + rowsPerSheet; start < to; start += rowsPerSheet) {
            int part = sheets.size() + 1;
            sheets.add(new Sheet(names.unique(SheetNames.continued(first, part)), start, Math.min(to, start + rowsPerSheet), part));
        }
        return new Listing(caption, to, longest, sheets);
    }

    /** The Rules listing first, then one per firewall and implicit boundary in the table's order. */
    List<Listing> listings() {
        return listings;
    }

    /** The listings that take more than one sheet. */
    List<Listing> continued() {
        return listings.stream().filter(Listing::continued).toList();
    }

    /** The most data rows a sheet takes. */
    int rowsPerSheet() {
        return rowsPerSheet;
    }
}
