package io.portolan.cli;

import io.portolan.engine.DesignWarning;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from a file made safe to print on a terminal: control characters (ESC, BEL, a C1 control, a bidirectional
 * override) would clear the screen, retitle the window or reorder what the reader sees, so they are shown as
 * {@code \x1B} instead; and a quoted value of a message longer than a line is cut, saying how long it was.
 */
final class TerminalText {

    /** Values quoted in a message are cut past this many characters. */
    static final int MAX_VALUE = 80;
    /** No printed line is longer than this. */
    static final int MAX_LINE = 2_000;

    private static final Pattern LONG_QUOTED = Pattern.compile("'([^'\\n]{" + (MAX_VALUE + 1) + ",})'");

    private TerminalText() {
    }

    /** Prints each warning on a line of its own, {@code warning: MESSAGE}, made safe for a terminal, and flushes. */
    static void printWarnings(PrintWriter out, List<DesignWarning> warnings) {
        for (DesignWarning warning : warnings) {
            out.println("warning: " + message(warning.message()));
        }
        out.flush();
    }

    /** A message line: control characters shown escaped, long quoted values and the line itself cut. */
    static String message(String text) {
        if (text == null) {
            return "";
        }
        Matcher quoted = LONG_QUOTED.matcher(text);
        StringBuilder cut = new StringBuilder(Math.min(text.length(), MAX_LINE + 64));
        while (quoted.find()) {
            String value = quoted.group(1);
            quoted.appendReplacement(cut, Matcher.quoteReplacement("'" + value.substring(0, MAX_VALUE) + "\u2026' ("
                    + value.length() + " characters)"));
        }
        quoted.appendTail(cut);
        String line = escaped(cut.toString());
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "\u2026" : line;
    }

    /** The text with every control character a terminal acts on shown as {@code \xNN} or {@code \\uNNNN}. */
    static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (acts(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Controls a terminal acts on (C0 but tab, DEL, C1), and the bidirectional embeddings, overrides and isolates. */
    private static boolean acts(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
