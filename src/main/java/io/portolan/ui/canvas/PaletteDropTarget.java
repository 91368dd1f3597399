package io.portolan.ui.canvas;

import io.portolan.model.Point;
import io.portolan.ui.document.EditActions;
import io.portolan.ui.panels.PaletteDrop;
import io.portolan.ui.panels.PaletteEntry;
import io.portolan.ui.panels.PaletteView;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The canvas as the target of palette drags: a ghost of the entry follows the pointer over the whole window,
 * the zone under it lights up, and a release over the canvas places the entry there, on the grid.
 */
public final class PaletteDropTarget implements PaletteDrop {

    /** How far the ghost sits up and left of the pointer, so that the pointer is on its centre. */
    private static final double GHOST_OFFSET = 14;

    private final DiagramView canvas;
    private final EditActions edits;
    private final Glyphs glyphs;
    private final Pane ghostLayer = new Pane();
    private Node ghost;
    private PaletteEntry ghostEntry;

    public PaletteDropTarget(DiagramView canvas, EditActions edits, Glyphs glyphs) {
        this.canvas = canvas;
        this.edits = edits;
        this.glyphs = glyphs;
        ghostLayer.setMouseTransparent(true);
        ghostLayer.setManaged(false);
    }

    /** The layer the ghost is drawn in: the window lays it over everything else, at its top left corner. */
    public Pane ghostLayer() {
        return ghostLayer;
    }

    @Override
    public void hover(PaletteEntry entry, double sceneX, double sceneY) {
        if (ghost == null || ghostEntry != entry) {
            ghost = PaletteView.tile(entry, glyphs);
            ghost.getStyleClass().add(Styles.DRAG_GHOST);
            ghostLayer.getChildren().setAll(ghost);
            ghostEntry = entry;
        }
        Point2D local = ghostLayer.sceneToLocal(sceneX, sceneY);
        ghost.relocate(local.getX() - GHOST_OFFSET, local.getY() - GHOST_OFFSET);
        boolean over = canvas.containsScene(sceneX, sceneY);
        canvas.showDropTarget(over && !entry.isZone() ? canvas.toCanvas(sceneX, sceneY) : null);
    }

    @Override
    public void drop(PaletteEntry entry, double sceneX, double sceneY) {
        ghostLayer.getChildren().clear();
        ghost = null;
        canvas.showDropTarget(null);
        if (canvas.containsScene(sceneX, sceneY)) {
            place(entry, canvas.toCanvas(sceneX, sceneY));
            canvas.requestFocus();
        }
    }

    @Override
    public void activate(PaletteEntry entry) {
        place(entry, null);
    }

    /** Places the entry at the canvas point, or in the middle of the view for null. */
    private void place(PaletteEntry entry, Point at) {
        Point snapped = canvas.placement(at);
        if (entry.isType() && at == null) {
            edits.addNodeInFreeSpace(entry.type(), snapped);
        } else if (entry.isType()) {
            edits.addNode(entry.type(), snapped);
        } else if (entry.isZone()) {
            edits.addZone(entry.zoneKind(), snapped);
        } else {
            edits.addFirewall(snapped);
        }
    }
}
