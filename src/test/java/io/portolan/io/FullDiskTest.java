package io.portolan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that runs out of room says that the disk is full, and leaves the file it would have replaced as it was. */
class FullDiskTest {

    @TempDir
    Path folder;

    private static final byte[] MEGABYTE = new byte[1 << 20];

    @Test
    void aFileTooLargeForItsDiskSaysTheDiskIsFullAndLeavesTheOldFile() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder, "64k")) {
            Path target = Files.writeString(disk.folder().resolve("request.csv"), "the old request");

            assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(MEGABYTE)))
                    .isInstanceOf(OutputFileException.class).hasMessage("Cannot write " + target + ": the disk is full");

            assertThat(Files.readString(target)).isEqualTo("the old request");
            assertThat(names(disk.folder())).containsExactly("request.csv");
        }
    }

    @Test
    void aFolderTooLargeForItsDiskSaysTheDiskIsFull() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder, "64k")) {
            Path target = disk.folder().resolve("capirca");

            assertThatThrownBy(() -> AtomicFolder.write(target, false, fresh -> Files.write(fresh.resolve("edge.pol"), MEGABYTE),
                    Cancellation.none())).isInstanceOf(OutputFileException.class).hasMessageEndingWith(": the disk is full");

            assertThat(names(disk.folder())).isEmpty();
        }
    }

    @Test
    void aWriterThatReportsTheFullDiskOnlyAsTheCauseOfABrokenStreamStillSaysTheDiskIsFull() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "the system has no /dev/full");
        Path target = folder.resolve("request.xlsx");

        // as a zip stream does: the system's error is the cause of what the writer throws, its message lost
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            try (FileOutputStream device = new FileOutputStream(full.toFile())) {
                device.write("PK".getBytes(StandardCharsets.US_ASCII));
                device.flush();
            } catch (IOException e) {
                throw new IOException("This archive contains unclosed entries.", e);
            }
        })).isInstanceOf(OutputFileException.class).hasMessage("Cannot write " + target + ": the disk is full");
        assertThat(names(folder)).isEmpty();
    }

    @Test
    void anotherFailureIsNotCalledAFullDisk() {
        Path target = folder.resolve("request.xlsx");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new IOException("This archive contains unclosed entries.");
        })).isInstanceOf(OutputFileException.class).hasMessage("Cannot write " + target + ": This archive contains unclosed entries.");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
