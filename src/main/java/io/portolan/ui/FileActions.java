package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.io.AtomicFiles;
import io.portolan.io.OutputFileException;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.design.Templates;
import io.portolan.io.export.diagram.DiagramFormat;
import io.portolan.io.export.diagram.DiagramRenderer;
import io.portolan.io.export.workbook.PaperSize;
import io.portolan.model.Design;
import io.portolan.ui.Dialogs.FileKind;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import io.portolan.ui.panels.TaskBarViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
    private static final String PICTURE_FAILED = "Cannot export the picture";

    private final Catalog catalog;
    private final Settings settings;
    private final Dialogs dialogs;
    private final DiagramPicture picture;
    private final TaskBarViewModel tasks;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    /**
     * @param picture the diagram as the exports draw it
     * @param tasks where exports run, off the window's thread
     */
    FileActions(DesignDocument document, Selection selection, Catalog catalog, Settings settings, Dialogs dialogs,
                DiagramPicture picture, TaskBarViewModel tasks) {
        this.document = document;
        this.selection = selection;
        this.catalog = catalog;
        this.settings = settings;
        this.dialogs = dialogs;
        this.picture = picture;
        this.tasks = tasks;
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

    /** File > Close: puts the design away (after asking about unsaved changes) and leaves a blank design. */
    public void close() {
        newBlank();
    }

    /** Opens a design file dropped onto the window, after asking about unsaved changes; true when it was opened. */
    public boolean openDropped(Path file) {
        return confirmDiscardChanges() && read(file);
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

    /**
     * Writes the picture in the format (PNG, SVG or PDF), the drawing the command line and the workbook make, in the
     * background.
     */
    public void exportPicture(DiagramFormat format) {
        if (!tasks.checkIdle()) {
            return;
        }
        FileKind kind = switch (format) {
            case PNG -> FileKind.PNG;
            case SVG -> FileKind.SVG;
            case PDF -> FileKind.PDF;
        };
        chooseTarget(kind).ifPresent(target -> {
            // the design and how the canvas shows it are taken now; the drawing itself is done in the background
            DiagramRenderer drawing = picture.renderer(LocalDate.now());
            rememberFolder(target);
            tasks.start("the picture", target, PICTURE_FAILED, cancellation -> {
                byte[] bytes = drawing.write(format, 0);
                cancellation.check();
                AtomicFiles.write(target, out -> out.write(bytes), cancellation);
                return size(drawing, format);
            });
        });
    }

    /** How large the picture written is: {@code 2400 × 1500 pixels} for a PNG, its size in points for SVG and PDF. */
    private static String size(DiagramRenderer drawing, DiagramFormat format) {
        double scale = format == DiagramFormat.PNG ? drawing.defaultScale() : 1;
        return (int) Math.ceil(drawing.width() * scale) + " \u00d7 " + (int) Math.ceil(drawing.height() * scale)
                + (format == DiagramFormat.PNG ? " pixels" : " points");
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
