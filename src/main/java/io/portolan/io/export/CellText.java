package io.portolan.io.export;

/**
 * Text made fit for a spreadsheet cell whatever a user typed or a file held: characters XML 1.0 cannot carry
 * (control characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF), which make a workbook
 * no reader opens, become U+FFFD; and text longer than a cell holds is cut on a character boundary with a note.
 */
public final class CellText {

    /** The most characters a spreadsheet cell holds (Excel's limit, which LibreOffice shares). */
    public static final int MAX_LENGTH = 32_767;
    /** What ends a text that was cut to fit a cell. */
    public static final String CUT_NOTE = "\u2026 [cut: longer than a spreadsheet cell holds]";

    private static final char REPLACEMENT = '\uFFFD';

    private CellText() {
    }

    /** The text with every character XML cannot carry replaced, cut to {@link #MAX_LENGTH}; null stays null. */
    public static String safe(String text) {
        if (text == null || isSafe(text)) {
            return text;
        }
        boolean cut = text.length() > MAX_LENGTH;
        int end = cut ? MAX_LENGTH - CUT_NOTE.length() : text.length();
        if (cut && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + (cut ? CUT_NOTE.length() : 0));
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(allowed(c) && !Character.isSurrogate(c) ? c : REPLACEMENT);
            }
        }
        return cut ? out.append(CUT_NOTE).toString() : out.toString();
    }

    /** True when the text fits a cell as it is: short enough, and every character one XML carries. */
    static boolean isSafe(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The characters of XML 1.0, surrogates aside. */
    private static boolean allowed(char c) {
        return c >= 0x20 && c != '\uFFFE' && c != '\uFFFF' || c == '\t' || c == '\n' || c == '\r';
    }
}
