package io.portolan.ui.canvas;

import java.util.StringJoiner;
import java.util.function.ToDoubleFunction;

/**
 * Text cut to the width of its room, however it is measured (the canvas measures a JavaFX text; tests add widths up).
 * The cut is found by halving, and only a bounded head of the text is ever measured, so a name of any length costs a
 * dozen measurements of at most {@link #MAX_MEASURED} characters, where trying one character less at a time cost as
 * many measurements as the text has characters (a 40,000-character name took over a minute to show). Cuts fall
 * between code points, never inside a surrogate pair.
 */
final class TextFit {

    /** What ends a cut text. */
    static final String ELLIPSIS = "\u2026";
    /**
     * The most characters measured of one text. No room on the canvas is this wide (a character is at
     * least a pixel), so a longer text never fits and is cut within this head.
     */
    static final int MAX_MEASURED = 1_000;

    private TextFit() {
    }

    /**
     * The text as it fits the room: whole when it does, else its longest head that fits with an ellipsis after it
     * (trailing spaces dropped), or the ellipsis alone when not even one character fits.
     *
     * @param width the width of a text as it would be drawn
     */
    static String fit(String text, double room, ToDoubleFunction<String> width) {
        if (text.length() <= MAX_MEASURED && width.applyAsDouble(text) <= room) {
            return text;
        }
        String head = head(text);
        int codePoints = head.codePointCount(0, head.length());
        // the most code points whose cut text fits: fits(low) holds (zero always counts), fits(high + 1) does not
        int low = 0;
        int high = head.length() < text.length() ? codePoints : codePoints - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (width.applyAsDouble(cut(head, mid)) <= room) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return cut(head, low);
    }

    /**
     * Each line of the text cut to at most {@code maxChars} code points with an ellipsis, so that a long name shows as a
     * line of a tooltip rather than a page of it.
     */
    static String cutLines(String text, int maxChars) {
        StringJoiner out = new StringJoiner("\n");
        for (String line : text.split("\n", -1)) {
            out.add(line.codePointCount(0, line.length()) <= maxChars ? line : cut(line, maxChars - 1));
        }
        return out.toString();
    }

    /** The first {@link #MAX_MEASURED} characters of the text, not splitting a surrogate pair. */
    private static String head(String text) {
        if (text.length() <= MAX_MEASURED) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_MEASURED - 1)) ? MAX_MEASURED - 1 : MAX_MEASURED;
        return text.substring(0, end);
    }

    /** The first code points of the text, trailing spaces dropped, and the ellipsis. */
    private static String cut(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints)).stripTrailing() + ELLIPSIS;
    }
}
