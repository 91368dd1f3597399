package io.portolan.io.export;

import java.util.List;

/**
 * Writes CSV text (RFC 4180) that a spreadsheet opens as plain text: a cell that a spreadsheet would
 * read as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return) gets a leading
 * apostrophe, the OWASP advice against CSV injection.
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
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0
                || !safe.equals(safe.strip())) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** The text with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (formulaLike && !isPlainNumber(value)) {
            return "'" + value;
        }
        return value;
    }

    private static boolean isPlainNumber(String value) {
        return value.matches("[-+]?\\d+(\\.\\d+)?");
    }
}
