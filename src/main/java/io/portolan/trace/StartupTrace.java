package io.portolan.trace;

import java.io.PrintStream;

/**
 * What each phase of a start costs: with {@code -Dportolan.startup.trace=true} every {@link #mark} prints on stderr
 * the milliseconds since the first mark (the program's {@code main}) and the phase just finished, e.g.
 * {@code portolan: startup +212 ms catalog loaded}. Without the property a mark does nothing. The marks are cheap
 * enough not to change what they measure: no formatting, no clock but {@link System#nanoTime}.
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
        err.println("portolan: startup +" + (System.nanoTime() - FIRST) / 1_000_000 + " ms " + phase);
    }
}
