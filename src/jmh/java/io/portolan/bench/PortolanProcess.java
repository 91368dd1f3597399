package io.portolan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built program as a user does, one whole process per run: {@code java [-XX:SharedArchiveFile=portolan.jsa]
 * -XX:MaxRAMPercentage=50 -jar portolan.jar ARGS}, the options the installed launcher passes. The jar and its
 * class-data sharing archive are those {@code mvn package} left in target/ (system properties {@code portolan.jar} and
 * {@code portolan.jsa} name others); a run that lasts longer than {@code portolan.bench.timeoutSeconds} (default 900)
 * is stopped and fails the benchmark.
 */
final class PortolanProcess {

    static final Path JAR = Path.of(System.getProperty("portolan.jar", "target/portolan.jar")).toAbsolutePath();
    static final Path ARCHIVE = Path.of(System.getProperty("portolan.jsa", "target/portolan.jsa")).toAbsolutePath();
    private static final long TIMEOUT_SECONDS = Long.getLong("portolan.bench.timeoutSeconds", 900);

    private PortolanProcess() {
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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (archive) {
            command.add("-XX:SharedArchiveFile=" + ARCHIVE);
        }
        command.add("-XX:MaxRAMPercentage=50");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
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

    /** Deletes the folder and the files in it. */
    static void delete(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
