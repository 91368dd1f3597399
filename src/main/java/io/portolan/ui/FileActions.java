package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.io.AtomicFiles;
import io.portolan.io.OutputFileException;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.design.Templates;
import io.portolan.io.export.diagram.DiagramFormat;
import io.portolan.io.export.workbook.PaperSize;
import io.portolan.model.Design;
import io.portolan.ui.Dialogs.FileKind;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The File menu: new, open, save and export. Every question goes through {@link Dialogs}; every error a
 * user can cause (a broken design file, a locked output file) is shown in a dialog and the open design
 * stays as it was.
 */
public final class FileActions {

    private final DesignDocument document;
    private final Selection selection;
    private final Catalog catalog;
    private final Settings settings;
    private final Dialogs dialogs;
    private final DiagramPicture picture;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    /**
     * @param picture the diagram as the exports draw it
     */
    FileActions(DesignDocument document, Selection selection, Catalog catalog, Settings settings, Dialogs dialogs,
                DiagramPicture picture) {
        this.document = document;
        this.selection = selection;
        this.catalog = catalog;
        this.settings = settings;
        this.dialogs = dialogs;
        this.picture = picture;
        recentFiles.setAll(settings.recentFiles());
    }

    /** Recently opened or saved files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Asks about unsaved changes; true when the caller may go on (saved or discarded), false to stop. */
    public boolean confirmDiscardChanges() {
        if (!document.isModified()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(document.displayNameProperty().get())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Starts an empty design. */
    public void newBlank() {
        if (confirmDiscardChanges()) {
            selection.clear();
            document.load(Design.empty(), null);
        }
    }

    /** Starts a new design from a template. */
    public void newFromTemplate(Templates.Template template) {
        if (!confirmDiscardChanges()) {
            return;
        }
        try {
            Design design = Templates.load(template.name(), catalog);
            selection.clear();
            document.loadTemplate(design, template.title());
        } catch (Templates.UnknownTemplateException e) {
            dialogs.showError("Cannot open the template", e.getMessage());
        }
    }

    /** Asks for a design file and opens it. */
    public void open() {
        if (!confirmDiscardChanges()) {
            return;
        }
        dialogs.chooseFileToOpen(lastFolder()).ifPresent(this::read);
    }

    /** Opens a recent file (after asking about unsaved changes). */
    public void openRecent(Path file) {
        if (confirmDiscardChanges()) {
            read(file);
        }
    }

    /**
     * Reads a design file into the window without asking about unsaved changes; a broken file is reported
     * and the open design stays.
     *
     * @return true when the file was opened
     */
    public boolean read(Path file) {
        try {
            Design design = DesignFile.read(file, catalog);
            selection.clear();
            document.load(design, file);
            remember(file);
            return true;
        } catch (DesignFileException e) {
            if (!Files.exists(file)) {
                settings.removeRecentFile(file);
                recentFiles.setAll(settings.recentFiles());
            }
            dialogs.showError("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    /** Saves to the design's file, asking for one when it has none; true when saved. */
    public boolean save() {
        Path file = document.file();
        return file == null ? saveAs() : write(file);
    }

    /** Asks for a file and saves the design to it; true when saved. */
    public boolean saveAs() {
        return chooseTarget(FileKind.DESIGN).map(this::write).orElse(false);
    }

    private boolean write(Path file) {
        try {
            DesignFile.write(file, document.design());
            document.markSaved(file);
            remember(file);
            return true;
        } catch (OutputFileException e) {
            dialogs.showError("Cannot save the design", e.getMessage());
            return false;
        }
    }

    /** Writes a picture of the whole diagram at twice the canvas size, for slides and documents. */
    public void exportPng() {
        exportPicture(DiagramFormat.PNG);
    }

    /** Writes the picture in the format (PNG, SVG or PDF): the drawing the command line and the workbook make. */
    public void exportPicture(DiagramFormat format) {
        FileKind kind = switch (format) {
            case PNG -> FileKind.PNG;
            case SVG -> FileKind.SVG;
            case PDF -> FileKind.PDF;
        };
        chooseTarget(kind).ifPresent(target -> {
            try {
                byte[] bytes = picture.bytes(format);
                AtomicFiles.write(target, out -> out.write(bytes));
                rememberFolder(target);
            } catch (OutputFileException e) {
                dialogs.showError("Cannot export the picture", e.getMessage());
            } catch (RuntimeException e) {
                dialogs.showError("Cannot export the picture", target + ": the diagram could not be drawn (" + e + ")");
            }
        });
    }

    /** The paper exported workbooks print on: the one chosen in File > Export > Workbook Paper, else the locale's. */
    public PaperSize workbookPaper() {
        return settings.workbookPaper();
    }

    /** Chooses the paper exported workbooks print on, and remembers it. */
    public void setWorkbookPaper(PaperSize paper) {
        settings.setWorkbookPaper(paper);
    }

    /**
     * Asks where to write a file of the kind, starting in the last folder used with a name after the
     * design's; the answer carries the kind's extension. Empty when the user cancels.
     */
    Optional<Path> chooseTarget(FileKind kind) {
        return dialogs.chooseFileToSave(kind, lastFolder(), suggestedName(kind)).map(kind::withExtension);
    }

    /** Remembers the folder of a file just written, for the next file dialog. */
    void rememberFolder(Path written) {
        settings.setLastFolder(folderOf(written));
    }

    /** The folder dialogs start in: the last one used, or the design's own. */
    private Path lastFolder() {
        return settings.lastFolder().orElse(document.file() == null ? null : folderOf(document.file()));
    }

    /** A file name built on the design's name and the kind's extension. */
    private String suggestedName(FileKind kind) {
        String name = document.displayNameProperty().get();
        if (document.file() != null) {
            name = document.file().getFileName().toString();
            int dot = name.lastIndexOf('.');
            name = dot > 0 ? name.substring(0, dot) : name;
        }
        String base = name.replaceAll("[\\\\/:*?\"<>|]", "-").trim();
        return (base.isEmpty() ? "design" : base) + kind.extension().toLowerCase(Locale.ROOT);
    }

    private void remember(Path file) {
        settings.addRecentFile(file);
        rememberFolder(file);
        recentFiles.setAll(settings.recentFiles());
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }
}
