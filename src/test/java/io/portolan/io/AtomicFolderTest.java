package io.portolan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFolderTest {

    @TempDir
    Path parent;

    private static void fill(Path folder, String text) throws IOException {
        Files.createDirectories(folder.resolve("def"));
        Files.writeString(folder.resolve("def/NETWORK.net"), text);
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(parent)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFolderAppearsWholeWithNothingLeftBeside() throws Exception {
        Path target = parent.resolve("capirca");

        AtomicFolder.write(target, false, folder -> fill(folder, "A = 10.0.0.1/32\n"));

        assertThat(Files.readString(target.resolve("def/NETWORK.net"))).isEqualTo("A = 10.0.0.1/32\n");
        assertThat(entries()).containsExactly("capirca");
    }

    @Test
    void anEmptyFolderIsFilled() throws Exception {
        Path target = Files.createDirectory(parent.resolve("capirca"));

        AtomicFolder.write(target, false, folder -> fill(folder, "A = 10.0.0.1/32\n"));

        assertThat(target.resolve("def/NETWORK.net")).exists();
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedWithoutReplaceAndKept() throws Exception {
        Path target = Files.createDirectory(parent.resolve("capirca"));
        Files.writeString(target.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> AtomicFolder.write(target, false, folder -> fill(folder, "")))
                .isInstanceOf(OutputFileException.class).hasMessageContaining("exists and is not empty")
                .hasMessageContaining("--force");
        assertThat(Files.readString(target.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(entries()).containsExactly("capirca");
    }

    @Test
    void replacingAFolderLeavesOnlyTheNewFiles() throws Exception {
        Path target = Files.createDirectory(parent.resolve("capirca"));
        Files.writeString(target.resolve("old.txt"), "old");

        AtomicFolder.write(target, true, folder -> fill(folder, "B = 10.0.0.2/32\n"));

        assertThat(target.resolve("old.txt")).doesNotExist();
        assertThat(Files.readString(target.resolve("def/NETWORK.net"))).isEqualTo("B = 10.0.0.2/32\n");
        assertThat(entries()).containsExactly("capirca");
    }

    @Test
    void aFillThatFailsLeavesThePreviousFolderAsItWasAndNothingBeside() throws Exception {
        Path target = Files.createDirectory(parent.resolve("capirca"));
        Files.writeString(target.resolve("old.txt"), "old");

        assertThatThrownBy(() -> AtomicFolder.<IllegalStateException>write(target, true, folder -> {
            fill(folder, "half");
            throw new IllegalStateException("aclgen failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(target.resolve("old.txt"))).isEqualTo("old");
        assertThat(entries()).containsExactly("capirca");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAnError() throws Exception {
        Path target = Files.writeString(parent.resolve("capirca"), "a file");

        assertThatThrownBy(() -> AtomicFolder.checkTarget(target, true)).isInstanceOf(OutputFileException.class)
                .hasMessageContaining("it is a file, not a folder");
    }

    @Test
    void aMissingParentFolderIsAnError() {
        assertThatThrownBy(() -> AtomicFolder.checkTarget(parent.resolve("missing/capirca"), false))
                .isInstanceOf(OutputFileException.class).hasMessageContaining("does not exist");
    }

    @Test
    void foldersAKilledWriteLeftBehindAreRemovedByTheNextWriteOnceStale() throws Exception {
        Path target = parent.resolve("capirca");
        Files.createDirectory(target);
        Path killed = Files.createDirectories(parent.resolve(".capirca.1f2e3d4c5b6a7980.tmp/def"));
        Path replaced = Files.createDirectories(parent.resolve(".capirca.0a0b0c0d0e0f1011.old/pol"));
        Path running = Files.createDirectories(parent.resolve(".capirca.2b3c4d5e6f708192.tmp"));
        Path other = Files.createDirectories(parent.resolve(".other.1f2e3d4c5b6a7980.tmp"));
        for (Path leftover : List.of(killed.getParent(), replaced.getParent(), other)) {
            Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        }

        AtomicFolder.write(target, true, folder -> fill(folder, "A = 10.0.0.1/32\n"));

        assertThat(entries()).containsExactly(".capirca.2b3c4d5e6f708192.tmp", ".other.1f2e3d4c5b6a7980.tmp", "capirca");
        assertThat(running).isEmptyDirectory();
    }

    @Test
    void theOldFolderOfAWriteKilledBetweenItsTwoMovesIsKeptWhileTheTargetIsMissing() throws Exception {
        Path target = parent.resolve("capirca");
        Path replaced = Files.createDirectories(parent.resolve(".capirca.0a0b0c0d0e0f1011.old"));
        Files.setLastModifiedTime(replaced, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        AtomicFolder.write(target, false, folder -> fill(folder, "A = 10.0.0.1/32\n"));

        assertThat(entries()).containsExactly(".capirca.0a0b0c0d0e0f1011.old", "capirca");
    }
}
