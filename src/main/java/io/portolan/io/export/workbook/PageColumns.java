package io.portolan.io.export.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * How a table's columns go across printed pages so that its text stays legible: the largest scale that keeps the
 * fewest pages across, never below the scale at which the text would print smaller than {@value #MIN_TEXT_POINTS} points,
 * and the columns after which a new page starts. When the table takes several pages across, its first columns are
 * repeated on each, so that every page says which rule a row is.
 *
 * @param scale the print scale, in percent
 * @param breaks the columns (0-based) after which a page ends; empty when the table fits one page across
 */
record PageColumns(int scale, List<Integer> breaks) {

    /** The smallest text a printed sheet may have, in points. */
    static final double MIN_TEXT_POINTS = 7;

    PageColumns {
        breaks = List.copyOf(breaks);
    }

    /**
     * The pages of a table.
     *
     * @param widths each column's width at 100%, in points
     * @param room the printable width of a page, in points
     * @param repeated how many leading columns are printed again on every page after the first
     * @param fontPoints the size of the sheet's text, in points
     */
    static PageColumns of(double[] widths, double room, int repeated, double fontPoints) {
        int minScale = (int) Math.ceil(MIN_TEXT_POINTS / fontPoints * 100);
        int pages = breaks(widths, room, repeated, minScale).size() + 1;
        int scale = 100;
        while (scale > minScale && breaks(widths, room, repeated, scale).size() + 1 > pages) {
            scale--;
        }
        return new PageColumns(scale, breaks(widths, room, repeated, scale));
    }

    /** The columns after which a page ends when the columns are laid out at the scale, each page as full as it goes. */
    private static List<Integer> breaks(double[] widths, double room, int repeated, int scale) {
        double capacity = room * 100 / scale;
        double repeatedWidth = 0;
        for (int c = 0; c < Math.min(repeated, widths.length); c++) {
            repeatedWidth += widths[c];
        }
        List<Integer> breaks = new ArrayList<>();
        double used = 0;
        int own = 0;
        for (int c = 0; c < widths.length; c++) {
            if (own > 0 && used + widths[c] > capacity) {
                breaks.add(c - 1);
                used = repeatedWidth;
                own = 0;
            }
            used += widths[c];
            own++;
        }
        return breaks;
    }
}
