package io.portolan.io.workbook;

/**
 * How many lines wrapped text takes in a cell of a given width. Spreadsheets do not agree on fitting
 * row heights to wrapped text when they open a file (LibreOffice keeps the default height), so the
 * workbook sets each row's height from this estimate: words wrap greedily at the column width, counted
 * in average characters of the default font, which errs on the side of a little spare room.
 */
final class TextLines {

    /** The height of one line of the default 11-point font, in points. */
    static final float LINE_HEIGHT = 15f;
    private static final float PADDING = 2f;
    /**
     * Text characters per unit of column width: a width unit is the default font's digit, and the
     * average character of running text is narrower.
     */
    private static final double CHARACTERS_PER_WIDTH_UNIT = 1.3;

    private TextLines() {
    }

    /** The row height in points for the given number of lines. */
    static float height(int lines) {
        return lines <= 1 ? LINE_HEIGHT : lines * LINE_HEIGHT + PADDING;
    }

    /** The length of the longest line of the text. */
    static int longestLine(String text) {
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

    /** The lines the text takes in a column the given number of characters wide; at least 1. */
    static int count(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int capacity = Math.max(4, (int) ((width - 1) * CHARACTERS_PER_WIDTH_UNIT));
        int lines = 1;
        int used = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
                used = 0;
                i++;
                continue;
            }
            int end = i;
            while (end < length && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                end++;
            }
            int word = end - i;
            if (word == 0) {
                used = used == 0 ? 0 : used + 1;
                i++;
                continue;
            }
            if (used > 0 && used + word > capacity) {
                lines++;
                used = 0;
            }
            while (word > capacity) {
                lines++;
                word -= capacity;
            }
            used += word;
            i = end;
        }
        return lines;
    }
}
