package io.portolan.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.io.export.Csv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A rulebase CSV is read back cell for cell as a CSV writer wrote it: cells with commas, quotes, semicolons and line
 * breaks, cells the writer guarded against spreadsheet formulas, rows ended by CRLF or LF, with or without a byte order mark, in files long enough that quoted cells and
 * doubled quotes fall across the reader's buffer. Cells split into items as a regular expression splits them.
 */
class CsvRecordsPropertyTest {

    @Provide
    Arbitrary<List<List<String>>> tables() {
        // with what makes the writer put an apostrophe in front (=, +, -, @ and control characters first in a cell)
        Arbitrary<String> cell = Arbitraries.strings().withChars("ab,\";\n\r\t é=+-@").ofMaxLength(60);
        return cell.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(400);
    }

    @Property(tries = 60)
    void rowsReadBackAsTheyWereWritten(@ForAll("tables") List<List<String>> table, @ForAll boolean lineFeeds,
                                       @ForAll boolean byteOrderMark) throws Exception {
        StringBuilder text = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
        for (List<String> cells : table) {
            String line = Csv.line(cells);
            text.append(lineFeeds ? line.substring(0, line.length() - 2) + "\n" : line);
        }
        Path file = Files.createTempFile("records", ".csv");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            List<CsvRecords.Row> rows = CsvRecords.read(file);

            assertThat(rows).hasSameSizeAs(table);
            for (int r = 0; r < rows.size(); r++) {
                assertThat(rows.get(r).row()).isEqualTo(r + 1);
                List<String> read = new ArrayList<>();
                for (int c = 0; c < rows.get(r).cells().size(); c++) {
                    read.add(rows.get(r).cell(c));
                }
                assertThat(read).as("row %d", r + 1).isEqualTo(table.get(r));
            }
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 500)
    void itemsAreWhatARegularExpressionSplitGives(@ForAll("cells") String cell) {
        assertThat(ObjectTable.split(cell)).isEqualTo(regexItems(cell, "[;,\\r\\n]"));
        assertThat(ObjectTable.split(cell, ";\r\n")).isEqualTo(regexItems(cell, "[;\\r\\n]"));
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars("ab;,\r\n \t").ofMaxLength(20);
    }

    @Example
    void aQuotedCellLeftOpenIsAnErrorNamingItsRow() throws Exception {
        Path file = Files.createTempFile("records", ".csv");
        try {
            Files.writeString(file, "firewall,name\r\nfw,\"open\r\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> CsvRecords.read(file)).isInstanceOf(RulebaseException.class)
                    .hasMessageContaining("row 2").hasMessageContaining("quoted cell is not closed");
        } finally {
            Files.delete(file);
        }
    }

    private static List<String> regexItems(String cell, String regex) {
        List<String> items = new ArrayList<>();
        for (String item : Pattern.compile(regex).split(cell)) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }
}
