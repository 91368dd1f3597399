package io.portolan.rulebase;

import java.io.BufferedReader;
import java.io.IOException;
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
         * {@code =}, {@code +}, {@code -} or {@code @} so that a spreadsheet reads the cell as text is taken off again.
         */
        String cell(int index) {
            String cell = index < cells.size() ? cells.get(index) : "";
            return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
        }

        /** True for a row whose every cell is blank. */
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvRecords() {
    }

    /** Every record of the file, header first. */
    static List<Row> read(Path file) throws RulebaseException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw new RulebaseException(file.toString(), 0, null, "the file does not exist");
        } catch (CharacterCodingException e) {
            throw new RulebaseException(file.toString(), 0, null, "the file is not UTF-8 text; export the rulebase as UTF-8 CSV");
        } catch (IOException e) {
            throw new RulebaseException(file.toString(), 0, null, "cannot be read: " + e.getMessage());
        }
    }

    private static List<Row> parse(BufferedReader reader, String file) throws IOException, RulebaseException {
        Parser parser = new Parser();
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        for (; c != -1; c = reader.read()) {
            if (parser.quoted && c == '"') {
                reader.mark(1);
                int next = reader.read();
                if (next == '"') {
                    parser.cell.append('"');
                } else {
                    parser.quoted = false;
                    if (next != -1) {
                        reader.reset();
                    }
                }
            } else {
                parser.accept((char) c);
            }
        }
        if (parser.quoted) {
            throw new RulebaseException(file, parser.rows.size() + 1, null, "a quoted cell is not closed before the end of the file");
        }
        if (parser.cell.length() > 0 || !parser.cells.isEmpty()) {
            parser.endRow();
        }
        return parser.rows;
    }

    /** The rows read so far and the row and cell being read. */
    private static final class Parser {
        private final List<Row> rows = new ArrayList<>();
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private boolean quoted;

        /** A character outside a closing quote. */
        void accept(char c) {
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

        void endRow() {
            cells.add(cell.toString());
            cell.setLength(0);
            rows.add(new Row(rows.size() + 1, List.copyOf(cells)));
            cells.clear();
        }
    }
}
