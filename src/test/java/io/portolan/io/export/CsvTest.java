package io.portolan.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A CSV cell stays one cell of plain text whatever list separator a spreadsheet reads it with. */
class CsvTest {

    private static final List<String> HOSTILE = List.of("=cmd|' /C calc'!A0", "a;=cmd|' /C calc'!A0", "TCP 53; =1+1",
            "purpose one\n=2+2", "\u0000=3+3", "\t=4+4", "@SUM(1+1)", "-2+3", "+DNS", "x\t=5+5", " padded ", "plain");

    @ParameterizedTest(name = "separator {0}")
    @ValueSource(chars = {',', ';', '\t'})
    void noCellOfAHostileLineReadsAsAFormulaWithAnySeparator(char separator) {
        List<String> cells = read(Csv.line(HOSTILE), separator);

        if (separator == ',') {
            assertThat(cells).hasSize(HOSTILE.size());
        }
        assertThat(cells).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\u0000"));
        assertThat(cells).noneMatch(cell -> cell.startsWith("-") && !cell.matches("-?\\d+"));
    }

    /** The cells of one CSV line as a spreadsheet reads them with the separator: quotes honoured, CRLF ending. */
    private static List<String> read(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String text = line.endsWith("\r\n") ? line.substring(0, line.length() - 2) : line;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
