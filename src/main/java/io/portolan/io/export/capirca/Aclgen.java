package io.portolan.io.export.capirca;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Capirca's {@code aclgen}, found on the PATH: renders a folder of policies ({@code policies/pol/*.pol}) with its
 * definitions ({@code def/}) into platform configurations ({@code out/}).
 */
public final class Aclgen {

    /** How to get aclgen, for a message when it is missing. */
    public static final String HOW_TO_INSTALL = "install Capirca: apt install python3-capirca (Debian, Ubuntu), "
            + "or pip install capirca; its fork Aerleon (pip install aerleon) reads the same policies";

    private final Path executable;

    /** aclgen at the given path. */
    public Aclgen(Path executable) {
        this.executable = executable;
    }

    /**
     * aclgen on this process's PATH, if it is there. The system property {@code portolan.path}, when set, is searched
     * instead of the PATH, so that a test can see what a machine without aclgen does.
     */
    public static Optional<Aclgen> find() {
        return find(System.getProperty("portolan.path", System.getenv("PATH")));
    }

    /** aclgen on the given search path (entries separated as the system separates them), if it is there. */
    public static Optional<Aclgen> find(String searchPath) {
        if (searchPath == null) {
            return Optional.empty();
        }
        for (String entry : searchPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            for (String name : List.of("aclgen", "aclgen.exe")) {
                Path candidate = Path.of(entry, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new Aclgen(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** Where aclgen is. */
    public Path executable() {
        return executable;
    }

    /**
     * What one run printed and how it ended.
     *
     * @param exitCode aclgen's exit status; 0 when every policy rendered
     * @param output what it printed on stdout and stderr together
     */
    public record Result(int exitCode, String output) {
        /** The last lines of the output, where Python puts the error that stopped it. */
        public String tail(int lines) {
            List<String> all = output.lines().filter(l -> !l.isBlank()).toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }

    /**
     * Renders the policies of a Capirca folder into its {@code out/} folder.
     *
     * @param timeout how long to wait before stopping aclgen
     * @throws IOException when aclgen cannot be started, or does not finish in time
     */
    public Result run(Path folder, Duration timeout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(executable.toString(),
                "--base_directory=" + folder.resolve("policies"), "--definitions_directory=" + folder.resolve("def"),
                "--output_directory=" + folder.resolve("out"))
                .directory(folder.toFile()).redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(process.getInputStream(), output), "aclgen output");
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("aclgen did not finish within " + timeout.toSeconds() + " seconds and was stopped");
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while aclgen ran", e);
        }
        synchronized (output) {
            return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8));
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the process ended; what was read so far is the output
        }
    }
}
