package io.portolan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A plain-text table with columns padded to their widest cell, for terminal output. */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(String... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (String cell : cells) {
            row.add(clean(cell));
        }
        rows.add(row);
        return this;
    }

    /**
     * Prints the table of {@code items}, a row each, without holding its text: a first pass over the items measures the
     * columns, a second makes each row's cells again and prints them, so a table of a million flows costs the memory
     * of one row. The output is that of {@link #toString} for the same rows.
     */
    static <T> void print(PrintWriter out, List<String> header, Iterable<T> items, Function<T, String[]> cells) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
        }
        for (T item : items) {
            String[] row = cells.apply(item);
            for (int i = 0; i < widths.length && i < row.length; i++) {
                widths[i] = Math.max(widths[i], clean(row[i]).length());
            }
        }
        StringBuilder line = new StringBuilder();
        append(line, header, widths);
        append(line, rule(widths), widths);
        out.print(line);
        for (T item : items) {
            line.setLength(0);
            List<String> row = new ArrayList<>();
            for (String cell : cells.apply(item)) {
                row.add(clean(cell));
            }
            append(line, row, widths);
            out.print(line);
        }
    }

    private static String clean(String cell) {
        return cell == null ? "" : TerminalText.escaped(cell.replace('\n', ' '));
    }

    private static List<String> rule(int[] widths) {
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        return rule;
    }

    @Override
    public String toString() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length && i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        append(out, header, widths);
        append(out, rule(widths), widths);
        for (List<String> row : rows) {
            append(out, row, widths);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            line.append(cell);
            if (i < widths.length - 1) {
                line.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
}
