package io.portolan.ui;

import io.portolan.ui.canvas.DiagramView;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Presentation mode (F5): the canvas alone, full screen, with larger labels, for a walkthrough in front of a customer.
 * The canvas leaves its place in the window for a layer over everything and comes back on F5 or Escape (or when the
 * window leaves full screen).
 */
final class Presentation {

    static final String HINT = "Press F5 or Esc to leave presentation mode";

    private final StackPane root;
    private final SplitPane home;
    private final DiagramView canvas;
    private final Node homeItem;
    private final StackPane layer = new StackPane();
    private final Pane placeholder = new Pane();
    private final ChangeListener<Boolean> fullScreenLeft = (o, was, full) -> {
        if (!full) {
            exit();
        }
    };
    private double[] dividers;

    /**
     * @param root the window's root, whose top layer the canvas moves to
     * @param home the split pane the canvas normally sits in
     * @param homeItem what holds the canvas in the split pane (the canvas, or a pane around it), which moves with it
     */
    Presentation(StackPane root, SplitPane home, DiagramView canvas, Node homeItem) {
        this.root = root;
        this.home = home;
        this.canvas = canvas;
        this.homeItem = homeItem;
        layer.getStyleClass().add("presentation");
    }

    /** True while the canvas is presented. */
    boolean isPresenting() {
        return canvas.presentingProperty().get();
    }

    /** Enters presentation mode, or leaves it. */
    void toggle() {
        if (isPresenting()) {
            exit();
        } else {
            enter();
        }
    }

    void enter() {
        int index = home.getItems().indexOf(homeItem);
        if (isPresenting() || index < 0) {
            return;
        }
        dividers = home.getDividerPositions();
        home.getItems().set(index, placeholder);
        layer.getChildren().setAll(homeItem);
        root.getChildren().add(layer);
        canvas.presentingProperty().set(true);
        Stage stage = stage();
        if (stage != null) {
            stage.setFullScreenExitHint(HINT);
            stage.setFullScreen(true);
            stage.fullScreenProperty().addListener(fullScreenLeft);
        }
        refit();
        canvas.requestFocus();
    }

    void exit() {
        if (!isPresenting()) {
            return;
        }
        Stage stage = stage();
        if (stage != null) {
            stage.fullScreenProperty().removeListener(fullScreenLeft);
            stage.setFullScreen(false);
        }
        canvas.presentingProperty().set(false);
        root.getChildren().remove(layer);
        layer.getChildren().clear();
        home.getItems().set(home.getItems().indexOf(placeholder), homeItem);
        home.setDividerPositions(dividers);
        refit();
    }

    /** Lays the window out at once, so that fitting uses the canvas's new size. */
    private void refit() {
        root.applyCss();
        root.layout();
        canvas.fit();
    }

    private Stage stage() {
        Window window = root.getScene() == null ? null : root.getScene().getWindow();
        return window instanceof Stage stage ? stage : null;
    }
}
