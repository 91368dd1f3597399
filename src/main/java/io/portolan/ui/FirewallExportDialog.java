package io.portolan.ui;

import io.portolan.io.export.capirca.Platform;
import io.portolan.io.export.objects.NameCase;
import io.portolan.io.export.objects.ObjectNaming;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Export > Firewall Configuration: the folder for the Capirca policies, the platforms they target, and how objects
 * are named. The choice made last time is offered again.
 */
final class FirewallExportDialog {

    static final String TITLE = "Export Firewall Configuration";
    private static final int COLUMNS = 3;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
    private final TextField folder = new TextField();
    private final Map<Platform, CheckBox> platforms = new EnumMap<>(Platform.class);
    private final TextField prefix = new TextField();
    private final RadioButton upper = new RadioButton("Upper case (CITRIX_GATEWAY)");
    private final RadioButton lower = new RadioButton("Lower case (citrix_gateway)");
    private final Label problem = new Label();

    /** The dialog's title. */
    String title() {
        return dialog.getTitle();
    }

    /** @param browse asks for a folder, starting in the given one */
    FirewallExportDialog(FirewallExportChoice suggested, String aclgenNote, Window owner, Function<Path, Optional<Path>> browse) {
        dialog.initOwner(owner);
        dialog.setTitle(TITLE);
        dialog.setHeaderText("Capirca policies per firewall, with named objects");
        folder.setText(suggested.folder() == null ? "" : suggested.folder().toString());
        folder.setPrefColumnCount(32);
        for (Platform platform : Platform.values()) {
            CheckBox box = new CheckBox(platform.title());
            box.setSelected(suggested.platforms().contains(platform));
            box.setMinWidth(Region.USE_PREF_SIZE);
            platforms.put(platform, box);
        }
        prefix.setText(suggested.prefix());
        prefix.setPromptText("none, or e.g. PTL_");
        prefix.setPrefColumnCount(8);
        ToggleGroup cases = new ToggleGroup();
        for (RadioButton button : List.of(upper, lower)) {
            button.setMnemonicParsing(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        upper.setToggleGroup(cases);
        lower.setToggleGroup(cases);
        (suggested.nameCase() == NameCase.LOWER ? lower : upper).setSelected(true);
        problem.getStyleClass().add("danger");
        Button chooser = new Button("Browse\u2026");
        chooser.setMinWidth(Region.USE_PREF_SIZE);
        chooser.setOnAction(e -> browse.apply(path().orElse(null)).ifPresent(p -> folder.setText(p.toString())));
        dialog.getDialogPane().setContent(form(chooser, aclgenNote));
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(export).addEventFilter(ActionEvent.ACTION, e -> {
            if (choice().isEmpty()) {
                e.consume();
            }
        });
    }

    private GridPane form(Button chooser, String aclgenNote) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        HBox where = new HBox(8, folder, chooser);
        HBox.setHgrow(folder, Priority.ALWAYS);
        grid.addRow(0, label("Folder"), where);
        GridPane boxes = new GridPane();
        boxes.setHgap(16);
        boxes.setVgap(6);
        List<CheckBox> all = new ArrayList<>(platforms.values());
        for (int i = 0; i < all.size(); i++) {
            boxes.add(all.get(i), i % COLUMNS, i / COLUMNS);
        }
        grid.addRow(1, label("Platforms"), boxes);
        HBox names = new HBox(12, label("Prefix"), prefix, upper, lower);
        names.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(2, label("Object names"), names);
        Label note = new Label(aclgenNote);
        note.setWrapText(true);
        note.setMaxWidth(560);
        grid.add(note, 1, 3);
        grid.add(problem, 1, 4);
        return grid;
    }

    /** A label that keeps its words whole. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    Optional<FirewallExportChoice> ask() {
        return dialog.showAndWait().filter(b -> b == export).flatMap(b -> choice());
    }

    private Optional<Path> path() {
        try {
            return folder.getText().isBlank() ? Optional.empty() : Optional.of(Path.of(folder.getText().trim()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The choice, or empty with the problem shown when the form is not complete. */
    private Optional<FirewallExportChoice> choice() {
        List<Platform> chosen = platforms.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
        NameCase nameCase = lower.isSelected() ? NameCase.LOWER : NameCase.UPPER;
        Optional<Path> where = path();
        String message = where.isEmpty() ? "Choose a folder for the policies."
                : chosen.isEmpty() ? "Choose at least one platform." : null;
        if (message == null) {
            try {
                ObjectNaming.of(prefix.getText(), nameCase);
            } catch (IllegalArgumentException e) {
                message = "The prefix must start with a letter and hold letters, digits and underscores only.";
            }
        }
        problem.setText(message == null ? "" : message);
        return message == null ? Optional.of(new FirewallExportChoice(where.get(), chosen, prefix.getText(), nameCase))
                : Optional.empty();
    }
}
