package io.portolan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    private static void write(Path file, String text) throws OutputFileException {
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void newFileGetsThePermissionsOfAnyNewFileInTheFolder() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(folder.resolve("plain.txt"));

        write(folder.resolve("design.portolan"), "{}");

        assertThat(Files.getPosixFilePermissions(folder.resolve("design.portolan")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void replacedFileKeepsItsPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("shared.portolan");
        write(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        write(file, "new");

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }

    @Test
    void failingWriterLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("request.xlsx");
        write(file, "previous");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(OutputFileException.class).hasMessageContaining("request.xlsx").hasMessageContaining("disk full");

        assertThat(Files.readString(file)).isEqualTo("previous");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("request.xlsx");
        }
    }

    @Test
    void missingFolderIsNamedInTheError() {
        Path file = folder.resolve("nowhere").resolve("out.xlsx");

        assertThatThrownBy(() -> write(file, "x")).isInstanceOf(OutputFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void writingOntoASymbolicLinkReplacesTheFileItPointsToAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectory(folder.resolve("shared")).resolve("request.csv");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(folder.resolve("request.csv"), real);

        write(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        try (Stream<Path> files = Files.list(real.getParent())) {
            assertThat(files).containsExactly(real);
        }
    }

    @Test
    void temporaryFilesAKilledWriteLeftBehindAreRemovedByTheNextWriteOfThatFile() throws Exception {
        Path stale = Files.writeString(folder.resolve(".request.xlsx.1f2e3d4c5b6a7980.tmp"), "half a workbook");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000L));
        Path running = Files.writeString(folder.resolve(".request.xlsx.0a0b0c0d0e0f1011.tmp"), "another write, now");
        Path otherFiles = Files.writeString(folder.resolve(".other.xlsx.1f2e3d4c5b6a7980.tmp"), "not this target's");
        Files.setLastModifiedTime(otherFiles, java.nio.file.attribute.FileTime.fromMillis(0));

        write(folder.resolve("request.xlsx"), "workbook");

        assertThat(stale).doesNotExist();
        assertThat(running).exists();
        assertThat(otherFiles).exists();
    }
}
