package io.portolan.io.export.workbook;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.AtomicFiles;
import io.portolan.io.Cancellation;
import io.portolan.io.OutputFileException;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.SuppressedFlows;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.model.RequestInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.Deflater;

/**
 * Writes the firewall change-request workbook of an analysed design: Request, Rules, one sheet per
 * firewall and implicit boundary, Suppressed flows when the user left any out, Zone matrix, Components, Objects when
 * objects are asked for, and Diagram when a picture is supplied.
 * The file is written whole or not at all; an existing file is replaced only once the new one is complete.
 */
public final class WorkbookExporter {

    static final String RULES = "Rules";

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
        export(analysis, options, null, target);
    }

    /**
     * Writes the workbook with objects: an Objects sheet, and the Rules sheets naming objects instead of addresses.
     *
     * @param objects the objects of {@code analysis.rules(options.detailed())}, or null for a workbook without objects
     * @throws OutputFileException naming the file when it cannot be written (read-only, locked, no folder)
     * @throws IllegalArgumentException when the diagram bytes are not a PNG image, or the objects are of another request
     */
    public static void export(FlowAnalysis analysis, WorkbookOptions options, FirewallObjects objects, Path target)
            throws OutputFileException {
        export(analysis, options, objects, target, Cancellation.none());
    }

    /**
     * Writes the workbook with objects (or without, when {@code objects} is null) unless it is cancelled first: then
     * nothing is written and no temporary file is left.
     *
     * @throws OutputFileException naming the file when it cannot be written, or the write was cancelled
     * @throws IllegalArgumentException when the diagram bytes are not a PNG image, or the objects are of another request
     */
    public static void export(FlowAnalysis analysis, WorkbookOptions options, FirewallObjects objects, Path target,
                              Cancellation cancellation) throws OutputFileException {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(options, "options");
        if (objects != null && objects.request() != analysis.rules(options.detailed())) {
            throw new IllegalArgumentException("the objects are not those of the request the workbook lists");
        }
        RuleTable table = objects == null ? RuleTable.of(analysis, options.detailed())
                : RuleTable.of(analysis, options.detailed(), objects.addressNaming());
        AtomicFiles.write(target, writer(table, options, objects, target, cancellation), cancellation);
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
        export(table, options, null, target);
    }

    /**
     * Writes the workbook of prepared rows, with an Objects sheet when there are objects.
     *
     * @param objects the objects the table's rows name, or null for a workbook without objects
     * @throws OutputFileException naming the file when it cannot be written (read-only, locked, no folder)
     * @throws IllegalArgumentException when the diagram bytes are not a PNG image
     */
    public static void export(RuleTable table, WorkbookOptions options, FirewallObjects objects, Path target)
            throws OutputFileException {
        AtomicFiles.write(target, writer(table, options, objects, target, Cancellation.none()));
    }

    /**
     * What writes the workbook of prepared rows into a file's stream, checked first, for a caller that writes it with
     * other files ({@link AtomicFiles#stage}) or lets a person cancel it: the rows written so far are checked against the
     * cancellation every few hundred rows.
     *
     * @param target the .xlsx file it is for, named in the errors
     * @throws OutputFileException when a sheet other than the rules' would need more rows than a worksheet holds
     * @throws IllegalArgumentException when the diagram bytes are not a PNG image
     */
    public static AtomicFiles.Writer writer(RuleTable table, WorkbookOptions options, FirewallObjects objects, Path target,
                                            Cancellation cancellation) throws OutputFileException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
        byte[] png = options.diagramPng();
        if (png != null && !DiagramSheet.isPng(png)) {
            throw new IllegalArgumentException("the diagram is not a PNG image");
        }
        requireFits(table, target);
        if (objects != null) {
            requireFits(ObjectsSheet.NAME, objects.addresses().size() + (long) objects.services().size(), target);
        }
        return out -> write(table, options, png, objects, out, cancellation, RuleSheets.WORKSHEET_ROWS);
    }

    /**
     * Fails when a sheet that is not continued on further sheets would need more rows than a worksheet holds, so that
     * a caller can find out before it draws the diagram: the rules go on over as many sheets as they need, but a
     * comparison's side table, the suppressed flows and the components are each one sheet.
     *
     * @throws OutputFileException naming the target, the sheet and the number of rows
     */
    public static void requireFits(RuleTable table, Path target) throws OutputFileException {
        for (RuleTable.SideTable side : table.sideTables()) {
            requireFits(side.name(), side.rows().size(), target);
        }
        requireFits(SuppressedFlows.SHEET, SuppressedFlows.count(table.analysis()), target);
        requireFits(ComponentsSheet.NAME, table.analysis().design().nodes().size(), target);
    }

    private static void requireFits(String sheet, long rows, Path target) throws OutputFileException {
        if (rows > RuleSheets.WORKSHEET_ROWS) {
            throw new OutputFileException(target, String.format(Locale.ROOT, "the sheet '%s' would need %,d rows, more than"
                    + " a worksheet holds (%,d)", sheet, rows, RuleSheets.WORKSHEET_ROWS));
        }
    }

    /** Writes the workbook of a rule table, with objects when they are not null, to a stream, which is left open. */
    static void write(RuleTable table, WorkbookOptions options, byte[] png, FirewallObjects objects, OutputStream out)
            throws IOException {
        write(table, options, png, objects, out, Cancellation.none(), RuleSheets.WORKSHEET_ROWS);
    }

    /**
     * Writes the workbook to a stream, which is left open, each rules sheet taking at most {@code rowsPerSheet} rows
     * before it goes on over another: {@link RuleSheets#WORKSHEET_ROWS}, or fewer in a test of the continued sheets.
     */
    static void write(RuleTable table, WorkbookOptions options, byte[] png, FirewallObjects objects, OutputStream out,
                      Cancellation cancellation, int rowsPerSheet) throws IOException {
        RequestInfo request = table.analysis().design().request();
        // closing the workbook deletes its temporary files, whether or not the write succeeded
        try (StreamingWorkbook workbook = new StreamingWorkbook(options.date(), request.title(), Deflater.BEST_SPEED, cancellation)) {
            try {
                fill(workbook, table, options, png, objects, rowsPerSheet);
                cancellation.check();
                workbook.write(out);
            } catch (IOException | RuntimeException e) {
                // asked before the workbook is closed, while its temporary files still fill their disk
                throw PoiTemporaryFiles.explain(e);
            }
        }
    }

    /** Writes the workbook of a rule table without objects. */
    static void write(RuleTable table, WorkbookOptions options, byte[] png, OutputStream out) throws IOException {
        write(table, options, png, null, out);
    }

    private static void fill(StreamingWorkbook workbook, RuleTable table, WorkbookOptions options, byte[] png, FirewallObjects objects,
                             int rowsPerSheet) {
        RequestInfo request = table.analysis().design().request();
        String reference = request.changeReference();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        PrintLayout print = new PrintLayout(options.paper());
        RuleTable.SideTable suppressed = SuppressedFlows.table(table.analysis());
        // the Request sheet names the suppressed flows' sheet, so a firewall of the same name gives way to it
        SheetNames names = new SheetNames(RequestSheet.NAME, RULES, ZoneMatrixSheet.NAME, ComponentsSheet.NAME, DiagramSheet.NAME,
                ObjectsSheet.NAME, suppressed.rows().isEmpty() ? RULES : suppressed.name());
        RuleSheets rules = RuleSheets.plan(table, workbook.texts(), names, RULES, request.title().isBlank() ? "All rules" : request.title(),
                rowsPerSheet);
        RequestSheet.write(workbook.createSheet(RequestSheet.NAME), styles, print, table, options.date(), objects, rules);
        writeRules(new RulesSheet(workbook, styles, print, table.columns()), rules, table, reference);
        for (RuleTable.SideTable side : table.sideTables()) {
            SideSheet.write(workbook.createSheet(names.unique(side.name())), styles, print, side, reference);
        }
        if (!suppressed.rows().isEmpty()) {
            SideSheet.write(workbook.createSheet(suppressed.name()), styles, print, suppressed, reference);
        }
        ZoneMatrixSheet.write(workbook.createSheet(ZoneMatrixSheet.NAME), styles, print, table);
        ComponentsSheet.write(workbook.createSheet(ComponentsSheet.NAME), styles, print, table);
        if (objects != null) {
            ObjectsSheet.write(workbook.createSheet(ObjectsSheet.NAME), styles, print, objects, reference);
        }
        if (png != null) {
            DiagramSheet.write(workbook, workbook.createSheet(DiagramSheet.NAME), styles, print, png, reference);
        }
        workbook.setActiveSheet(0);
    }

    /** The Rules sheet and one sheet per firewall, each continued on further sheets where it does not fit one. */
    private static void writeRules(RulesSheet writer, RuleSheets sheets, RuleTable table, String reference) {
        for (RuleSheets.Listing listing : sheets.listings()) {
            for (RuleSheets.Sheet part : listing.sheets()) {
                writer.write(listing, part, table.rows(), reference);
            }
        }
    }
}
