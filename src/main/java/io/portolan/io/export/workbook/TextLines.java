package io.portolan.io.export.workbook;

/**
 * How many lines wrapped text takes in a cell of a given width. Spreadsheets do not agree on fitting
 * row heights to wrapped text when they open a file (LibreOffice keeps the default height), so the
 * workbook sets each row's height from this estimate: words wrap greedily at the column width, each
 * character counted at its width in the default font.
 */
final class TextLines {

    /** The height of one line of the default 11-point font, in points. */
    static final float LINE_HEIGHT = 15f;
    private static final float PADDING = 2f;
    /** The part of a column's width that its cell padding takes, in digit widths. */
    private static final double PADDING_UNITS = 0.5;
    private static final String NARROW = ".,:;'!|";
    private static final String MEDIUM = "()[]-/*\"";
    private static final double[] LOWER = {0.94, 1.04, 0.83, 1.04, 0.98, 0.60, 0.93, 1.04, 0.45, 0.52, 0.90, 0.45, 1.58,
        1.04, 1.04, 1.04, 1.04, 0.69, 0.77, 0.66, 1.04, 0.89, 1.41, 0.86, 0.89, 0.78};
    private static final double[] UPPER = {1.14, 1.08, 1.05, 1.23, 0.96, 0.91, 1.24, 1.23, 0.50, 0.63, 1.03, 0.83, 1.73,
        1.28, 1.31, 1.02, 1.33, 1.07, 0.91, 0.96, 1.27, 1.12, 1.76, 1.02, 0.96, 0.94};

    private TextLines() {
    }

    /** The row height in points for the given number of lines. */
    static float height(int lines) {
        return lines <= 1 ? LINE_HEIGHT : lines * LINE_HEIGHT + PADDING;
    }

    /** The length of the longest line of the text. */
    static int longestLine(String text) {
        if (text.indexOf('\n') < 0) {
            return text.length();
        }
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                longest = Math.max(longest, current);
                current = 0;
            } else {
                current++;
            }
        }
        return Math.max(longest, current);
    }

    /**
     * The lines the text takes in a column the given number of characters wide; at least 1. Lines break
     * at spaces and after hyphens, as spreadsheets break them, and a word longer than a line is cut.
     */
    static int count(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double capacity = Math.max(4, width - PADDING_UNITS);
        int lines = 1;
        double used = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
                used = 0;
                i++;
            } else if (c == ' ') {
                used = used == 0 ? 0 : used + width(c);
                i++;
            } else {
                int end = pieceEnd(text, i);
                double piece = width(text, i, end);
                if (used > 0 && used + piece > capacity) {
                    lines++;
                    used = 0;
                }
                while (used + piece > capacity) {
                    lines++;
                    piece -= capacity - used;
                    used = 0;
                }
                used += piece;
                i = end;
            }
        }
        return lines;
    }

    /** Where the piece of a line that starts at {@code from} ends: at a space, a line break, or after a hyphen. */
    private static int pieceEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
            end++;
            if (text.charAt(end - 1) == '-') {
                break;
            }
        }
        return end;
    }

    private static double width(String text, int from, int to) {
        double width = 0;
        for (int i = from; i < to; i++) {
            width += width(text.charAt(i));
        }
        return width;
    }

    /**
     * A character's width in units of the default font's digit, the unit of column widths: the
     * proportions of Calibri, the spreadsheet default, for letters, and a rough value by kind for the rest.
     */
    static double width(char c) {
        if (c >= 'a' && c <= 'z') {
            return LOWER[c - 'a'];
        }
        if (c >= 'A' && c <= 'Z') {
            return UPPER[c - 'A'];
        }
        if (c >= '0' && c <= '9') {
            return 1.0;
        }
        if (c == ' ') {
            return 0.45;
        }
        if (NARROW.indexOf(c) >= 0) {
            return 0.5;
        }
        return MEDIUM.indexOf(c) >= 0 ? 0.7 : 1.0;
    }
}
