package io.portolan.ui.canvas;

import io.portolan.model.Point;
import javafx.scene.input.MouseEvent;

/**
 * One drag on the canvas, from the press that starts it to the release that ends it: a move, a resize, a
 * rubber band, a firewall link or a pan. {@link CanvasGestures} picks one on each press and passes it the
 * pointer until the release; a gesture that edits the design previews while it runs and commits one
 * command at the end.
 */
interface Gesture {

    /** The pointer moved with the button down, past the drag threshold, to the canvas point. */
    void drag(MouseEvent e, Point at);

    /** The button went up at the canvas point; {@code dragged} is false for a click that never passed the threshold. */
    void release(MouseEvent e, Point at, boolean dragged);

    /** Escape was pressed during the gesture: returns true when it dropped what it showed and has ended. */
    default boolean cancel() {
        return false;
    }
}
