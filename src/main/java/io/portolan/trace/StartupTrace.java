package io.portolan.trace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What each phase of a start costs: with {@code -Dportolan.startup.trace=true} every {@link #mark} prints on stderr
 * the milliseconds since the first mark (the program's {@code main}) and the phase just finished, e.g.
 * {@code portolan: startup +212 ms catalog loaded}. Where the system tells (Linux), a mark also gives how long the
 * thread that made it has run on a core so far and how long it has waited for one, which says what a phase cost when
 * other programs share the machine: {@code [main: 180 ms on a core, 12 ms waiting]}. Without the property a mark does
 * nothing. The marks are cheap enough not to change what they measure.
 *
 * <p>{@code -Dportolan.startup.exitAfterFirstFrame=true} makes the window close itself once it has drawn its first
 * frame, so that a benchmark can time the whole start of the window as one process.
 */
public final class StartupTrace {

    /** The system property that turns the marks on. */
    public static final String TRACE_PROPERTY = "portolan.startup.trace";
    /** The system property that closes the window after its first frame. */
    public static final String EXIT_AFTER_FIRST_FRAME_PROPERTY = "portolan.startup.exitAfterFirstFrame";

    private static final boolean ON = Boolean.getBoolean(TRACE_PROPERTY);
    /** When the class was first used: by the first mark, made as main starts. */
    private static final long FIRST = System.nanoTime();
    /** Linux's statistics of the current thread: nanoseconds on a core, nanoseconds waiting for one, time slices. */
    private static final Path SCHEDULER_STATISTICS = Path.of("/proc/thread-self/schedstat");
    /** Whether the JVM's own start has been printed: with the first mark, on the thread of main. */
    private static boolean startPrinted;

    private StartupTrace() {
    }

    /** Prints the time since the first mark and the phase, when tracing is on. */
    public static void mark(String phase) {
        if (ON) {
            print(System.err, phase);
        }
    }

    /** True when the marks are printed. */
    public static boolean on() {
        return ON;
    }

    /** True when the window should close itself after its first frame. */
    public static boolean exitsAfterFirstFrame() {
        return Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME_PROPERTY);
    }

    private static synchronized void print(PrintStream err, String phase) {
        if (!startPrinted) {
            startPrinted = true;
            // the wall clock at main, from which a caller that knows when it started the process gets the JVM's own start
            err.println("portolan: startup main entered at " + System.currentTimeMillis() + " ms since the epoch");
        }
        err.println("portolan: startup +" + (System.nanoTime() - FIRST) / 1_000_000 + " ms " + phase + threadTimes());
    }

    /** The current thread's time on a core and waiting for one, from the scheduler's statistics; empty where there are none. */
    private static String threadTimes() {
        try {
            String[] times = Files.readString(SCHEDULER_STATISTICS).trim().split(" ");
            return " [" + Thread.currentThread().getName() + ": " + Long.parseLong(times[0]) / 1_000_000 + " ms on a core, "
                    + Long.parseLong(times[1]) / 1_000_000 + " ms waiting]";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
