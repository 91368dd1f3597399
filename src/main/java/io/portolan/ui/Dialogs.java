package io.portolan.ui;

import io.portolan.edit.AddCustomFlow;
import io.portolan.model.Design;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every question the window asks the user in a dialog. The window uses {@link FxDialogs}; tests answer
 * with their own implementation, so that no test waits on a native file chooser.
 */
public interface Dialogs {

    /** The kinds of file Portolan opens or writes, with their chooser filter. */
    enum FileKind {
        DESIGN("Portolan design", ".portolan"),
        WORKBOOK("Excel workbook", ".xlsx"),
        CSV("CSV file", ".csv"),
        PNG("PNG image", ".png"),
        SVG("SVG drawing", ".svg"),
        PDF("PDF document", ".pdf");

        private final String description;
        private final String extension;

        FileKind(String description, String extension) {
            this.description = description;
            this.extension = extension;
        }

        public String description() {
            return description;
        }

        /** The extension with its dot: {@code .xlsx}. */
        public String extension() {
            return extension;
        }

        /** The path with this kind's extension added when it lacks it. */
        public Path withExtension(Path path) {
            String name = path.getFileName().toString();
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? path : path.resolveSibling(name + extension);
        }
    }

    /** What to do with unsaved changes. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Asks for a design file to open, starting in the folder (null for the default); empty when cancelled. */
    Optional<Path> chooseFileToOpen(Path folder);

    /** Asks for an existing file of the kind to read (a design to compare with, a rulebase CSV); empty when cancelled. */
    Optional<Path> chooseFileToRead(String title, FileKind kind, Path folder);

    /** Asks where to write a file of the kind, suggesting a name; empty when cancelled. */
    Optional<Path> chooseFileToSave(FileKind kind, Path folder, String suggestedName);

    /** Asks for a folder, starting in the given one (null for the default); empty when cancelled. */
    Optional<Path> chooseFolder(String title, Path folder);

    /** Asks whether to save the changes to the named design before they would be lost. */
    UnsavedChoice askToSaveChanges(String designName);

    /** Tells the user what went wrong; the design stays open. */
    void showError(String title, String message);

    /** Tells the user something worth knowing that is not an error. */
    void showInformation(String title, String message);

    /**
     * Asks where to write the firewall configuration, for which platforms and with which object names, starting from
     * the suggestion; empty when cancelled.
     *
     * @param aclgenNote whether aclgen will render the policies, or how to install it
     */
    Optional<FirewallExportChoice> askFirewallExport(FirewallExportChoice suggested, String aclgenNote);

    /** Asks whether to go ahead with something that cannot be undone, such as replacing a folder; true to go ahead. */
    boolean confirm(String title, String message, String action);

    /** Asks for a custom flow between two nodes of the design, preselecting the given ends (may be null). */
    Optional<AddCustomFlow> askCustomFlow(Design design, String sourceId, String destinationId);

    /** Shows what Portolan is. */
    void showAbout();
}
