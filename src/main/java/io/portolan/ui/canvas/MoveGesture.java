package io.portolan.ui.canvas;

import io.portolan.edit.MoveSelection;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/**
 * Dragging the selection by one of its nodes, firewalls or zone title bars: the pressed item snaps to the
 * grid and the rest keep their places relative to it. The design is previewed on every step and the whole
 * drag is one command on release. A click that never drags selects the pressed item alone.
 */
final class MoveGesture implements Gesture {

    private final DiagramView view;
    private final DesignDocument document;
    private final Selection selection;
    private final CanvasItem pressed;
    private final Point start;
    private final Design base;
    private final Set<String> moving;
    private final Point anchor;

    private MoveGesture(DiagramView view, DesignDocument document, Selection selection, CanvasItem pressed, Point start) {
        this.view = view;
        this.document = document;
        this.selection = selection;
        this.pressed = pressed;
        this.start = start;
        this.base = document.design();
        this.moving = selection.snapshot();
        this.anchor = anchorOf(base, pressed);
    }

    /** The move of the current selection by the pressed item, or null when nothing is selected to move. */
    static MoveGesture start(DiagramView view, DesignDocument document, Selection selection, CanvasItem pressed, Point start) {
        return selection.ids().isEmpty() ? null : new MoveGesture(view, document, selection, pressed, start);
    }

    /** The point of the item that snaps to the grid: a node's or firewall's centre, a zone's top left corner. */
    private static Point anchorOf(Design design, CanvasItem item) {
        return switch (item.kind()) {
            case NODE -> design.node(item.id()).map(Node::position).orElse(Point.ORIGIN);
            case FIREWALL -> design.firewall(item.id()).map(Firewall::position).orElse(Point.ORIGIN);
            default -> design.zone(item.id()).map(z -> new Point(z.bounds().x(), z.bounds().y())).orElse(Point.ORIGIN);
        };
    }

    @Override
    public void drag(MouseEvent e, Point at) {
        document.preview(command(at).apply(base));
        view.showDropTarget(pressed.kind() == CanvasItem.Kind.NODE ? snappedAnchor(at) : null);
    }

    @Override
    public void release(MouseEvent e, Point at, boolean dragged) {
        if (dragged) {
            document.execute(command(at));
        } else if (!(e.isShiftDown() || e.isShortcutDown())) {
            selection.select(pressed.id());
        }
    }

    @Override
    public boolean cancel() {
        document.cancelPreview();
        return true;
    }

    private Point snappedAnchor(Point at) {
        return view.snap(anchor.translate(at.x() - start.x(), at.y() - start.y()));
    }

    private MoveSelection command(Point at) {
        Point target = snappedAnchor(at);
        return MoveSelection.of(base, moving, target.x() - anchor.x(), target.y() - anchor.y());
    }
}
