package io.portolan.ui;

import io.portolan.ui.canvas.DiagramView;
import io.portolan.ui.canvas.Spotlight;
import io.portolan.ui.panels.WalkthroughViewModel;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Ties the walkthrough panel to the canvas: the step the panel shows is the canvas's spotlight, and closing the
 * canvas's caption stops the walkthrough. While a step is shown (or the canvas is presented), Page Down and Page Up
 * step, as a presenter's clicker sends them (Page Down also starts the walkthrough when its panel is in front), and so do the arrow keys (Right and Down forward, Left and Up back)
 * unless a text field, table, tree or drop-down has the focus, which need them; Shift and the other modifiers leave
 * the arrows to the canvas (a nudge). Escape leaves presentation mode.
 */
final class WalkthroughKeys {

    private final WalkthroughViewModel model;
    private final DiagramView canvas;
    private final Presentation presentation;
    private final BooleanSupplier panelShown;

    /** @param panelShown true while the walkthrough panel is in front: Page Down then starts the walkthrough */
    WalkthroughKeys(WalkthroughViewModel model, DiagramView canvas, Presentation presentation, BooleanSupplier panelShown) {
        this.model = model;
        this.canvas = canvas;
        this.presentation = presentation;
        this.panelShown = panelShown;
        model.stepProperty().addListener((o, a, b) -> showOnCanvas());
        model.sequenceProperty().addListener((o, a, b) -> showOnCanvas());
        canvas.spotlightProperty().addListener((o, a, shown) -> {
            if (shown == null && model.isShowing()) {
                model.stop();
            }
        });
    }

    private void showOnCanvas() {
        canvas.spotlightProperty().set(model.isShowing()
                ? new Spotlight(model.sequenceProperty().get(), model.stepIndexProperty().get()) : null);
    }

    /** Listens to the keys of the scene the window is shown in. */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && presentation.isPresenting()) {
            presentation.exit();
            e.consume();
            return;
        }
        if (e.isShiftDown() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (!model.isShowing() && !presentation.isPresenting()) {
            // with the panel in front, the clicker's first press starts the walkthrough
            if (e.getCode() == KeyCode.PAGE_DOWN && panelShown.getAsBoolean() && !model.steps().isEmpty()) {
                step(e, true);
            }
            return;
        }
        boolean arrowsFree = !needsArrows(e.getTarget() instanceof Node node ? node : null);
        switch (e.getCode()) {
            case PAGE_DOWN -> step(e, true);
            case PAGE_UP -> step(e, false);
            case RIGHT, DOWN -> {
                if (arrowsFree) {
                    step(e, true);
                }
            }
            case LEFT, UP -> {
                if (arrowsFree) {
                    step(e, false);
                }
            }
            default -> {
            }
        }
    }

    private void step(KeyEvent e, boolean forward) {
        if (forward) {
            model.next();
        } else {
            model.previous();
        }
        e.consume();
    }

    /** True when the focused control moves within itself with the arrow keys. */
    private static boolean needsArrows(Node target) {
        for (Node node = target; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl || node instanceof TableView || node instanceof TreeView
                    || node instanceof ComboBoxBase || node instanceof Spinner) {
                return true;
            }
        }
        return false;
    }
}
