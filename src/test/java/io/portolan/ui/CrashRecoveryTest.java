package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.edit.MoveSelection;
import io.portolan.io.UserDataFolder;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.io.recovery.RecoveryStore;
import io.portolan.model.Design;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: the designer runs in a process of its own, an edit is made, autosave writes it, the process is killed
 * (SIGKILL, nothing runs on the way out), and the next start offers the edit back and opens it unsaved, belonging to
 * its file.
 */
class CrashRecoveryTest {

    @TempDir
    Path folder;

    private Path data;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anEditAutosavedBeforeTheProcessIsKilledComesBackAtTheNextStart() throws Exception {
        data = folder.resolve("data");
        Design template = Templates.load(Templates.DEFAULT, WindowFixture.catalog());
        Path design = folder.resolve("contoso.portolan");
        DesignFile.write(design, template);
        Design edited = MoveSelection.of(template, Set.of("storefront"), CrashRecoveryChild.MOVE, 0).apply(template);

        Process first = start("edit", design);
        try {
            Lines output = Lines.of(first);
            assertThat(output.await("EDITED", 60)).as(diagnosis(output, "edit")).isEqualTo("EDITED " + design);
            Path record = awaitRecord(edited);
            assertThat(Files.readString(record)).contains("\"pid\" : " + first.pid());
            // the window still runs: another process is not offered its file
            assertThat(new RecoveryStore(data.resolve(RecoveryStore.FOLDER)).recoverable()).isEmpty();
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(first.exitValue()).isEqualTo(137);

        Path shown = folder.resolve("shown.portolan");
        Process second = start("recover", shown);
        Lines output = Lines.of(second);
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).as(diagnosis(output, "recover")).isTrue();
        assertThat(output.all()).contains("OFFERED contoso.portolan 1", "FILE " + design, "MODIFIED true", "ERRORS []");
        assertThat(DesignFile.read(shown, WindowFixture.catalog())).isEqualTo(edited);
        assertThat(DesignFile.read(design, WindowFixture.catalog())).isEqualTo(template);
    }

    /** What the child said, on stdout and stderr, for a failure's message. */
    private String diagnosis(Lines output, String mode) throws Exception {
        Path err = folder.resolve(mode + ".err");
        return "stdout: " + output.all() + "\nstderr: " + (Files.exists(err) ? Files.readString(err) : "");
    }

    /** Waits until autosave has written the edit, and returns the recovery file. */
    private Path awaitRecord(Design edited) throws Exception {
        String expected = DesignFile.toJson(edited).strip();
        Path recovery = data.resolve(RecoveryStore.FOLDER);
        for (int i = 0; i < 300; i++) {
            if (Files.isDirectory(recovery)) {
                try (Stream<Path> files = Files.list(recovery)) {
                    for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                        if (Files.readString(file).contains(expected)) {
                            return file;
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no recovery file holds the edit after 30 s");
    }

    /** The designer in a JVM of its own, on this test's class path, headless, with its settings and data under the test's folder. */
    private Process start(String mode, Path file) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dheadless.geometry=1600x1000-32", "-Dprism.order=sw", "-Dprism.text=t2k", "-Dfile.encoding=UTF-8",
                "-Djava.util.prefs.userRoot=" + folder.resolve("prefs"), "-Duser.home=" + folder.resolve("home"),
                "-D" + UserDataFolder.PROPERTY + "=" + data,
                "-cp", System.getProperty("java.class.path"), CrashRecoveryChild.class.getName(), mode, file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(folder.resolve(mode + ".err").toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    /** The lines a process writes to stdout, read as they come. */
    private record Lines(BlockingQueue<String> queue, List<String> seen) {

        static Lines of(Process process) {
            Lines lines = new Lines(new LinkedBlockingQueue<>(), java.util.Collections.synchronizedList(new ArrayList<>()));
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.seen.add(line);
                        lines.queue.add(line);
                    }
                } catch (IOException e) {
                    // the process was killed
                }
            }, "child output");
            reader.setDaemon(true);
            reader.start();
            return lines;
        }

        /** The first line starting with the prefix, waiting at most the seconds given; null if none came. */
        String await(String prefix, int seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
                String line = queue.poll(left, TimeUnit.NANOSECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
            }
            return null;
        }

        List<String> all() throws InterruptedException {
            Thread.sleep(200);
            return List.copyOf(seen);
        }
    }
}
