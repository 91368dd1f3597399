package io.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A table printed row by row from its items reads as the table built whole. */
class TextTableTest {

    private static final List<String> HEADER = List.of("SOURCE", "TO", "SERVICE");

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
                Arbitraries.of("line\nbreak", "tab\there", "\u001b[31mred", "Z\u00fcrich"));
        return cell.list().ofMinSize(0).ofMaxSize(4).list().ofMaxSize(12);
    }

    @Property(tries = 200)
    void printingRowByRowGivesTheTableBuiltWhole(@ForAll("rows") List<List<String>> rows) {
        TextTable whole = new TextTable(HEADER.toArray(String[]::new));
        rows.forEach(row -> whole.row(row.toArray(String[]::new)));
        StringWriter printed = new StringWriter();
        try (PrintWriter out = new PrintWriter(printed)) {
            TextTable.print(out, HEADER, rows, row -> row.toArray(String[]::new));
        }

        assertThat(printed.toString()).isEqualTo(whole.toString());
    }
}
