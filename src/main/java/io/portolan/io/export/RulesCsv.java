package io.portolan.io.export;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.AtomicFiles;
import io.portolan.io.Cancellation;
import io.portolan.io.OutputFileException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Rules sheet as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read the accents
 * and arrows right). Cells a spreadsheet would take for a formula are neutralised by {@link Csv}.
 */
public final class RulesCsv {

    private RulesCsv() {
    }

    /**
     * Writes the rules, whole or not at all.
     *
     * @param analysis the analysed design
     * @param detailed one row per flow and firewall instead of merged rules
     * @param target the .csv file to write
     * @throws OutputFileException naming the file when it cannot be written (read-only, locked, no folder)
     */
    public static void export(FlowAnalysis analysis, boolean detailed, Path target) throws OutputFileException {
        Objects.requireNonNull(analysis, "analysis");
        RuleTable table = RuleTable.of(analysis, detailed);
        AtomicFiles.write(target, out -> write(table, out));
    }

    /**
     * Writes the rows of a prepared table (a delta request, a request checked against a rulebase, one whose address
     * columns name objects), whole or not at all.
     *
     * @throws OutputFileException naming the file when it cannot be written (read-only, locked, no folder)
     */
    public static void export(RuleTable table, Path target) throws OutputFileException {
        export(table, target, Cancellation.none());
    }

    /**
     * Writes the rows of a prepared table, whole or not at all, unless the write is cancelled first: then nothing is
     * written and no temporary file is left.
     *
     * @throws OutputFileException naming the file when it cannot be written, or the write was cancelled
     */
    public static void export(RuleTable table, Path target, Cancellation cancellation) throws OutputFileException {
        AtomicFiles.write(target, writer(table), cancellation);
    }

    /** What writes the rows of a table into a file's stream, for a caller that writes it with other files. */
    public static AtomicFiles.Writer writer(RuleTable table) {
        Objects.requireNonNull(table, "table");
        return out -> write(table, out);
    }

    /** Writes the rows of a table to a stream, after a byte order mark; the stream is flushed and left open. */
    static void write(RuleTable table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        write(table, writer);
    }

    /** Writes the header and the rows of a table, numbered from 1; the writer is flushed and left open. */
    public static void write(RuleTable table, Writer writer) throws IOException {
        write(table, 0, table.rows().size(), writer);
    }

    /**
     * Writes the header and the rows {@code from} to {@code to} of a table (a firewall's section), each with its
     * number in the whole table; the writer is flushed and left open.
     */
    public static void write(RuleTable table, int from, int to, Writer writer) throws IOException {
        List<RequestColumn> columns = table.columns();
        writer.write(Csv.line(columns.stream().map(RequestColumn::header).toList()));
        List<RuleRow> rows = table.rows();
        List<String> cells = new ArrayList<>(columns.size());
        for (int i = from; i < to; i++) {
            cells.clear();
            RuleRow row = rows.get(i);
            for (RequestColumn column : columns) {
                cells.add(column == RuleColumn.NUMBER ? Integer.toString(i + 1) : row.text(column));
            }
            writer.write(Csv.line(cells));
        }
        writer.flush();
    }
}
