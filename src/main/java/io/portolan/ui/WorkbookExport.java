package io.portolan.ui;

/** Interim until the workbook branch is merged. */
final class WorkbookExport {

    private WorkbookExport() {
    }

    static void export(MainWindow window, boolean detailed) {
        window.dialogs().showError("Export", "The workbook exporter is being merged.");
    }

    static void exportCsv(MainWindow window) {
        window.dialogs().showError("Export", "The workbook exporter is being merged.");
    }
}
