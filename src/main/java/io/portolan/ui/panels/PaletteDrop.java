package io.portolan.ui.panels;

/**
 * Where palette drags go: the window passes the canvas's answer. A drag is plain mouse events (press on an
 * entry, drag, release over the canvas), so it works the same with a mouse, a test robot and a headless
 * toolkit.
 */
public interface PaletteDrop {

    /** The entry is being dragged over the scene point. */
    void hover(PaletteEntry entry, double sceneX, double sceneY);

    /** The entry was released at the scene point; places it when the point is over the canvas. */
    void drop(PaletteEntry entry, double sceneX, double sceneY);

    /** The entry was double-clicked or chosen with Enter: place it in the middle of the view. */
    void activate(PaletteEntry entry);
}
