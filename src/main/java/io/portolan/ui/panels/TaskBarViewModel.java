package io.portolan.ui.panels;

import io.portolan.io.Cancellation;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Long work of the window (the exports) run off the window's thread, one at a time: while it runs the bar says what
 * is being written and offers Cancel; when it is done it says where the file is and offers to open it or its folder. A
 * cancelled export leaves no file and no temporary file behind; a failed one is reported as an error.
 */
public final class TaskBarViewModel {

    /** What the bar shows. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED }

    /** The work: writes its file, checking the cancellation, and returns what to say besides where the file is (or null). */
    @FunctionalInterface
    public interface Job {
        String run(Cancellation cancellation) throws Exception;
    }

    private final Executor background;
    private final Consumer<Runnable> onWindowThread;
    private final BiConsumer<String, String> showError;
    private final Consumer<Path> opener;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");
    private Cancellation running;

    /**
     * @param background where the work runs; never the window's thread
     * @param onWindowThread how the outcome gets back to the window
     * @param showError how a failure is reported: a title and the message
     * @param opener opens a file or a folder as the system does (the program the file type belongs to, the file manager)
     */
    public TaskBarViewModel(Executor background, Consumer<Runnable> onWindowThread, BiConsumer<String, String> showError,
                            Consumer<Path> opener) {
        this.background = Objects.requireNonNull(background, "background");
        this.onWindowThread = Objects.requireNonNull(onWindowThread, "onWindowThread");
        this.showError = Objects.requireNonNull(showError, "showError");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The headline: what is being written, what was written, or that it was cancelled. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The line under it: where the file is, and what the work had to say. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The file or folder being written or written last; null before the first. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** True while work runs. */
    public boolean isBusy() {
        return state.get() == State.RUNNING;
    }

    /** True when no work runs; otherwise says so, so that a second export is not started on top of the first. */
    public boolean checkIdle() {
        if (isBusy()) {
            showError.accept("Another export is running", message.get() + " Wait until it is written, or cancel it in the bar at"
                    + " the bottom of the window.");
            return false;
        }
        return true;
    }

    /**
     * Starts the work in the background; call on the window's thread.
     *
     * @param what what is written, for the bar: {@code the workbook}
     * @param target the file or folder written
     * @param failure the title of the error when it fails: {@code Cannot export the workbook}
     * @return false when other work runs (nothing is started)
     */
    public boolean start(String what, Path target, String failure, Job job) {
        if (isBusy()) {
            return false;
        }
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        written.set(target);
        message.set("Writing " + what + " " + target.getFileName() + "\u2026");
        detail.set("in " + folderOf(target));
        state.set(State.RUNNING);
        background.execute(() -> {
            cancellation.workOn(Thread.currentThread());
            try {
                String said = job.run(cancellation);
                onWindowThread.accept(() -> finished(cancellation, what, target, said));
            } catch (Exception | Error e) {
                // an error too (out of memory, a missing class) ends the work, else the bar would say it runs for ever
                onWindowThread.accept(() -> failed(cancellation, failure, target, e));
            } finally {
                // a cancel that interrupted this thread must not reach the next work an executor gives it
                Thread.interrupted();
            }
        });
        return true;
    }

    /** Stops the running work; its file is not written. */
    public void cancel() {
        if (running != null && isBusy()) {
            running.cancel();
        }
    }

    /** Hides the bar. */
    public void dismiss() {
        if (!isBusy()) {
            state.set(State.IDLE);
        }
    }

    /** Opens the file written, as the system does. */
    public void openWritten() {
        if (written.get() != null) {
            opener.accept(written.get());
        }
    }

    /** Opens the folder the file was written to. */
    public void openFolder() {
        if (written.get() != null) {
            opener.accept(folderOf(written.get()));
        }
    }

    private void finished(Cancellation cancellation, String what, Path target, String said) {
        if (cancellation != running) {
            return;
        }
        running = null;
        message.set("Wrote " + what + " " + target.getFileName());
        detail.set("in " + folderOf(target) + (said == null || said.isBlank() ? "" : " \u2014 " + said));
        state.set(State.DONE);
    }

    private void failed(Cancellation cancellation, String failure, Path target, Throwable e) {
        if (cancellation != running) {
            return;
        }
        running = null;
        if (cancellation.isCancelled()) {
            message.set("Cancelled: " + target.getFileName() + " was not written");
            detail.set("Nothing was written in " + folderOf(target) + ".");
            state.set(State.CANCELLED);
            return;
        }
        state.set(State.IDLE);
        String text = e.getMessage();
        showError.accept(failure, e instanceof OutOfMemoryError ? target + ": there is not enough memory to write it"
                : e instanceof RuntimeException || e instanceof Error || text == null ? target + ": " + e : text);
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }
}
