package io.portolan.ui.canvas;

import io.portolan.model.Point;
import javafx.scene.control.ContextMenu;

/** Builds the context menu of what was right-clicked on the canvas; kept outside so the canvas only draws. */
@FunctionalInterface
public interface CanvasMenus {

    /**
     * The menu for the item, or for the empty canvas when {@code item} is null; null for no menu.
     *
     * @param item what was clicked, or null for the background
     * @param at the canvas point clicked
     */
    ContextMenu menuFor(CanvasItem item, Point at);
}
