package io.portolan.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java process of its own, started with the test's class path and the running JDK: for what only a fresh JVM shows,
 * such as the classes a command loads or how it fares within a small heap.
 *
 * @param status the exit status
 * @param out what the process wrote to stdout
 * @param err what the process wrote to stderr
 */
public record ChildJvm(int status, String out, String err) {

    /** Runs {@code java JVM_OPTIONS -cp TEST_CLASS_PATH MAIN ARGS} and waits at most {@code minutes} for it. */
    public static ChildJvm run(List<String> jvmOptions, String mainClass, List<String> args, Path scratch, int minutes)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(scratch, "out", ".txt");
        ChildJvm run = run(jvmOptions, mainClass, args, scratch, minutes, out);
        return new ChildJvm(run.status(), Files.readString(out, StandardCharsets.UTF_8), run.err());
    }

    /**
     * Runs the process as {@link #run(List, String, List, Path, int)} does with its stdout going to {@code stdout}, for
     * output too large to hold: the result's {@code out} is empty.
     */
    public static ChildJvm run(List<String> jvmOptions, String mainClass, List<String> args, Path scratch, int minutes,
            Path stdout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish within " + minutes + " minutes");
        }
        return new ChildJvm(process.exitValue(), "", Files.readString(err, StandardCharsets.UTF_8));
    }
}
