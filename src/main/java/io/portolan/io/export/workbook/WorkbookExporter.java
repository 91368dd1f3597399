package io.portolan.io.export.workbook;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.AtomicFiles;
import io.portolan.io.OutputFileException;
import io.portolan.io.export.RequestColumn;
import io.portolan.io.export.RuleRow;
import io.portolan.io.export.RuleTable;
import io.portolan.model.RequestInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the firewall change-request workbook of an analysed design: Request, Rules, one sheet per
 * firewall and implicit boundary, Zone matrix, Components, and Diagram when a picture is supplied.
 * The file is written whole or not at all; an existing file is replaced only once the new one is complete.
 */
public final class WorkbookExporter {

    static final String RULES = "Rules";
    /** Excel row limit less the header row. */
    private static final int MAX_ROWS = 1_048_575;

    private WorkbookExporter() {
    }

    /**
     * Writes the workbook.
     *
     * @param analysis the analysed design
     * @param options consolidated or detailed rules, the diagram, the request date
     * @param target the .xlsx file to write
     * @throws OutputFileException naming the file when it cannot be written (read-only, locked, no folder)
     * @throws IllegalArgumentException when the diagram bytes are not a PNG image
     */
    public static void export(FlowAnalysis analysis, WorkbookOptions options, Path target) throws OutputFileException {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(options, "options");
        export(RuleTable.of(analysis, options.detailed()), options, target);
    }

    /**
     * Writes the workbook of prepared rows: a request compared with an earlier revision or with the rulebase in place.
     *
     * @param table the rows, their columns, and what the request was compared with
     * @param options the diagram and the request date; whether the rows are detailed is the table's
     * @param target the .xlsx file to write
     * @throws OutputFileException naming the file when it cannot be written (read-only, locked, no folder)
     * @throws IllegalArgumentException when the diagram bytes are not a PNG image
     */
    public static void export(RuleTable table, WorkbookOptions options, Path target) throws OutputFileException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
        byte[] png = options.diagramPng();
        if (png != null && !DiagramSheet.isPng(png)) {
            throw new IllegalArgumentException("the diagram is not a PNG image");
        }
        if (table.rows().size() > MAX_ROWS) {
            throw new OutputFileException(target, "the design needs " + table.rows().size()
                    + " rule rows, more than a worksheet holds (" + MAX_ROWS + ")");
        }
        AtomicFiles.write(target, out -> write(table, options, png, out));
    }

    /** Writes the workbook of a rule table to a stream, which is left open. */
    static void write(RuleTable table, WorkbookOptions options, byte[] png, OutputStream out) throws IOException {
        RequestInfo request = table.analysis().design().request();
        // closing the workbook deletes its temporary files, whether or not the write succeeded
        try (StreamingWorkbook workbook = new StreamingWorkbook(options.date(), request.title(), Deflater.BEST_SPEED)) {
            fill(workbook, table, options, png);
            workbook.write(out);
        }
    }

    private static void fill(SXSSFWorkbook workbook, RuleTable table, WorkbookOptions options, byte[] png) {
        RequestInfo request = table.analysis().design().request();
        String reference = request.changeReference();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        SheetNames names = new SheetNames(RequestSheet.NAME, RULES, ZoneMatrixSheet.NAME, ComponentsSheet.NAME, DiagramSheet.NAME);
        RequestSheet.write(workbook.createSheet(RequestSheet.NAME), styles, table, options.date());
        List<RequestColumn> columns = table.columns();
        RulesSheet rules = new RulesSheet(workbook, styles, columns);
        List<RuleRow> rows = table.rows();
        List<RuleTable.Section> sections = table.sections();
        // each firewall's rows are measured once; the Rules sheet takes the widest of them and of the unrouted rows
        List<int[]> longest = new ArrayList<>(sections.size());
        int routed = 0;
        int[] all = new int[columns.size()];
        for (RuleTable.Section section : sections) {
            int[] lines = RulesSheet.longestLines(columns, rows, section.from(), section.to());
            longest.add(lines);
            all = RulesSheet.max(all, lines);
            routed = Math.max(routed, section.to());
        }
        all = RulesSheet.max(all, RulesSheet.longestLines(columns, rows, routed, rows.size()));
        rules.write(RULES, rows, 0, rows.size(), all, request.title().isBlank() ? "All rules" : request.title(), reference);
        for (int i = 0; i < sections.size(); i++) {
            RuleTable.Section section = sections.get(i);
            rules.write(names.unique(section.boundary().name()), rows, section.from(), section.to(), longest.get(i),
                    section.boundary().name(), reference);
        }
        for (RuleTable.SideTable side : table.sideTables()) {
            SideSheet.write(workbook.createSheet(names.unique(side.name())), styles, side, reference);
        }
        ZoneMatrixSheet.write(workbook.createSheet(ZoneMatrixSheet.NAME), styles, table);
        ComponentsSheet.write(workbook.createSheet(ComponentsSheet.NAME), styles, table);
        if (png != null) {
            DiagramSheet.write(workbook, workbook.createSheet(DiagramSheet.NAME), styles, png, reference);
        }
        workbook.setActiveSheet(0);
    }
}
