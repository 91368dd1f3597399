package io.portolan.ui;

import io.portolan.io.OutputFileException;
import io.portolan.io.recovery.RecoveryRecord;
import io.portolan.io.recovery.RecoverySlot;
import io.portolan.io.recovery.RecoveryStore;
import io.portolan.ui.document.DesignDocument;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Writes one window's unsaved changes to its recovery file, so that a crash loses at most an interval of work: the
 * first edit after a write schedules the next one an interval later (a burst of edits is one write, and an edit is on
 * disk at most an interval after it was made). The design is a value, so the window's thread only takes it; the file
 * is written on a thread of its own, whole or not at all. The file is removed when the design is saved or its changes
 * undone, and when the window closes cleanly.
 *
 * <p>Every write and removal runs on the one writer thread, in the order asked, so a removal after a save can never
 * be overtaken by an older write.
 */
final class Autosave {

    /** How long after an edit the recovery file is written at the latest. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    private final DesignDocument document;
    private final RecoveryStore store;
    private final Duration interval;
    private final ScheduledExecutorService writer;
    private final Consumer<Runnable> onWindowThread;
    private final InstantSource clock;
    private final Consumer<String> onFailure;
    // the window's thread only
    private ScheduledFuture<?> pending;
    private Instant lastChanged;
    private boolean failureShown;
    // the writer thread only
    private RecoverySlot slot;

    /**
     * @param onFailure told once, on the window's thread, when the file cannot be written: what went wrong
     */
    Autosave(DesignDocument document, RecoveryStore store, Duration interval, ScheduledExecutorService writer,
             Consumer<Runnable> onWindowThread, InstantSource clock, Consumer<String> onFailure) {
        this.document = document;
        this.store = store;
        this.interval = interval;
        this.writer = writer;
        this.onWindowThread = onWindowThread;
        this.clock = clock;
        this.onFailure = onFailure;
        this.lastChanged = clock.instant();
        document.designProperty().addListener((o, was, design) -> changed());
        document.modifiedProperty().addListener((o, was, modified) -> {
            if (!modified) {
                onWriter(this::deleteFile);
            }
        });
    }

    /** The window's autosave: a daemon writer thread, results through {@link Platform#runLater}. */
    static Autosave of(DesignDocument document, RecoveryStore store, Duration interval, Consumer<String> onFailure) {
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "autosave");
            thread.setDaemon(true);
            return thread;
        });
        return new Autosave(document, store, interval, writer, Platform::runLater, InstantSource.system(), onFailure);
    }

    private void changed() {
        lastChanged = clock.instant();
        if (pending == null && !writer.isShutdown()) {
            pending = writer.schedule(() -> onWindowThread.accept(this::takeDesign), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Takes the design as it is now, on the window's thread, and has it written. */
    private void takeDesign() {
        pending = null;
        if (!document.isModified()) {
            onWriter(this::deleteFile);
            return;
        }
        RecoveryRecord record = new RecoveryRecord(document.design(), document.file(), document.displayNameProperty().get(),
                lastChanged, document.changesProperty().get());
        onWriter(() -> write(record));
    }

    /** Runs the task on the writer thread, after those asked before; nothing once the window has closed. */
    private void onWriter(Runnable task) {
        if (!writer.isShutdown()) {
            writer.execute(task);
        }
    }

    /**
     * Makes a recovered design's file this window's: it is written over at once, naming this process, and kept until the
     * design is saved or the window closes.
     *
     * @param changedAt when the recovered design was last changed
     */
    void adopt(RecoverySlot recovered, Instant changedAt) {
        onWriter(() -> {
            closeSlot();
            slot = recovered;
        });
        if (pending != null) {
            pending.cancel(false);
        }
        lastChanged = changedAt;
        takeDesign();
    }

    /**
     * The window closes cleanly: its recovery file and lock go. Waits a few seconds at most for the writer, so that the
     * file is gone before the program ends.
     */
    void close() {
        if (writer.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        Future<?> done = writer.submit(() -> {
            deleteFile();
            closeSlot();
        });
        writer.shutdown();
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the file stays and is offered at the next start, which is the safe side
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(RecoveryRecord record) {
        try {
            if (slot == null) {
                slot = store.newSlot();
            }
            slot.write(record);
        } catch (IOException e) {
            failed(store.folder() + ": " + e.getMessage());
        } catch (OutputFileException e) {
            failed(e.getMessage());
        }
    }

    private void deleteFile() {
        if (slot != null) {
            try {
                slot.delete();
            } catch (IOException e) {
                failed("Cannot remove " + slot.file() + ": " + e.getMessage());
            }
        }
    }

    private void closeSlot() {
        if (slot != null) {
            try {
                slot.close();
            } catch (IOException e) {
                // the lock is released with the process anyway; a lock file left behind is removed at a later start
            }
            slot = null;
        }
    }

    private void failed(String problem) {
        onWindowThread.accept(() -> {
            if (!failureShown) {
                failureShown = true;
                onFailure.accept(problem);
            }
        });
    }
}
