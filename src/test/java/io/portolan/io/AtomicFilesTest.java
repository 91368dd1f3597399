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
}
