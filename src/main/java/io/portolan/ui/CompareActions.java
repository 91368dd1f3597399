package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.engine.FlowEngine;
import io.portolan.io.OutputFileException;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.export.RulesCsv;
import io.portolan.io.export.workbook.WorkbookExporter;
import io.portolan.io.export.workbook.WorkbookOptions;
import io.portolan.io.git.GitRevisions;
import io.portolan.io.git.RevisionException;
import io.portolan.rulebase.ColumnMapping;
import io.portolan.rulebase.RulebaseException;
import io.portolan.rulebase.RulebaseReader;
import io.portolan.ui.Dialogs.FileKind;
import io.portolan.ui.document.Comparison;
import io.portolan.ui.document.DesignDocument;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * File > Compare With: an earlier design file, the file as last committed in its git working tree, or the rulebase in
 * place; and the export of the compared request (only the changes, only what is missing). Errors a user can cause (a
 * broken file, no commit, a bad rulebase row) are shown in a dialog and the comparison stays as it was.
 */
final class CompareActions {

    private final DesignDocument document;
    private final Comparison comparison;
    private final Catalog catalog;
    private final FileActions files;
    private final Dialogs dialogs;
    private final DiagramPicture picture;

    CompareActions(DesignDocument document, Comparison comparison, Catalog catalog, FileActions files, Dialogs dialogs,
                   DiagramPicture picture) {
        this.document = document;
        this.comparison = comparison;
        this.catalog = catalog;
        this.files = files;
        this.dialogs = dialogs;
        this.picture = picture;
    }

    /** Asks for an earlier design file and compares the open design with it. */
    void compareWithFile() {
        dialogs.chooseFileToRead("Compare with design", FileKind.DESIGN, folder()).ifPresent(file -> {
            try {
                comparison.compareWith(new FlowEngine(catalog).analyze(DesignFile.read(file, catalog)), file.getFileName().toString());
            } catch (DesignFileException e) {
                dialogs.showError("Cannot compare with " + file.getFileName(), e.getMessage());
            }
        });
    }

    /** True when the open design's file lies in a git working tree, so that it can be compared with its last commit. */
    boolean canCompareWithLastCommit() {
        return document.file() != null && GitRevisions.inWorkTree(document.file());
    }

    /** Compares the open design with its file as committed at HEAD. */
    void compareWithLastCommit() {
        Path file = document.file();
        if (file == null) {
            dialogs.showError("Cannot compare with the last commit", "Save the design in a git working tree first.");
            return;
        }
        try {
            GitRevisions.CommittedFile committed = GitRevisions.read(file, "HEAD");
            comparison.compareWith(new FlowEngine(catalog).analyze(DesignFile.parse(committed.text(), file + "@HEAD", catalog)),
                    committed.description());
        } catch (RevisionException | DesignFileException e) {
            dialogs.showError("Cannot compare with the last commit", e.getMessage());
        }
    }

    /** Asks for a rulebase CSV (default columns; objects named in it are not resolved) and checks the design against it. */
    void checkAgainstRulebase() {
        dialogs.chooseFileToRead("Check against rulebase", FileKind.CSV, folder()).ifPresent(file -> {
            try {
                comparison.checkAgainst(RulebaseReader.read(file, null, ColumnMapping.defaults()));
            } catch (RulebaseException e) {
                dialogs.showError("Cannot read the rulebase " + file.getFileName(), e.getMessage());
            }
        });
    }

    /** Stops comparing. */
    void clear() {
        comparison.clear();
    }

    /** Writes the compared request: only the changes and, with a rulebase, only what is not yet allowed. */
    void exportCompared() {
        if (!comparison.active()) {
            dialogs.showInformation("Nothing to compare with", "Compare with a design, the last commit or a rulebase first.");
            return;
        }
        files.chooseTarget(FileKind.WORKBOOK).ifPresent(target -> {
            try {
                LocalDate today = LocalDate.now();
                WorkbookExporter.export(comparison.table(false), new WorkbookOptions(false, picture.png(today), today, files.workbookPaper()), target);
                files.rememberFolder(target);
            } catch (OutputFileException e) {
                dialogs.showError("Cannot export the workbook", e.getMessage());
            }
        });
    }

    /** Writes the compared request's rules as CSV. */
    void exportComparedCsv() {
        files.chooseTarget(FileKind.CSV).ifPresent(target -> {
            try {
                RulesCsv.export(comparison.table(false), target);
                files.rememberFolder(target);
            } catch (OutputFileException e) {
                dialogs.showError("Cannot export the rules", e.getMessage());
            }
        });
    }

    private Path folder() {
        return document.file() == null ? null : document.file().toAbsolutePath().getParent();
    }
}
