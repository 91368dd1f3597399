package io.portolan.ui.canvas;

import io.portolan.edit.ResizeZone;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.ui.document.DesignDocument;
import javafx.scene.input.MouseEvent;

/**
 * Dragging one of a selected zone's eight handles: the zone's rectangle follows, on the grid when snapping
 * is on, previewed on every step and one command on release.
 */
final class ResizeGesture implements Gesture {

    private final DiagramView view;
    private final DesignDocument document;
    private final String zoneId;
    private final String handle;
    private final Point start;
    private final Design base;

    /**
     * @param handle the handle's position, as in {@link ZoneView#HANDLES}
     */
    ResizeGesture(DiagramView view, DesignDocument document, String zoneId, String handle, Point start) {
        this.view = view;
        this.document = document;
        this.zoneId = zoneId;
        this.handle = handle;
        this.start = start;
        this.base = document.design();
    }

    @Override
    public void drag(MouseEvent e, Point at) {
        document.preview(command(at).apply(base));
    }

    @Override
    public void release(MouseEvent e, Point at, boolean dragged) {
        if (dragged) {
            document.execute(command(at));
        }
    }

    @Override
    public boolean cancel() {
        document.cancelPreview();
        return true;
    }

    private ResizeZone command(Point at) {
        Zone zone = base.zone(zoneId).orElseThrow();
        Bounds resized = ZoneView.resized(zone.bounds(), handle, at.x() - start.x(), at.y() - start.y());
        if (view.snapToGridProperty().get()) {
            Point topLeft = view.snap(new Point(resized.x(), resized.y()));
            Point bottomRight = view.snap(new Point(resized.x() + resized.width(), resized.y() + resized.height()));
            resized = new Bounds(topLeft.x(), topLeft.y(), bottomRight.x() - topLeft.x(), bottomRight.y() - topLeft.y());
        }
        return new ResizeZone(zoneId, resized);
    }
}
