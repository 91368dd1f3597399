package io.portolan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built program as a user does, one whole process per run: {@code java [-XX:SharedArchiveFile=portolan.jsa]
 * OPTIONS -jar portolan.jar ARGS}, with the options the installed launcher passes (read from
 * installer/jpackage/app.args: the heap's limit, when the optimising compiler starts). The jar and its
 * class-data sharing archive are those {@code mvn package} left in target/ (system properties {@code portolan.jar} and
 * {@code portolan.jsa} name others); a run that lasts longer than {@code portolan.bench.timeoutSeconds} (default 900)
 * is stopped and fails the benchmark.
 */
final class PortolanProcess {

    static final Path JAR = Path.of(System.getProperty("portolan.jar", "target/portolan.jar")).toAbsolutePath();
    static final Path ARCHIVE = Path.of(System.getProperty("portolan.jsa", "target/portolan.jsa")).toAbsolutePath();
    private static final long TIMEOUT_SECONDS = Long.getLong("portolan.bench.timeoutSeconds", 900);
    /** The JVM options the installed launcher passes, but for the archive's path, which {@link #ARCHIVE} gives. */
    static final List<String> LAUNCHER_OPTIONS = launcherOptions(Path.of("installer", "jpackage", "app.args"));

    private PortolanProcess() {
    }

    /** The {@code --java-options} of a jpackage argument file, but those naming a file in the application's folder. */
    private static List<String> launcherOptions(Path args) {
        try {
            return Files.readAllLines(args, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> line.startsWith("--java-options ") && !line.contains("$APPDIR"))
                    .map(line -> line.substring("--java-options ".length()).strip()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the launcher's options from " + args.toAbsolutePath()
                    + ": run the benchmarks from the repository", e);
        }
    }

    /** Checks that the jar (and, when asked for, the archive) exists, with a message that says how to build them. */
    static void requireBuilt(boolean archive) {
        if (!Files.isRegularFile(JAR) || archive && !Files.isRegularFile(ARCHIVE)) {
            throw new IllegalStateException("no " + (archive ? JAR + " and " + ARCHIVE : JAR)
                    + ": run the benchmarks from the repository after mvn -Pbench package -DskipTests");
        }
    }

    /**
     * Runs {@code portolan ARGS} with the class-data sharing archive or without it and waits for it, its output thrown
     * away; fails with what it printed on stderr when it does not exit with status 0.
     */
    static void run(boolean archive, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = command(archive, jvmOptions, args);
        Path err = Files.createTempFile("portolan-bench", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("portolan " + String.join(" ", args) + " did not finish within "
                        + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("portolan " + String.join(" ", args) + " exited with " + process.exitValue()
                        + ": " + Files.readString(err, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /**
     * Starts {@code portolan ARGS} and returns once it has printed a line containing {@code line} on stderr (its
     * start-up trace), leaving it running; {@link #finish} waits for its end. Fails with what it printed when it ends
     * without printing the line.
     */
    static Running startUntil(String line, boolean archive, List<String> jvmOptions, String... args) throws IOException {
        Process process = new ProcessBuilder(command(archive, jvmOptions, args)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        for (String read = err.readLine(); read != null; read = err.readLine()) {
            printed.append(read).append('\n');
            if (read.contains(line)) {
                return new Running(process, err, String.join(" ", args));
            }
        }
        throw new IllegalStateException("portolan " + String.join(" ", args) + " ended without printing '" + line + "': " + printed);
    }

    /** A run of the program that {@link #startUntil} left running, with the rest of what it prints on stderr. */
    record Running(Process process, BufferedReader err, String args) {
    }

    /** Waits for a run left running to end, reading what it prints; fails when it does not exit with status 0. */
    static void finish(Running running) throws IOException, InterruptedException {
        StringBuilder printed = new StringBuilder();
        for (String read = running.err().readLine(); read != null; read = running.err().readLine()) {
            printed.append(read).append('\n');
        }
        Process process = running.process();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("portolan " + running.args() + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("portolan " + running.args() + " exited with " + process.exitValue() + ": " + printed);
        }
    }

    private static List<String> command(boolean archive, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (archive) {
            command.add("-XX:SharedArchiveFile=" + ARCHIVE);
        }
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Deletes the folder and everything in it (the window's settings are a tree of folders). */
    static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
