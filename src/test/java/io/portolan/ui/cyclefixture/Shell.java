package io.portolan.ui.cyclefixture;

import io.portolan.ui.cyclefixture.canvas.Canvas;

/** A shell that builds a canvas which calls it back: the cycle {@link io.portolan.ui.UiArchitectureTest} must catch. */
public final class Shell {

    private final Canvas canvas = new Canvas(this);

    /** What the canvas calls back. */
    public void redraw() {
        canvas.hashCode();
    }
}
