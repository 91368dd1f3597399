package io.portolan.ui;

import io.portolan.edit.AddCustomFlow;
import io.portolan.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the real window: native file choosers and JavaFX alerts, owned by the main window. */
public final class FxDialogs implements Dialogs {

    /** The title of every alert's window; the alert's headline says what it is about. */
    static final String APP_TITLE = "Portolan";
    static final String OPEN_TITLE = "Open Design";
    static final String UNSAVED_TITLE = "Unsaved Changes";
    static final String ABOUT_TITLE = "About Portolan";
    static final String POLICY_FOLDER_TITLE = "Choose Policy Folder";

    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser(OPEN_TITLE, FileKind.DESIGN, folder);
        java.io.File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToRead(String title, FileKind kind, Path folder) {
        java.io.File file = chooser(title, kind, folder).showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(FileKind kind, Path folder, String suggestedName) {
        FileChooser chooser = chooser(kind.saveTitle(), kind, folder);
        chooser.setInitialFileName(suggestedName);
        java.io.File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(java.io.File::toPath);
    }

    /** A file chooser of the kind's files, titled, opening in the folder when there is one. */
    static FileChooser chooser(String title, FileKind kind, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), "*" + kind.extension()));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    @Override
    public UnsavedChoice askToSaveChanges(String designName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner.get());
        alert.setTitle(UNSAVED_TITLE);
        alert.setHeaderText("Save the changes to " + designName + "?");
        alert.setContentText("Your changes are lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = errorAlert(title, message);
        alert.initOwner(owner.get());
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner.get());
        alert.setTitle(APP_TITLE);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.getDialogPane().setPrefWidth(520);
        alert.showAndWait();
    }

    /** The error dialog: a headline and the full message, selectable so it can be copied into a ticket. */
    public static Alert errorAlert(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(APP_TITLE);
        alert.setHeaderText(title);
        String[] lines = message.split("\n", 2);
        if (lines.length == 1 && message.length() < 160) {
            Label text = new Label(message);
            text.setWrapText(true);
            text.setMaxWidth(520);
            alert.getDialogPane().setContent(text);
        } else {
            TextArea text = new TextArea(message);
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(Math.min(12, message.split("\n").length + 1));
            text.setPrefColumnCount(60);
            alert.getDialogPane().setContent(text);
        }
        return alert;
    }

    @Override
    public Optional<FirewallExportChoice> askFirewallExport(FirewallExportChoice suggested, String aclgenNote) {
        return new FirewallExportDialog(suggested, aclgenNote, owner.get(), folder -> chooseFolder(POLICY_FOLDER_TITLE, folder))
                .ask();
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, go, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(APP_TITLE);
        alert.setHeaderText(title);
        alert.getDialogPane().setPrefWidth(520);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == go;
    }

    @Override
    public Optional<AddCustomFlow> askCustomFlow(Design design, String sourceId, String destinationId) {
        return new CustomFlowDialog(design, sourceId, destinationId, owner.get()).ask();
    }

    @Override
    public void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner.get());
        alert.setTitle(ABOUT_TITLE);
        alert.setHeaderText("Portolan " + version());
        alert.setContentText("A topology designer for remote-access and VDI deployments (Citrix, Parallels RAS, "
                + "HP Anyware / Teradici). Place components in zones; Portolan works out every port that must be open, "
                + "which flows cross which firewalls, and writes the firewall change-request workbook.\n\n"
                + "Every rule cites the vendor document it comes from.\nLicensed under the Apache License 2.0.");
        alert.getDialogPane().setPrefWidth(520);
        alert.showAndWait();
    }

    @Override
    public RecoveryChoice askRecovery(RecoveryOffer offer) {
        Alert alert = RecoveryQuestion.alert(offer, java.time.Instant.now(), java.time.ZoneId.systemDefault());
        alert.initOwner(owner.get());
        return RecoveryQuestion.choice(alert.showAndWait().orElse(RecoveryQuestion.LATER));
    }

    @Override
    public void showShortcuts(java.util.List<Shortcut> shortcuts) {
        ShortcutsHelp.dialog(owner.get(), shortcuts).show();
    }

    private static String version() {
        String version = FxDialogs.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
