package io.portolan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Runs each task on a thread of its own, as the window does, unless told to hold them: a test then sees the export
 * running, cancels it or looks at the window, and lets it go on with {@link #release()}.
 */
final class HeldExecutor implements Executor {

    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;

    @Override
    public synchronized void execute(Runnable task) {
        if (holding) {
            held.add(task);
        } else {
            run(task);
        }
    }

    synchronized void hold() {
        holding = true;
    }

    synchronized void release() {
        holding = false;
        held.forEach(HeldExecutor::run);
        held.clear();
    }

    private static void run(Runnable task) {
        Thread thread = new Thread(task, "test export");
        thread.setDaemon(true);
        thread.start();
    }
}
