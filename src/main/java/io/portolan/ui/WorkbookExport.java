package io.portolan.ui;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.OutputFileException;
import io.portolan.io.export.RulesCsv;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.ObjectNameException;
import io.portolan.io.export.objects.ObjectNaming;
import io.portolan.io.export.workbook.WorkbookExporter;
import io.portolan.io.export.workbook.WorkbookOptions;
import io.portolan.ui.Dialogs.FileKind;
import io.portolan.ui.document.DesignDocument;
import java.time.LocalDate;

/**
 * Export Workbook and Export Rules CSV: asks where through the file actions, writes the committed design's
 * analysis with the diagram embedded, and reports a locked or read-only target in a dialog.
 */
final class WorkbookExport {

    private final DesignDocument document;
    private final FileActions files;
    private final Dialogs dialogs;
    private final DiagramPicture picture;

    /**
     * @param files where the target is chosen and its folder remembered
     * @param picture the diagram embedded in the workbook
     */
    WorkbookExport(DesignDocument document, FileActions files, Dialogs dialogs, DiagramPicture picture) {
        this.document = document;
        this.files = files;
        this.dialogs = dialogs;
        this.picture = picture;
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
        files.chooseTarget(FileKind.WORKBOOK).ifPresent(target -> {
            LocalDate today = LocalDate.now();
            FlowAnalysis analysis = document.analysis();
            try {
                FirewallObjects objects = naming == null ? null : FirewallObjects.of(analysis.rules(detailed), analysis.design(), naming);
                WorkbookExporter.export(analysis, new WorkbookOptions(detailed, picture.png(today), today, files.workbookPaper()), objects, target);
                files.rememberFolder(target);
            } catch (OutputFileException | ObjectNameException e) {
                dialogs.showError("Cannot export the workbook", e.getMessage());
            } catch (RuntimeException e) {
                dialogs.showError("Cannot export the workbook", target + ": " + e);
            }
        });
    }

    /** Writes the rules as CSV, for tools that take a flat list. */
    void exportCsv() {
        files.chooseTarget(FileKind.CSV).ifPresent(target -> {
            try {
                RulesCsv.export(document.analysis(), false, target);
                files.rememberFolder(target);
            } catch (OutputFileException e) {
                dialogs.showError("Cannot export the rules", e.getMessage());
            }
        });
    }
}
