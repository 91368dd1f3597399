package io.portolan.ui;

import io.portolan.ui.canvas.DiagramView;
import javafx.beans.value.ChangeListener;
import javafx.scene.layout.Pane;
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
    private final Pane home;
    private final DiagramView canvas;
    private final StackPane layer = new StackPane();
    private final ChangeListener<Boolean> fullScreenLeft = (o, was, full) -> {
        if (!full) {
            exit();
        }
    };

    /**
     * @param root the window's root, whose top layer the canvas moves to
     * @param home the pane the canvas normally sits in, first of its children; it keeps its place in the window
     */
    Presentation(StackPane root, Pane home, DiagramView canvas) {
        this.root = root;
        this.home = home;
        this.canvas = canvas;
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
        if (isPresenting() || canvas.getParent() != home) {
            return;
        }
        home.getChildren().remove(canvas);
        layer.getChildren().setAll(canvas);
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
        home.getChildren().add(0, canvas);
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
