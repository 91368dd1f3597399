package io.portolan.io.export.diagram;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Text broken into lines that fit their room, between words where it can be; never cut short, but for a name so long
 * that it would pass its most lines.
 */
final class Text {

    /** What ends a name cut after its most lines. */
    static final String ELLIPSIS = "\u2026";

    private Text() {
    }

    /**
     * The text in lines no wider than the room in the font: broken between words, and a word wider than the room
     * broken between letters. Every letter of the text is kept.
     */
    static List<String> lines(Font font, String text, double room) {
        return lines(font, text, room, Integer.MAX_VALUE);
    }

    /**
     * The text in at most {@code maxLines} lines no wider than the room, as {@link #lines(Font, String, double)}; what
     * would pass the last line is cut with an ellipsis, so that a hostile name of any length takes a few lines and a
     * few measurements.
     */
    static List<String> lines(Font font, String text, double room, int maxLines) {
        List<String> lines = new ArrayList<>(2);
        String rest = text.strip();
        while (DiagramFonts.width(font, rest) > room) {
            if (lines.size() == maxLines - 1) {
                int end = fittingLetters(font, rest, room - DiagramFonts.width(font, ELLIPSIS));
                lines.add(rest.substring(0, Character.isHighSurrogate(rest.charAt(end - 1)) && end > 1 ? end - 1 : end).strip()
                        + ELLIPSIS);
                return lines;
            }
            int cut = lastFittingSpace(font, rest, room);
            if (cut <= 0) {
                cut = fittingLetters(font, rest, room);
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    /** The end of the longest run of whole words that fits, or 0 when even the first word is too wide. */
    private static int lastFittingSpace(Font font, String text, double room) {
        int best = 0;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            if (DiagramFonts.width(font, text.substring(0, i)) > room) {
                break;
            }
            best = i;
        }
        return best;
    }

    private static int fittingLetters(Font font, String text, double room) {
        int end = 1;
        while (end < text.length() && DiagramFonts.width(font, text.substring(0, end + 1)) <= room) {
            end++;
        }
        return end;
    }

    /** The widest of the lines in the font. */
    static double widest(Font font, List<String> lines) {
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, DiagramFonts.width(font, line));
        }
        return widest;
    }

    /** The height of a line in the font: ascent, descent and leading. */
    static double lineHeight(Font font) {
        return font.getLineMetrics("Xg", DiagramFonts.MEASURE).getHeight();
    }

    /** The distance from a line's top to its baseline in the font. */
    static double ascent(Font font) {
        return font.getLineMetrics("Xg", DiagramFonts.MEASURE).getAscent();
    }
}
