package io.portolan.ui;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.AtomicFiles;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.RulesCsv;
import io.portolan.io.export.diagram.DiagramRenderer;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.ObjectNaming;
import io.portolan.io.export.workbook.PaperSize;
import io.portolan.io.export.workbook.WorkbookExporter;
import io.portolan.io.export.workbook.WorkbookOptions;
import io.portolan.ui.Dialogs.FileKind;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.panels.TaskBarViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * Export Workbook and Export Rules CSV, and the compared request's: asks where through the file actions, draws the
 * diagram, then writes the committed design's analysis in the background, where it can be cancelled; a locked or
 * read-only target is reported in a dialog.
 */
final class WorkbookExport {

    static final String WORKBOOK_FAILED = "Cannot export the workbook";
    static final String CSV_FAILED = "Cannot export the rules";

    private final DesignDocument document;
    private final FileActions files;
    private final Dialogs dialogs;
    private final DiagramPicture picture;
    private final TaskBarViewModel tasks;

    /**
     * @param files where the target is chosen and its folder remembered
     * @param picture the diagram embedded in the workbook
     * @param tasks where the export runs
     */
    WorkbookExport(DesignDocument document, FileActions files, Dialogs dialogs, DiagramPicture picture, TaskBarViewModel tasks) {
        this.document = document;
        this.files = files;
        this.dialogs = dialogs;
        this.picture = picture;
        this.tasks = tasks;
    }

    /** Writes the change-request workbook; {@code detailed} lists every flow rather than merged rules. */
    void export(boolean detailed) {
        export(detailed, null);
    }

    /**
     * Writes the change-request workbook, with an Objects sheet and the rules naming objects when {@code naming} is
     * not null.
     */
    void export(boolean detailed, ObjectNaming naming) {
        FlowAnalysis analysis = document.analysis();
        writeWorkbook(() -> {
            if (naming == null) {
                return new Rows(RuleTable.of(analysis, detailed), null);
            }
            FirewallObjects objects = FirewallObjects.of(analysis.rules(detailed), analysis.design(), naming);
            return new Rows(RuleTable.of(analysis, detailed, objects.addressNaming()), objects);
        }, detailed);
    }

    /**
     * The rows of a workbook and the objects they name.
     *
     * @param objects null for a workbook without objects
     */
    record Rows(RuleTable table, FirewallObjects objects) {
    }

    /** Writes a workbook of the rows made in the background (the request, or the request compared). */
    void writeWorkbook(Callable<Rows> rows, boolean detailed) {
        if (!tasks.checkIdle()) {
            return;
        }
        files.chooseTarget(FileKind.WORKBOOK).ifPresent(target -> {
            LocalDate today = LocalDate.now();
            // the design and how the canvas shows it are taken now; the drawing itself is done in the background
            DiagramRenderer drawing = picture.renderer(today);
            PaperSize paper = files.workbookPaper();
            files.rememberFolder(target);
            tasks.start("the workbook", target, WORKBOOK_FAILED, cancellation -> {
                Rows made = rows.call();
                WorkbookOptions options = new WorkbookOptions(detailed, drawing.png(), today, paper);
                cancellation.check();
                AtomicFiles.write(target, WorkbookExporter.writer(made.table(), options, made.objects(), target, cancellation),
                        cancellation);
                return count(made.table());
            });
        });
    }

    private static String count(RuleTable table) {
        return table.rows().size() + (table.rows().size() == 1 ? " rule" : " rules");
    }

    /** Writes the rules as CSV, for tools that take a flat list. */
    void exportCsv() {
        FlowAnalysis analysis = document.analysis();
        writeCsv(() -> RuleTable.of(analysis, false));
    }

    /** Writes the rows the supplier makes as CSV, in the background. */
    void writeCsv(Callable<RuleTable> rows) {
        if (!tasks.checkIdle()) {
            return;
        }
        files.chooseTarget(FileKind.CSV).ifPresent((Path target) -> {
            files.rememberFolder(target);
            tasks.start("the rules", target, CSV_FAILED, cancellation -> {
                RuleTable table = rows.call();
                RulesCsv.export(table, target, cancellation);
                return count(table);
            });
        });
    }
}
