package io.portolan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that can be cancelled, and several files put in place together. */
class AtomicFilesStagingTest {

    @TempDir
    Path folder;

    private static AtomicFiles.Writer text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteCancelledHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("request.xlsx");
        AtomicFiles.write(file, text("previous"));
        Cancellation cancellation = new Cancellation();

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            cancellation.cancel();
            out.write(" and the rest".getBytes(StandardCharsets.UTF_8));
        }, cancellation)).isInstanceOf(OutputFileException.class).hasMessageContaining("request.xlsx").hasMessageContaining("cancelled");

        assertThat(cancellation.isCancelled()).isTrue();
        assertThat(Files.readString(file)).isEqualTo("previous");
        assertThat(names()).containsExactly("request.xlsx");
    }

    @Test
    void aWriteCancelledAfterItsLastByteIsStillNotPutInPlace() throws Exception {
        Path file = folder.resolve("rules.csv");
        Cancellation cancellation = new Cancellation();

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("everything".getBytes(StandardCharsets.UTF_8));
            cancellation.cancel();
        }, cancellation)).isInstanceOf(OutputFileException.class);

        assertThat(names()).isEmpty();
    }

    @Test
    void aCancelAfterTheFileIsInPlaceComesTooLateAndSaysSo() throws Exception {
        Path file = folder.resolve("rules.csv");
        Cancellation cancellation = new Cancellation();

        AtomicFiles.write(file, text("rules"), cancellation);

        assertThat(cancellation.cancel()).isFalse();
        assertThat(cancellation.isCancelled()).isFalse();
        assertThat(Files.readString(file)).isEqualTo("rules");
    }

    @Test
    void aCancelInterruptsTheThreadDoingTheWork() throws Exception {
        Path file = folder.resolve("slow.xlsx");
        Cancellation cancellation = new Cancellation();
        CountDownLatch writing = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            cancellation.workOn(Thread.currentThread());
            try {
                AtomicFiles.write(file, out -> {
                    writing.countDown();
                    try {
                        // a writer waiting on something slow, as aclgen is waited for
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException("stopped");
                    }
                }, cancellation);
            } catch (OutputFileException e) {
                outcome.set(e);
            }
        });
        worker.start();
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(cancellation.cancel()).isTrue();
        worker.join(10_000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(outcome.get()).hasMessageContaining("cancelled");
        assertThat(names()).isEmpty();
    }

    /** Last week's workbook and CSV, written together. */
    private Path[] oldPair() throws Exception {
        Path workbook = folder.resolve("request.xlsx");
        Path csv = folder.resolve("request.csv");
        AtomicFiles.write(workbook, text("old workbook"));
        AtomicFiles.write(csv, text("old csv"));
        return new Path[] {workbook, csv};
    }

    private void assertOldPair(Path[] pair) throws Exception {
        assertThat(Files.readString(pair[0])).isEqualTo("old workbook");
        assertThat(Files.readString(pair[1])).isEqualTo("old csv");
    }

    @Test
    void stagedFilesReplaceTheirTargetsOnlyWhenCommittedAndTogether() throws Exception {
        Path[] pair = oldPair();
        Path workbook = pair[0];
        Path csv = pair[1];

        try (AtomicFiles.Staged staged = AtomicFiles.stage(List.of(new AtomicFiles.Output(workbook, text("new workbook")),
                new AtomicFiles.Output(csv, text("new csv"))), Cancellation.none())) {
            assertOldPair(pair);
            assertThat(names()).hasSize(4).anyMatch(n -> n.startsWith(".request.xlsx.")).anyMatch(n -> n.startsWith(".request.csv."));
            staged.commit();
        }

        assertThat(Files.readString(workbook)).isEqualTo("new workbook");
        assertThat(Files.readString(csv)).isEqualTo("new csv");
        assertThat(names()).containsExactly("request.csv", "request.xlsx");
    }

    @Test
    void whenTheSecondFileFailsTheFirstIsNotReplacedEither() throws Exception {
        Path[] pair = oldPair();

        assertThatThrownBy(() -> AtomicFiles.stage(List.of(new AtomicFiles.Output(pair[0], text("new workbook")),
                new AtomicFiles.Output(pair[1], out -> {
                    throw new IOException("no space left on device");
                })), Cancellation.none())).isInstanceOf(OutputFileException.class).hasMessageContaining("request.csv");

        assertOldPair(pair);
        assertThat(names()).containsExactly("request.csv", "request.xlsx");
    }

    @Test
    void stagedFilesNotCommittedAreRemovedWhenClosed() throws Exception {
        Path workbook = folder.resolve("request.xlsx");

        try (AtomicFiles.Staged staged = AtomicFiles.stage(List.of(new AtomicFiles.Output(workbook, text("new"))), Cancellation.none())) {
            assertThat(names()).hasSize(1);
        }

        assertThat(names()).isEmpty();
    }

    @Test
    void everyTargetIsCheckedBeforeAnyIsWritten() throws Exception {
        Path workbook = folder.resolve("request.xlsx");
        Path inFolder = Files.createDirectory(folder.resolve("request.csv"));

        assertThatThrownBy(() -> AtomicFiles.stage(List.of(new AtomicFiles.Output(workbook, text("new")),
                new AtomicFiles.Output(inFolder, text("csv"))), Cancellation.none()))
                .isInstanceOf(OutputFileException.class).hasMessageContaining("it is a folder");

        assertThat(names()).containsExactly("request.csv");
    }

    @Test
    void aFolderWriteCancelledBeforeItIsInPlaceLeavesNothing() throws Exception {
        Path target = folder.resolve("capirca");
        Cancellation cancellation = new Cancellation();

        assertThatThrownBy(() -> AtomicFolder.write(target, false, fresh -> {
            Files.writeString(fresh.resolve("README.md"), "policies");
            cancellation.cancel();
        }, cancellation)).isInstanceOf(OutputFileException.class).hasMessageContaining("cancelled");

        assertThat(names()).isEmpty();
    }
}
