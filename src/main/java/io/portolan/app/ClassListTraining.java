package io.portolan.app;

import io.portolan.cli.PortolanCommand;
import io.portolan.io.design.Templates;
import io.portolan.trace.StartupTrace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of Portolan's class-data sharing archive: run with {@code -XX:DumpLoadedClassList}, it does what a
 * user's first minute does, so that the list names the classes a start needs. It runs each command of the command
 * line on a template (the workbook with its diagram too), then, when it has a display, opens the window until its
 * first frame ({@code -Dportolan.startup.exitAfterFirstFrame=true}). {@code installer/ClassDataArchive.java} runs it
 * in a virtual display and dumps the archive from the list; see decision record 0021.
 */
public final class ClassListTraining {

    private ClassListTraining() {
    }

    /**
     * Runs the commands in a scratch folder of its own, then the window when {@code DISPLAY} (or a system that needs
     * none) allows; exits with status 1 when a command fails, which would leave its classes out of the list.
     */
    public static void main(String[] args) throws IOException {
        Launcher.quietenPoiLogging();
        Path scratch = Files.createTempDirectory("portolan-training");
        try {
            if (!runCommands(scratch)) {
                System.exit(1);
            }
        } finally {
            deleteTree(scratch);
        }
        if (hasDisplay() && StartupTrace.exitsAfterFirstFrame()) {
            DesktopStarter.start(new String[0]);
        }
        System.exit(0);
    }

    private static boolean runCommands(Path scratch) {
        String design = scratch.resolve("training.portolan").toString();
        List<List<String>> commands = List.of(
                List.of("--version"), List.of("--help"), List.of("template", "--list"),
                List.of("template", Templates.DEFAULT, "-o", design),
                List.of("catalog", "--format", "json"), List.of("flows", design), List.of("flows", design, "--format", "json"),
                List.of("flows", design, "--format", "csv"), List.of("rules", design, "--format", "json"),
                List.of("validate", design), List.of("walkthrough", design),
                List.of("export", design, "-o", scratch.resolve("training.xlsx").toString(),
                        "--csv", scratch.resolve("training.csv").toString(), "--date", "2025-01-01"));
        boolean ok = true;
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (List<String> command : commands) {
            int status = PortolanCommand.run(command.toArray(String[]::new), nowhere, new PrintWriter(System.err, true));
            if (status != 0) {
                System.err.println("training: portolan " + String.join(" ", command) + " exited with " + status);
                ok = false;
            }
        }
        return ok;
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "");
        return !os.startsWith("Linux") || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
