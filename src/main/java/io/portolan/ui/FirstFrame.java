package io.portolan.ui;

import io.portolan.trace.StartupTrace;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;

/**
 * Marks the window's first frame for the start-up trace, and with {@code -Dportolan.startup.exitAfterFirstFrame=true}
 * closes the program once it is drawn, so that a benchmark can time the start of the window as one process.
 *
 * <p>The first pulse after the window shows lays the scene out and hands the frame to the render thread, which draws
 * it while the application thread goes on. The frame counts as drawn once that render is done: when the trace or the
 * exit asks for it, and only then, a snapshot of one pixel of the scene waits for the render in progress (a snapshot
 * renders after it) before the mark. That costs a millisecond or two of a traced start, and nothing of a user's.
 */
final class FirstFrame implements Runnable {

    private final Scene scene;

    private FirstFrame(Scene scene) {
        this.scene = scene;
    }

    /** Watches the scene's first pulse. */
    static void watch(Scene scene) {
        scene.addPostLayoutPulseListener(new FirstFrame(scene));
        Platform.requestNextPulse();
    }

    @Override
    public void run() {
        scene.removePostLayoutPulseListener(this);
        StartupTrace.mark("first frame laid out");
        if (StartupTrace.on() || StartupTrace.exitsAfterFirstFrame()) {
            // runs once this pulse has ended, and so once it has handed the frame to the render thread
            Platform.runLater(this::drawn);
        }
    }

    private void drawn() {
        SnapshotParameters onePixel = new SnapshotParameters();
        onePixel.setViewport(new Rectangle2D(0, 0, 1, 1));
        scene.getRoot().snapshot(onePixel, null);
        StartupTrace.mark("first frame drawn");
        if (StartupTrace.exitsAfterFirstFrame()) {
            Platform.exit();
        }
    }
}
