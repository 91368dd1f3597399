package io.portolan.rulebase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as firewall managers and spreadsheets write it (RFC 4180): commas, double quotes around cells that hold
 * commas, quotes or line breaks, CRLF or LF, a UTF-8 byte order mark or none. The file is only read.
 */
final class CsvRecords {

    /**
     * One record of the file.
     *
     * @param row its number, the header being row 1 (a quoted line break does not start a new row)
     * @param cells its cells, unquoted
     */
    record Row(int row, List<String> cells) {
        /**
         * The cell at the index, or empty text for a short row. A leading apostrophe that a CSV writer put before
         * {@code =}, {@code +}, {@code -}, {@code @} or a control character (a tab, a line break) so that a spreadsheet
         * reads the cell as text is taken off again, as Portolan's own exports put it there.
         */
        String cell(int index) {
            String cell = index < cells.size() ? cells.get(index) : "";
            return cell.length() > 1 && cell.charAt(0) == '\'' && formulaLike(cell.charAt(1)) ? cell.substring(1) : cell;
        }

        private static boolean formulaLike(char first) {
            return first == '=' || first == '+' || first == '-' || first == '@' || first < 0x20;
        }

        /** True for a row whose every cell is blank. */
        boolean blank() {
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private CsvRecords() {
    }

    /** What is done with each record as it is read. */
    @FunctionalInterface
    interface RowHandler {
        /** Takes one record; a problem in it stops the reading. */
        void accept(Row row) throws RulebaseException;
    }

    /** Every record of the file, header first. */
    static List<Row> read(Path file) throws RulebaseException {
        List<Row> rows = new ArrayList<>();
        read(file, rows::add);
        return rows;
    }

    /** Hands each record of the file to the handler as it is read, header first, without holding the file in memory. */
    static void read(Path file, RowHandler handler) throws RulebaseException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parse(reader, file.toString(), handler);
        } catch (NoSuchFileException e) {
            throw new RulebaseException(file.toString(), 0, null, "the file does not exist");
        } catch (CharacterCodingException e) {
            throw new RulebaseException(file.toString(), 0, null, "the file is not UTF-8 text; export the rulebase as UTF-8 CSV");
        } catch (IOException e) {
            throw new RulebaseException(file.toString(), 0, null, "cannot be read: " + e.getMessage());
        }
    }

    private static void parse(BufferedReader reader, String file, RowHandler handler) throws IOException, RulebaseException {
        Parser parser = new Parser(handler);
        Chars chars = new Chars(reader);
        int c = chars.read();
        if (c == '\uFEFF') {
            c = chars.read();
        }
        for (; c != -1; c = chars.read()) {
            if (parser.quoted && c == '"') {
                int next = chars.read();
                if (next == '"') {
                    parser.cell.append('"');
                } else {
                    parser.quoted = false;
                    if (next != -1) {
                        chars.unread();
                    }
                }
            } else {
                parser.accept((char) c);
            }
        }
        if (parser.quoted) {
            throw new RulebaseException(file, parser.rows + 1, null, "a quoted cell is not closed before the end of the file");
        }
        if (parser.cell.length() > 0 || !parser.cells.isEmpty()) {
            parser.endRow();
        }
    }

    /**
     * The characters of a reader taken a buffer at a time: a rulebase of a hundred thousand rules has millions, and a
     * reader's own {@code read()} takes a lock for each.
     */
    private static final class Chars {
        private final Reader reader;
        private final char[] buffer = new char[1 << 14];
        private int length;
        private int next;

        Chars(Reader reader) {
            this.reader = reader;
        }

        /** The next character, or -1 at the end. */
        int read() throws IOException {
            if (next == length) {
                length = Math.max(0, reader.read(buffer, 0, buffer.length));
                next = 0;
                if (length == 0) {
                    return -1;
                }
            }
            return buffer[next++];
        }

        /** Gives back the character just read, which must not have been the end. */
        void unread() {
            next--;
        }
    }

    /** The rows read so far and the row and cell being read. */
    private static final class Parser {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private int rows;
        private boolean quoted;

        Parser(RowHandler handler) {
            this.handler = handler;
        }

        /** A character outside a closing quote. */
        void accept(char c) throws RulebaseException {
            if (quoted) {
                cell.append(c);
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                endRow();
            } else if (c != '\r') {
                cell.append(c);
            }
        }

        void endRow() throws RulebaseException {
            cells.add(cell.toString());
            cell.setLength(0);
            rows++;
            handler.accept(new Row(rows, List.copyOf(cells)));
            cells.clear();
        }
    }
}
