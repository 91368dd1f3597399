package io.portolan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the program takes to start, as a whole process (issue 16): {@code portolan --version} (target at most
 * 0.25 s) and {@code portolan flows} on a template (at most 0.5 s) to their end, the window from the start of its
 * process to its first frame drawn (at most 1.5 s), and for comparison the window to the end of its process, each with
 * the class-data sharing archive that mvn package makes and without it. The window needs a display: run with
 * {@code mvn -Pbench package -DskipTests && xvfb-run -a java -jar target/benchmarks.jar StartupBenchmark}. The machine's
 * load changes every figure: the window's trace ({@code -Dportolan.startup.trace=true}) gives each phase's time on a
 * core as well, which load changes less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 15)
@Fork(1)
public class StartupBenchmark {

    /** With the archive of the classes a start needs ({@code archive}) or with the JDK's own only ({@code none}). */
    @Param({"archive", "none"})
    public String sharing;

    private Path folder;
    private Path design;
    private PortolanProcess.Running window;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        PortolanProcess.requireBuilt(archive());
        folder = Files.createTempDirectory("portolan-startup");
        design = folder.resolve("citrix.portolan");
        PortolanProcess.run(archive(), List.of(), "template", "citrix-onprem", "-o", design.toString());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        PortolanProcess.delete(folder);
    }

    private boolean archive() {
        return "archive".equals(sharing);
    }

    /** {@code portolan --version}. */
    @Benchmark
    public void version() throws IOException, InterruptedException {
        PortolanProcess.run(archive(), List.of(), "--version");
    }

    /** {@code portolan flows citrix.portolan}: the flows of a template, as a table. */
    @Benchmark
    public void flowsOfATemplate() throws IOException, InterruptedException {
        PortolanProcess.run(archive(), List.of(), "flows", design.toString());
    }

    /**
     * {@code portolan citrix.portolan}, from the start of the process until the window has drawn its first frame, the
     * design on its canvas (the trace's {@code first frame drawn}: the render of the first pulse is done); the window
     * then closes itself, which {@link #windowEnded} waits for outside the time measured. With settings and a data folder
     * of the benchmark's own, so that the user's last design and recovery files are left alone (the window remembers
     * the design it opened).
     */
    @Benchmark
    public void windowToItsFirstFrame() throws IOException {
        window = PortolanProcess.startUntil("first frame drawn", archive(), windowOptions(), design.toString());
    }

    /** {@code portolan citrix.portolan}, the whole process: start, first frame, then the window closing and the JVM ending. */
    @Benchmark
    public void windowToItsFirstFrameAndExit() throws IOException, InterruptedException {
        PortolanProcess.run(archive(), windowOptions(), design.toString());
    }

    /** Waits for the window that {@link #windowToItsFirstFrame} left closing to end. */
    @TearDown(Level.Invocation)
    public void windowEnded() throws IOException, InterruptedException {
        if (window != null) {
            PortolanProcess.finish(window);
            window = null;
        }
    }

    private List<String> windowOptions() {
        return List.of("-Dportolan.startup.exitAfterFirstFrame=true", "-Dportolan.startup.trace=true",
                "-Djava.util.prefs.userRoot=" + folder.resolve("prefs"), "-Dportolan.dataDir=" + folder.resolve("data"));
    }
}
