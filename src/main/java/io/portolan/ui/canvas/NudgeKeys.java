package io.portolan.ui.canvas;

import io.portolan.edit.History.MergeKey;
import io.portolan.edit.MoveSelection;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The arrow keys move the selection by one unit, or by one grid step with Shift. Nudges of the same
 * selection in quick succession are one undo step, as one drag is.
 */
final class NudgeKeys {

    /** The kind of edit a nudge is, for merging a burst of them into one undo step. */
    static final String NUDGE = "nudge";

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
        Set<String> ids = selection.snapshot();
        document.execute(MoveSelection.of(document.design(), ids, dx, dy), new MergeKey(NUDGE, ids));
        return true;
    }
}
