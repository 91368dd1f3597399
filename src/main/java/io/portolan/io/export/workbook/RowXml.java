package io.portolan.io.export.workbook;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes rows of a sheet as SpreadsheetML straight into UTF-8 bytes, for the sheets of many rows: a row's cells as
 * numbers and numbers of shared strings, with their style; and the shared strings part, its texts escaped as POI escapes
 * a cell's text (the five XML characters, line breaks, tabs and the no-break space as character references, other
 * control characters as '?', a lone surrogate as '?'). Text must already be fit for a cell ({@code CellText.safe}).
 * Not thread-safe: one writer per sheet.
 */
final class RowXml {

    private static final int SIZE = 1 << 16;
    /** The most bytes one character takes here: a character reference such as {@code &#xa0;}. */
    private static final int WIDEST = 6;
    private static final byte[][] COLUMNS = columnNames(128);

    private final OutputStream out;
    private final byte[] buffer = new byte[SIZE];
    private final byte[] digits = new byte[20];
    private int count;
    private int row;

    RowXml(OutputStream out) {
        this.out = out;
    }

    /** Starts row {@code number} (1 for the first); a height of 0 or less leaves the row its default height. */
    void startRow(int number, float height) throws IOException {
        row = number;
        ascii("<row r=\"");
        number(number);
        if (height > 0) {
            ascii("\" customHeight=\"1\" ht=\"");
            ascii(Float.toString(height));
        }
        ascii("\">");
    }

    /** Ends the row. */
    void endRow() throws IOException {
        ascii("</row>\n");
    }

    /** A number cell. */
    void number(int column, int style, long value) throws IOException {
        valueCell(column, style, " t=\"n\"><v>", value);
    }

    /** A styled empty cell. */
    void blank(int column, int style) throws IOException {
        start(column, style);
        ascii("/>");
    }

    /** A text cell that holds shared string number {@code index}. */
    void shared(int column, int style, int index) throws IOException {
        valueCell(column, style, " t=\"s\"><v>", index);
    }

    /** A cell of the type {@code open} names, whose value is a number (the number, or a shared string's index). */
    private void valueCell(int column, int style, String open, long value) throws IOException {
        start(column, style);
        ascii(open);
        number(value);
        ascii("</v></c>");
    }

    /** Starts the shared strings part, which {@code cells} cells refer to, of {@code unique} texts. */
    void startSharedStrings(long cells, int unique) throws IOException {
        ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"");
        number(cells);
        ascii("\" uniqueCount=\"");
        number(unique);
        ascii("\">");
    }

    /** One shared string: non-empty text, written as a cell's inline text is. */
    void sharedString(String text) throws IOException {
        ascii("<si><t");
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            ascii(" xml:space=\"preserve\"");
        }
        ascii(">");
        escaped(text);
        ascii("</t></si>");
    }

    /** Ends the shared strings part. */
    void endSharedStrings() throws IOException {
        ascii("</sst>");
    }

    /** Writes what is buffered on to the stream, which is left open. */
    void flush() throws IOException {
        out.write(buffer, 0, count);
        count = 0;
    }

    private void start(int column, int style) throws IOException {
        ascii("<c r=\"");
        byte[] name = column < COLUMNS.length ? COLUMNS[column] : columnName(column);
        room(name.length);
        System.arraycopy(name, 0, buffer, count, name.length);
        count += name.length;
        number(row);
        if (style != 0) {
            ascii("\" s=\"");
            number(style);
        }
        buffer[count++] = '"';
    }

    private void escaped(String text) throws IOException {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (count > SIZE - WIDEST * 2) {
                flush();
            }
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '<' && c != '>' && c != '&' && c != '"') {
                buffer[count++] = (byte) c;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                utf8(Character.toCodePoint(c, text.charAt(++i)));
            } else {
                special(c);
            }
        }
    }

    private void special(char c) throws IOException {
        switch (c) {
            case '<' -> ascii("&lt;");
            case '>' -> ascii("&gt;");
            case '&' -> ascii("&amp;");
            case '"' -> ascii("&quot;");
            case '\n' -> ascii("&#xa;");
            case '\r' -> ascii("&#xd;");
            case '\t' -> ascii("&#x9;");
            case '\u00A0' -> ascii("&#xa0;");
            default -> {
                boolean unwritable = c < 0x20 || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c);
                if (unwritable) {
                    buffer[count++] = '?';
                } else {
                    utf8(c);
                }
            }
        }
    }

    private void utf8(int code) {
        count = SheetXmlWriter.Utf8Writer.put(buffer, count, code);
    }

    private void ascii(String text) throws IOException {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[count++] = (byte) text.charAt(i);
        }
    }

    private void number(long value) throws IOException {
        room(digits.length + 1);
        long rest = value;
        if (rest < 0) {
            buffer[count++] = '-';
            rest = -rest;
        }
        int length = 0;
        do {
            digits[length++] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        while (length > 0) {
            buffer[count++] = digits[--length];
        }
    }

    private void room(int bytes) throws IOException {
        if (count + bytes > SIZE) {
            flush();
        }
    }

    /** A column's name: A to Z, then AA, AB, ... */
    static byte[] columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static byte[][] columnNames(int count) {
        byte[][] names = new byte[count][];
        for (int i = 0; i < count; i++) {
            names[i] = columnName(i);
        }
        return names;
    }
}
