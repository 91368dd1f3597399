package io.portolan.ui.canvas;

import io.portolan.edit.MoveSelection;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The arrow keys move the selection by one unit, or by one grid step with Shift. */
final class NudgeKeys {

    private final DesignDocument document;
    private final Selection selection;

    NudgeKeys(DesignDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
    }

    /** Moves the selection when the key is an arrow and something is selected; returns true when it did. */
    boolean nudge(KeyEvent e) {
        double step = e.isShiftDown() ? DiagramView.GRID : 1;
        double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
        double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
        if (dx == 0 && dy == 0 || selection.ids().isEmpty()) {
            return false;
        }
        document.execute(MoveSelection.of(document.design(), selection.snapshot(), dx, dy));
        return true;
    }
}
