package io.portolan.ui.cyclefixture.canvas;

import io.portolan.ui.cyclefixture.Shell;

/** A canvas that calls back into its shell. */
public final class Canvas {

    private final Shell shell;

    /** A canvas that reports to the shell. */
    public Canvas(Shell shell) {
        this.shell = shell;
    }

    /** Calls the shell back. */
    public void changed() {
        shell.redraw();
    }
}
