package io.portolan.io;

import java.io.InterruptedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets a person stop a long write: the writer checks it between pieces of work, and the file (or folder) is put in
 * place only if nobody cancelled first. Cancelling and putting in place exclude each other, so a cancelled write never
 * leaves its file behind, and a cancel that comes after the file is in place says so by returning false.
 */
public final class Cancellation {

    private static final int RUNNING = 0;
    private static final int CANCELLED = 1;
    private static final int COMMITTED = 2;

    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private volatile Thread worker;

    /** A write that runs to its end: nobody holds this one to cancel it. */
    public static Cancellation none() {
        return new Cancellation();
    }

    /**
     * Names the thread doing the work, so that a cancel also interrupts it: a write waiting on a process (aclgen) or a
     * channel stops at once rather than at its next check.
     */
    public void workOn(Thread thread) {
        worker = thread;
        if (state.get() == CANCELLED) {
            thread.interrupt();
        }
    }

    /**
     * Asks the write to stop.
     *
     * @return true when the write will leave nothing behind; false when its output was already put in place
     */
    public boolean cancel() {
        if (state.compareAndSet(RUNNING, CANCELLED)) {
            Thread thread = worker;
            if (thread != null) {
                thread.interrupt();
            }
            return true;
        }
        return state.get() == CANCELLED;
    }

    /** True once somebody cancelled before the output was put in place. */
    public boolean isCancelled() {
        return state.get() == CANCELLED;
    }

    /**
     * Throws when the write was cancelled; writers call it between pieces of work.
     *
     * @throws InterruptedIOException when the write was cancelled
     */
    public void check() throws InterruptedIOException {
        if (isCancelled()) {
            throw new InterruptedIOException("the write was cancelled");
        }
    }

    /**
     * Claims the right to put the output in place; from now on a cancel comes too late.
     *
     * @throws InterruptedIOException when the write was cancelled first
     */
    void commit() throws InterruptedIOException {
        if (!state.compareAndSet(RUNNING, COMMITTED) && state.get() == CANCELLED) {
            throw new InterruptedIOException("the write was cancelled");
        }
        worker = null;
    }
}
