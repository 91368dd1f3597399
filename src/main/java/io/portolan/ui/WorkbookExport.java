package io.portolan.ui;

import io.portolan.io.OutputFileException;
import io.portolan.io.export.RulesCsv;
import io.portolan.io.export.workbook.WorkbookExporter;
import io.portolan.io.export.workbook.WorkbookOptions;
import io.portolan.ui.Dialogs.FileKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Export Workbook and Export Rules CSV: asks where through {@link Dialogs}, writes the committed design's
 * analysis with the diagram embedded, and reports a locked or read-only target in a dialog.
 */
final class WorkbookExport {

    private WorkbookExport() {
    }

    /** Writes the change-request workbook; {@code detailed} lists every flow rather than merged rules. */
    static void export(MainWindow window, boolean detailed) {
        FileActions files = window.files();
        Optional<Path> chosen = window.dialogs().chooseFileToSave(FileKind.WORKBOOK, files.lastFolder(),
                files.suggestedName(FileKind.WORKBOOK));
        chosen.map(FileKind.WORKBOOK::withExtension).ifPresent(target -> {
            byte[] picture = files.diagramPng().apply(1);
            try {
                WorkbookExporter.export(window.document().analysis(), new WorkbookOptions(detailed, picture, LocalDate.now()), target);
                remember(window, target);
            } catch (OutputFileException e) {
                window.dialogs().showError("Cannot export the workbook", e.getMessage());
            }
        });
    }

    /** Writes the rules as CSV, for tools that take a flat list. */
    static void exportCsv(MainWindow window) {
        FileActions files = window.files();
        Optional<Path> chosen = window.dialogs().chooseFileToSave(FileKind.CSV, files.lastFolder(), files.suggestedName(FileKind.CSV));
        chosen.map(FileKind.CSV::withExtension).ifPresent(target -> {
            try {
                RulesCsv.export(window.document().analysis(), false, target);
                remember(window, target);
            } catch (OutputFileException e) {
                window.dialogs().showError("Cannot export the rules", e.getMessage());
            }
        });
    }

    private static void remember(MainWindow window, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            window.settings().setLastFolder(folder);
        }
    }
}
