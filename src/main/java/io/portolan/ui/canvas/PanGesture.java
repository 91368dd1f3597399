package io.portolan.ui.canvas;

import io.portolan.model.Point;
import javafx.scene.input.MouseEvent;

/** Dragging with the middle button, or with Space held: the view follows the pointer. */
final class PanGesture implements Gesture {

    private final DiagramView view;
    private double lastX;
    private double lastY;

    /** A pan from the press at the point of the view (not the canvas: the canvas moves under it). */
    PanGesture(DiagramView view, double viewX, double viewY) {
        this.view = view;
        this.lastX = viewX;
        this.lastY = viewY;
    }

    @Override
    public void drag(MouseEvent e, Point at) {
        view.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    public void release(MouseEvent e, Point at, boolean dragged) {
        // the view is already where the last drag put it
    }
}
