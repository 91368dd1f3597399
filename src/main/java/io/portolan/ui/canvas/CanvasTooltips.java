package io.portolan.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * One tooltip for the whole canvas: resting the pointer on a node or an edge shows what it is (an edge
 * lists its flows). Shapes carry no tooltip of their own, which keeps large designs light.
 */
final class CanvasTooltips {

    /** The most characters of a tooltip line: a longer name is cut rather than filling the screen. */
    static final int MAX_LINE = 200;

    private final DiagramView view;
    private final CanvasShapes shapes;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition rest = new PauseTransition(Duration.millis(600));
    private CanvasItem current;
    private double screenX;
    private double screenY;
    private double atX;
    private double atY;

    CanvasTooltips(DiagramView view, CanvasShapes shapes) {
        this.view = view;
        this.shapes = shapes;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(640);
        rest.setOnFinished(e -> show());
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hide());
    }

    private void moved(MouseEvent e) {
        CanvasItem item = CanvasItem.find(e.getPickResult().getIntersectedNode());
        screenX = e.getScreenX();
        screenY = e.getScreenY();
        if (item == null || !item.equals(current)) {
            hide();
            current = item;
            atX = e.getSceneX();
            atY = e.getSceneY();
            // over the background the edge under the pointer is looked up once the pointer rests
            rest.playFromStart();
        }
    }

    private void show() {
        CanvasItem item = current;
        if (item == null) {
            io.portolan.model.Point at = view.toCanvas(atX, atY);
            io.portolan.ui.document.Selection.EdgeKey edge = shapes.edgeAt(at, CanvasGestures.EDGE_TOLERANCE / view.zoomProperty().get());
            item = edge == null ? null : new CanvasItem(CanvasItem.Kind.EDGE, edge.first(), edge.second());
        }
        String text = shapes.tooltipFor(item);
        if (text != null && view.getScene() != null && view.getScene().getWindow() != null) {
            tooltip.setText(TextFit.cutLines(text, MAX_LINE));
            tooltip.show(view, screenX + 14, screenY + 16);
        }
    }

    private void hide() {
        rest.stop();
        tooltip.hide();
        current = null;
    }
}
