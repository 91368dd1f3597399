package io.portolan.ui.canvas;

import io.portolan.model.Point;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import io.portolan.ui.document.Selection.EdgeKey;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Turns the canvas's mouse and key events into gestures. A press picks what it is on and starts the
 * {@link Gesture} that fits (move, resize, rubber band, link, pan), which gets the pointer until the
 * release; a right click opens the item's menu; Ctrl + wheel zooms, the wheel pans; the arrow keys nudge
 * (see {@link NudgeKeys}); Escape ends a move or resize, or clears the selection.
 */
final class CanvasGestures {

    /** How close to an edge, in screen pixels, a click picks it. */
    static final double EDGE_TOLERANCE = 5;
    /** How far, in screen pixels, the pointer must move before a press becomes a drag. */
    private static final double DRAG_THRESHOLD = 3;

    private final DiagramView view;
    private final DesignDocument document;
    private final Selection selection;
    private final NudgeKeys nudges;
    private Gesture active;
    private boolean spaceDown;
    private boolean dragged;
    private Point2D pressedAt;
    private ContextMenu openMenu;

    CanvasGestures(DiagramView view, DesignDocument document, Selection selection) {
        this.view = view;
        this.document = document;
        this.selection = selection;
        this.nudges = new NudgeKeys(document, selection);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        if (openMenu != null) {
            openMenu.hide();
            openMenu = null;
        }
        Point at = view.toCanvas(e.getSceneX(), e.getSceneY());
        pressedAt = new Point2D(e.getX(), e.getY());
        dragged = false;
        active = null;
        CanvasItem item = itemAt(e, at);
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && spaceDown) {
            active = new PanGesture(view, e.getX(), e.getY());
        } else if (e.getButton() == MouseButton.SECONDARY) {
            showMenu(e, item, at);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            active = startPrimary(item, at, e.isShiftDown() || e.isShortcutDown());
        }
        e.consume();
    }

    /** The shape under the pointer, else the edge within reach of it, else null for the background. */
    private CanvasItem itemAt(MouseEvent e, Point at) {
        CanvasItem item = CanvasItem.find(e.getPickResult().getIntersectedNode());
        if (item != null) {
            return item;
        }
        EdgeKey edge = view.shapes().edgeAt(at, EDGE_TOLERANCE / view.zoomProperty().get());
        return edge == null ? null : new CanvasItem(CanvasItem.Kind.EDGE, edge.first(), edge.second());
    }

    /** Selects what the primary button pressed and returns the gesture it starts, or null for none. */
    private Gesture startPrimary(CanvasItem item, Point at, boolean additive) {
        if (item == null) {
            if (!additive) {
                selection.clear();
            }
            return new RubberBandGesture(view, document, selection, at);
        }
        return switch (item.kind()) {
            case NODE, FIREWALL, ZONE_HEADER -> {
                if (additive) {
                    selection.toggle(item.id());
                } else if (!selection.contains(item.id())) {
                    selection.select(item.id());
                }
                yield MoveGesture.start(view, document, selection, item, at);
            }
            case ZONE_HANDLE -> new ResizeGesture(view, document, item.id(), item.other(), at);
            case FIREWALL_LINK_HANDLE -> {
                selection.select(item.id());
                yield new LinkGesture(view, document, item.id());
            }
            case EDGE -> {
                selection.selectEdge(EdgeKey.of(item.id(), item.other()));
                yield null;
            }
        };
    }

    private void dragged(MouseEvent e) {
        if (!dragged && pressedAt != null && pressedAt.distance(e.getX(), e.getY()) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        if (active != null) {
            active.drag(e, view.toCanvas(e.getSceneX(), e.getSceneY()));
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        view.showDropTarget(null);
        if (active != null) {
            active.release(e, view.toCanvas(e.getSceneX(), e.getSceneY()), dragged);
            active = null;
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            double factor = e.getDeltaY() > 0 ? 1.1 : e.getDeltaY() < 0 ? 1 / 1.1 : 1;
            view.zoomAt(view.zoomProperty().get() * factor, e.getX(), e.getY());
        } else {
            view.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = true;
            e.consume();
        } else if (nudges.nudge(e)) {
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (active != null && active.cancel()) {
                active = null;
            } else {
                selection.clear();
            }
            e.consume();
        }
    }

    private void showMenu(MouseEvent e, CanvasItem item, Point at) {
        if (item != null && item.kind() != CanvasItem.Kind.EDGE && !selection.contains(item.id())) {
            selection.select(item.id());
        }
        ContextMenu menu = view.contextMenus().menuFor(item, at);
        if (menu != null) {
            openMenu = menu;
            menu.show(view, e.getScreenX(), e.getScreenY());
        }
    }
}
