package io.portolan.ui;

import io.portolan.trace.StartupTrace;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Marks the window's first frame for the start-up trace, and with {@code -Dportolan.startup.exitAfterFirstFrame=true}
 * closes the program once it is drawn, so that a benchmark can time the start of the window as one process.
 * The first frame is drawn once the pulse that laid the scene out has ended and the next pulse has begun.
 */
final class FirstFrame implements Runnable {

    private final Scene scene;
    private int pulses;

    private FirstFrame(Scene scene) {
        this.scene = scene;
    }

    /** Watches the scene's first two pulses. */
    static void watch(Scene scene) {
        scene.addPostLayoutPulseListener(new FirstFrame(scene));
        Platform.requestNextPulse();
    }

    @Override
    public void run() {
        pulses++;
        if (pulses == 1) {
            StartupTrace.mark("first frame laid out");
            Platform.requestNextPulse();
            return;
        }
        scene.removePostLayoutPulseListener(this);
        StartupTrace.mark("first frame drawn");
        if (StartupTrace.exitsAfterFirstFrame()) {
            Platform.exit();
        }
    }
}
