package io.portolan.cli;

import io.portolan.engine.FlowAnalysis;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What an export works out on a second core while the first builds the rules: the picture of the diagram, then the
 * warnings the Request sheet lists. Both read the analysis, whose views are worked out once whichever thread asks first,
 * so the export waits only for what is not done yet when it needs it.
 */
final class Meanwhile {

    private final FlowAnalysis analysis;
    private final CompletableFuture<byte[]> png;

    private Meanwhile(FlowAnalysis analysis, CompletableFuture<byte[]> png) {
        this.analysis = analysis;
        this.png = png;
    }

    /**
     * Starts the work on a thread of its own, which does not keep the program running.
     *
     * @param day the date the picture gives, or null for no picture
     */
    static Meanwhile start(FlowAnalysis analysis, LocalDate day, PrintWriter err) {
        CompletableFuture<byte[]> png = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                png.complete(day == null ? null : ExportCommand.diagram(analysis, day, err));
                analysis.warnings();
            } catch (RuntimeException | Error e) {
                png.completeExceptionally(e);
            }
        }, "portolan-meanwhile");
        thread.setDaemon(true);
        thread.start();
        return new Meanwhile(analysis, png);
    }

    /** True when the work is of this analysis. */
    boolean of(FlowAnalysis other) {
        return other == analysis;
    }

    /** The picture, once drawn; null when none was asked for or the machine cannot draw. */
    byte[] png() {
        try {
            return png.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
