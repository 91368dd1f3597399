package io.portolan.ui;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What a window gets from the session it belongs to.
 *
 * @param opener opens a file or folder as the system does (the workbook in a spreadsheet, a folder in the file manager)
 * @param background where long work (the exports) runs, off the window's thread
 * @param quit closes every window of the session, asking about unsaved changes in each
 */
record WindowServices(Consumer<Path> opener, Executor background, Runnable quit) {

    /** Long work on a daemon thread of its own, so that a window that closes never waits for an export. */
    static Executor threadPerTask() {
        return task -> {
            Thread worker = new Thread(task, "portolan export");
            worker.setDaemon(true);
            worker.start();
        };
    }
}
