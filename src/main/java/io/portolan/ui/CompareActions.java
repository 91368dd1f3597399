package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.export.RuleTable;
import io.portolan.io.git.GitRevisions;
import io.portolan.io.git.RevisionException;
import io.portolan.rulebase.ColumnMapping;
import io.portolan.rulebase.RulebaseException;
import io.portolan.rulebase.RulebaseReader;
import io.portolan.ui.Dialogs.FileKind;
import io.portolan.ui.document.Comparison;
import io.portolan.ui.document.DesignDocument;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * File > Compare With: an earlier design file, the file as last committed in its git working tree, or the rulebase in
 * place; and the export of the compared request (only the changes, only what is missing). Errors a user can cause (a
 * broken file, no commit, a bad rulebase row) are shown in a dialog and the comparison stays as it was.
 */
final class CompareActions {

    static final String COMPARE_TITLE = "Compare With Design";
    static final String RULEBASE_TITLE = "Check Against Rulebase";

    private final DesignDocument document;
    private final Comparison comparison;
    private final Catalog catalog;
    private final Dialogs dialogs;
    private final WorkbookExport exports;

    /**
     * @param exports where the compared request is written
     */
    CompareActions(DesignDocument document, Comparison comparison, Catalog catalog, Dialogs dialogs, WorkbookExport exports) {
        this.document = document;
        this.comparison = comparison;
        this.catalog = catalog;
        this.dialogs = dialogs;
        this.exports = exports;
    }

    /** Asks for an earlier design file and compares the open design with it. */
    void compareWithFile() {
        dialogs.chooseFileToRead(COMPARE_TITLE, FileKind.DESIGN, folder()).ifPresent(file -> {
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
        dialogs.chooseFileToRead(RULEBASE_TITLE, FileKind.CSV, folder()).ifPresent(file -> {
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
        if (!comparing()) {
            return;
        }
        Supplier<RuleTable> rows = comparison.tableLater(false);
        exports.writeWorkbook(() -> new WorkbookExport.Rows(rows.get(), null), false);
    }

    /** Writes the compared request's rules as CSV. */
    void exportComparedCsv() {
        if (comparing()) {
            exports.writeCsv(comparison.tableLater(false)::get);
        }
    }

    private boolean comparing() {
        if (!comparison.active()) {
            dialogs.showInformation("Nothing to compare with", "Compare with a design, the last commit or a rulebase first.");
            return false;
        }
        return true;
    }

    private Path folder() {
        return document.file() == null ? null : document.file().toAbsolutePath().getParent();
    }
}
