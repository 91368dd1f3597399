package io.portolan.io.export;

import java.util.List;

/**
 * Writes CSV text (RFC 4180) that a spreadsheet opens as plain text whatever list separator it reads with
 * (a comma; a semicolon, as Excel in German or French locales does; a tab): a cell holding any of them, a quote or
 * a line break is quoted, so no separator inside it splits it; and a cell that a spreadsheet would read as a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, or a control character such as tab, carriage return or
 * NUL first) gets a leading apostrophe, the OWASP advice against CSV injection.
 */
public final class Csv {

    private Csv() {
    }

    /** One CSV line, ended by CRLF. */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }

    /** One cell, neutralised and quoted where needed; null is an empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = neutralise(value);
        if (needsQuotes(safe)) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** True when a separator of any common kind, a quote, a control character or blanks at an end would break the cell. */
    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '"' || c < 0x20) {
                return true;
            }
        }
        return !text.equals(text.strip());
    }

    /** The text with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first < 0x20;
        if (formulaLike && !isPlainNumber(value)) {
            return "'" + value;
        }
        return value;
    }

    private static boolean isPlainNumber(String value) {
        return value.matches("[-+]?\\d+(\\.\\d+)?");
    }
}
