package io.portolan.ui.canvas;

import io.portolan.edit.LinkFirewall;
import io.portolan.model.Firewall;
import io.portolan.model.Point;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.theme.Styles;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * Dragging from a firewall's link handle: a line follows the pointer, the zone under it lights up, and on
 * release the firewall joins that zone.
 */
final class LinkGesture implements Gesture {

    private final DiagramView view;
    private final DesignDocument document;
    private final String firewallId;
    private final Line line = new Line();

    LinkGesture(DiagramView view, DesignDocument document, String firewallId) {
        this.view = view;
        this.document = document;
        this.firewallId = firewallId;
        line.getStyleClass().add(Styles.LINK_PREVIEW);
    }

    @Override
    public void drag(MouseEvent e, Point at) {
        Firewall firewall = document.design().firewall(firewallId).orElse(null);
        if (firewall == null) {
            return;
        }
        if (!view.overlay().getChildren().contains(line)) {
            view.overlay().getChildren().add(line);
        }
        line.setStartX(firewall.position().x());
        line.setStartY(firewall.position().y());
        line.setEndX(at.x());
        line.setEndY(at.y());
        view.showDropTarget(at);
    }

    @Override
    public void release(MouseEvent e, Point at, boolean dragged) {
        view.overlay().getChildren().remove(line);
        document.design().zoneAt(at).ifPresent(zone -> document.execute(new LinkFirewall(firewallId, zone.id(), true)));
    }
}
