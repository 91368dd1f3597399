package io.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portolan.catalog.CatalogLoader;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.testing.CommandLineRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portolan export} killed (SIGKILL) in a process of its own after it has written the workbook and the CSV and
 * while it renders the Capirca policies: the old workbook and CSV stay, both, and the next export removes what the
 * killed one left.
 */
class ExportKilledTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anExportKilledBeforeItsFilesAreInPlaceLeavesTheOldPairAndTheNextExportCleansUp() throws Exception {
        assumeTrue(!System.getProperty("os.name", "").startsWith("Windows"), "the stand-in for aclgen is a shell script");
        Path design = folder.resolve("contoso.portolan");
        DesignFile.write(design, Templates.load(Templates.DEFAULT, CatalogLoader.loadBuiltIn()));
        Path workbook = Files.writeString(folder.resolve("request.xlsx"), "the old workbook");
        Path csv = Files.writeString(folder.resolve("request.csv"), "the old csv");
        Path started = folder.resolve("aclgen-started");
        Path bin = slowAclgen(started);

        Process export = start(bin, "export", design.toString(), "-o", workbook.toString(), "--csv", csv.toString(),
                "--capirca", folder.resolve("capirca").toString(), "--platform", "paloalto");
        List<ProcessHandle> aclgen = new ArrayList<>();
        try {
            awaitFile(started, export);
            aclgen.addAll(export.descendants().toList());
        } finally {
            export.destroyForcibly();
            export.waitFor(30, TimeUnit.SECONDS);
            aclgen.forEach(ProcessHandle::destroyForcibly);
        }

        assertThat(export.exitValue()).isEqualTo(137);
        // read as Latin-1, so that a new workbook (binary) fails the comparison rather than the reading
        assertThat(Files.readString(workbook, StandardCharsets.ISO_8859_1)).isEqualTo("the old workbook");
        assertThat(Files.readString(csv, StandardCharsets.ISO_8859_1)).isEqualTo("the old csv");
        List<String> left = leftovers();
        assertThat(left).anyMatch(n -> n.startsWith(".request.xlsx.")).anyMatch(n -> n.startsWith(".request.csv."))
                .anyMatch(n -> n.startsWith(".capirca."));

        for (String leftover : left) {
            Files.setLastModifiedTime(folder.resolve(leftover), FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        }
        CommandLineRun again = CommandLineRun.run("export", design.toString(), "-o", workbook.toString(), "--csv", csv.toString(),
                "--capirca", folder.resolve("capirca").toString());

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(leftovers()).isEmpty();
        assertThat(Files.readString(csv)).startsWith("\uFEFFNo.,");
        assertThat(Files.readAllBytes(workbook)).startsWith('P', 'K');
    }

    /** A folder with an aclgen that says it started, then sleeps: the export is killed while it waits for it. */
    private Path slowAclgen(Path started) throws IOException {
        Path bin = Files.createDirectory(folder.resolve("bin"));
        Path aclgen = Files.writeString(bin.resolve("aclgen"), "#!/bin/sh\necho started > '" + started + "'\nexec sleep 120\n");
        Files.setPosixFilePermissions(aclgen, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    /** The command line in a JVM of its own, on this test's class path, finding aclgen in the folder given. */
    private Process start(Path bin, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-Dportolan.path=" + bin, "-cp", System.getProperty("java.class.path"),
                "io.portolan.app.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("export.log").toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    private void awaitFile(Path file, Process process) throws Exception {
        for (int i = 0; i < 600 && !Files.exists(file); i++) {
            assertThat(process.isAlive()).as("export ended before it ran aclgen: " + log()).isTrue();
            Thread.sleep(100);
        }
        assertThat(file).as("aclgen was not started in a minute: " + log()).exists();
    }

    private String log() throws IOException {
        Path log = folder.resolve("export.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** The hidden files and folders beside the targets: what a killed write left. */
    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }
}
