package io.portolan.ui.canvas;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Point;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import io.portolan.ui.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * Dragging from the empty canvas: a band is drawn from the press to the pointer, and on release the nodes
 * and firewalls whose centres and the zones whose rectangles lie inside it are selected (added to the
 * selection with Shift or Ctrl).
 */
final class RubberBandGesture implements Gesture {

    private final DiagramView view;
    private final DesignDocument document;
    private final Selection selection;
    private final Point start;
    private final Rectangle band = new Rectangle();

    RubberBandGesture(DiagramView view, DesignDocument document, Selection selection, Point start) {
        this.view = view;
        this.document = document;
        this.selection = selection;
        this.start = start;
        band.getStyleClass().add(Styles.RUBBER_BAND);
    }

    @Override
    public void drag(MouseEvent e, Point at) {
        if (!view.overlay().getChildren().contains(band)) {
            view.overlay().getChildren().add(band);
        }
        Bounds area = area(at);
        band.setX(area.x());
        band.setY(area.y());
        band.setWidth(area.width());
        band.setHeight(area.height());
    }

    @Override
    public void release(MouseEvent e, Point at, boolean dragged) {
        view.overlay().getChildren().remove(band);
        if (!dragged) {
            return;
        }
        Bounds area = area(at);
        Design design = document.design();
        List<String> picked = new ArrayList<>(e.isShiftDown() || e.isShortcutDown() ? selection.snapshot() : Set.of());
        design.nodes().stream().filter(n -> area.contains(n.position())).forEach(n -> picked.add(n.id()));
        design.firewalls().stream().filter(f -> area.contains(f.position())).forEach(f -> picked.add(f.id()));
        design.zones().stream().filter(z -> contains(area, z.bounds())).forEach(z -> picked.add(z.id()));
        selection.set(picked);
    }

    private Bounds area(Point at) {
        return new Bounds(Math.min(start.x(), at.x()), Math.min(start.y(), at.y()),
                Math.abs(at.x() - start.x()), Math.abs(at.y() - start.y()));
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return outer.contains(new Point(inner.x(), inner.y()))
                && outer.contains(new Point(inner.x() + inner.width(), inner.y() + inner.height()));
    }
}
