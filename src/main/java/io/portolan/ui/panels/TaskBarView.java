package io.portolan.ui.panels;

import io.portolan.ui.panels.TaskBarViewModel.State;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The bar over the status bar that shows long work: a progress bar and Cancel while an export runs, then where the
 * file was written with buttons to open it or its folder. Hidden when there is nothing to show.
 */
public final class TaskBarView extends HBox {

    /** Ids of the bar and its buttons, for tests. */
    public static final String ID = "task-bar";
    public static final String CANCEL_ID = "task-cancel";
    public static final String OPEN_ID = "task-open";
    public static final String FOLDER_ID = "task-folder";

    public TaskBarView(TaskBarViewModel model) {
        setId(ID);
        getStyleClass().add(Styles.TASK_BAR);
        setAlignment(Pos.CENTER_LEFT);
        Label icon = new Label();
        icon.getStyleClass().add(Styles.TASK_ICON);
        Label message = new Label();
        message.getStyleClass().add(Styles.TASK_MESSAGE);
        message.textProperty().bind(model.messageProperty());
        Label detail = new Label();
        detail.getStyleClass().add(Styles.TASK_DETAIL);
        detail.textProperty().bind(model.detailProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.detailProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        detail.setTooltip(tip);
        detail.setMinWidth(0);
        VBox text = new VBox(message, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(180);
        Button cancel = button(CANCEL_ID, "Cancel", null, model::cancel);
        Button open = button(OPEN_ID, "Open", "mdal-launch", model::openWritten);
        Button folder = button(FOLDER_ID, "Show in Folder", "mdal-folder_open", model::openFolder);
        Button close = button(null, null, "mdal-close", model::dismiss);
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip("Hide this bar"));
        Region gap = new Region();
        gap.setMinWidth(8);
        getChildren().addAll(icon, text, gap, progress, cancel, open, folder, close);
        model.stateProperty().addListener((o, was, state) -> show(state, icon, progress, cancel, open, folder, close));
        show(model.stateProperty().get(), icon, progress, cancel, open, folder, close);
        visibleProperty().bind(Bindings.notEqual(State.IDLE, model.stateProperty()));
        managedProperty().bind(visibleProperty());
    }

    private void show(State state, Label icon, ProgressBar progress, Button cancel, Button open, Button folder, Button close) {
        boolean running = state == State.RUNNING;
        boolean done = state == State.DONE;
        shown(progress, running);
        shown(cancel, running);
        shown(open, done);
        shown(folder, done);
        shown(close, !running);
        icon.setGraphic(running ? null : Glyphs.of(done ? "mdal-check_circle" : "mdal-cancel", 18));
        shown(icon, !running);
        getStyleClass().removeAll(Styles.TASK_DONE, Styles.TASK_CANCELLED);
        if (done) {
            getStyleClass().add(Styles.TASK_DONE);
        } else if (state == State.CANCELLED) {
            getStyleClass().add(Styles.TASK_CANCELLED);
        }
    }

    private static void shown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Button button(String id, String text, String glyph, Runnable action) {
        Button button = new Button(text, glyph == null ? null : Glyphs.of(glyph, 16));
        if (id != null) {
            button.setId(id);
        }
        button.setOnAction(e -> action.run());
        return button;
    }
}
