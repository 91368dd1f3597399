package io.portolan.io.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.io.design.DesignFileException;
import io.portolan.model.Design;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recovery files: written whole, offered only when their process is gone and their lock is free. */
class RecoveryStoreTest {

    private static Catalog catalog;
    private static Owner gone;

    @TempDir
    Path folder;

    @BeforeAll
    static void setUp() throws Exception {
        catalog = CatalogLoader.loadBuiltIn();
        // a process that ran and ended: its id names no running process, as a crashed window's does
        Process ended = new ProcessBuilder("sh", "-c", "exit 0").start();
        Instant started = ended.toHandle().info().startInstant().orElse(null);
        ended.waitFor();
        gone = new Owner(ended.pid(), started);
    }

    private static Design design(String name) {
        return DesignBuilder.design().zone("lan", ZoneKind.INTERNAL).node("fs", "common.file-server", "lan").name("fs", name).build();
    }

    private static RecoveryRecord record(String name, Instant changed, int changes) {
        return new RecoveryRecord(design(name), Path.of("/designs/" + name + ".portolan"), name + ".portolan", changed, changes);
    }

    /** What a window of a process that crashed leaves: its file, its lock released by the system. */
    private void leftByCrash(RecoveryRecord record) throws Exception {
        RecoveryStore crashed = new RecoveryStore(folder, gone);
        RecoverySlot slot = crashed.newSlot();
        slot.write(record);
        slot.close();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDesignACrashedWindowLeftIsOfferedWithItsNameTimeChangesAndFile() throws Exception {
        Instant changed = Instant.parse("2025-03-14T09:26:53Z");
        leftByCrash(record("contoso", changed, 12));

        List<RecoveryFile> offered = new RecoveryStore(folder).recoverable();

        assertThat(offered).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("contoso.portolan");
            assertThat(file.lastChanged()).contains(changed);
            assertThat(file.changes()).isEqualTo(12);
            assertThat(file.original()).contains(Path.of("/designs/contoso.portolan"));
            assertThat(file.design(catalog)).isEqualTo(design("contoso"));
        });
    }

    @Test
    void aWriteReplacesTheRecordWholeAndLeavesNoTemporaryFile() throws Exception {
        RecoveryStore store = new RecoveryStore(folder, gone);
        RecoverySlot slot = store.newSlot();
        slot.write(record("first", Instant.EPOCH, 1));
        slot.write(record("second", Instant.EPOCH.plusSeconds(60), 2));
        slot.close();

        assertThat(files()).hasSize(2).allMatch(name -> name.startsWith("design-") && (name.endsWith(".json") || name.endsWith(".lock")));
        assertThat(new RecoveryStore(folder).recoverable()).singleElement()
                .satisfies(file -> assertThat(file.design(catalog)).isEqualTo(design("second")));
    }

    @Test
    void aFileWhoseOwnerStillRunsIsNotOfferedEvenWithItsLockFree() throws Exception {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(ProcessHandle.current());
        RecoveryStore running = new RecoveryStore(folder, new Owner(parent.pid(), parent.info().startInstant().orElse(null)));
        RecoverySlot slot = running.newSlot();
        slot.write(record("open", Instant.now(), 3));
        slot.close();

        assertThat(new RecoveryStore(folder).recoverable()).isEmpty();
        assertThat(files()).anyMatch(name -> name.endsWith(".json"));
    }

    @Test
    void aFileWhoseLockIsHeldIsNotOfferedToAnotherStore() throws Exception {
        RecoverySlot held = new RecoveryStore(folder, gone).newSlot();
        held.write(record("locked", Instant.now(), 1));

        assertThat(new RecoveryStore(folder).recoverable()).isEmpty();
        held.close();
    }

    @Test
    void twoWindowsHaveTwoFilesAndAStoreNeverOffersItsOwn() throws Exception {
        RecoveryStore store = new RecoveryStore(folder, gone);
        RecoverySlot first = store.newSlot();
        RecoverySlot second = store.newSlot();
        first.write(record("one", Instant.now(), 1));
        second.write(record("two", Instant.now(), 1));

        assertThat(first.file()).isNotEqualTo(second.file());
        assertThat(store.recoverable()).isEmpty();
        first.close();
        second.close();
    }

    @Test
    void aProcessThatGotTheIdOfTheOwnerIsNotTakenForIt() {
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant().orElseThrow();

        assertThat(new Owner(self.pid(), started).alive()).isTrue();
        assertThat(new Owner(self.pid(), started.minusSeconds(3600)).alive()).isFalse();
        assertThat(gone.alive()).isFalse();
    }

    @Test
    void anOfferedFileIsLockedUntilLeftForLaterThenOfferedAgain() throws Exception {
        leftByCrash(record("later", Instant.now(), 4));
        RecoveryStore store = new RecoveryStore(folder);

        RecoveryFile offered = store.recoverable().get(0);
        assertThat(store.recoverable()).isEmpty();
        offered.later();

        assertThat(store.recoverable()).singleElement().satisfies(file -> assertThat(file.name()).isEqualTo("later.portolan"));
    }

    @Test
    void discardingDeletesTheFileAndItsLock() throws Exception {
        leftByCrash(record("gone", Instant.now(), 4));
        RecoveryStore store = new RecoveryStore(folder);

        store.recoverable().get(0).discard();

        assertThat(files()).isEmpty();
        assertThat(store.recoverable()).isEmpty();
    }

    @Test
    void aRecoveredFileBecomesTheWindowsOwnAndNamesThisProcess() throws Exception {
        leftByCrash(record("taken", Instant.now(), 4));
        RecoveryStore store = new RecoveryStore(folder);
        RecoverySlot slot = store.recoverable().get(0).recover();

        slot.write(record("taken", Instant.now(), 5));

        String text = Files.readString(slot.file(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"pid\" : " + ProcessHandle.current().pid());
        assertThat(new RecoveryStore(folder, gone).recoverable()).isEmpty();
        slot.delete();
        slot.close();
        assertThat(files()).isEmpty();
    }

    @Test
    void theMostRecentlyChangedDesignIsOfferedFirst() throws Exception {
        leftByCrash(record("older", Instant.parse("2025-01-01T10:00:00Z"), 1));
        leftByCrash(record("newer", Instant.parse("2025-02-01T10:00:00Z"), 1));

        assertThat(new RecoveryStore(folder).recoverable()).extracting(RecoveryFile::name)
                .containsExactly("newer.portolan", "older.portolan");
    }

    @Test
    void aDamagedFileIsOfferedByItsFileNameAndItsDesignSaysWhatIsWrong() throws Exception {
        Files.writeString(folder.resolve("design-0badc0de.json"), "{ \"format\": \"portolan-recovery\", \"design\": ");

        RecoveryFile damaged = new RecoveryStore(folder).recoverable().get(0);

        assertThat(damaged.name()).isEqualTo("design-0badc0de.json");
        assertThat(damaged.lastChanged()).isEmpty();
        assertThatThrownBy(() -> damaged.design(catalog)).isInstanceOf(DesignFileException.class)
                .hasMessageContaining("design-0badc0de.json");
        damaged.discard();
        assertThat(files()).isEmpty();
    }

    @Test
    void aLockFileWithoutItsRecordIsRemoved() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("design-00ff.lock"), "");

        assertThat(new RecoveryStore(folder).recoverable()).isEmpty();

        assertThat(files()).isEmpty();
    }

    @Test
    void theTemporaryFileOfAWriteAKilledProcessLeftIsRemovedAtAStartAnHourOn() throws Exception {
        Files.createDirectories(folder);
        Path killed = Files.writeString(folder.resolve(".design-00ff.json.1f2e3d4c5b6a7980.tmp"), "{\"format\": \"portol");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path writing = Files.writeString(folder.resolve(".design-0a0b.json.0a0b0c0d0e0f1011.tmp"), "{\"format\"");

        assertThat(new RecoveryStore(folder).recoverable()).isEmpty();

        assertThat(files()).containsExactly(writing.getFileName().toString());
    }

    @Test
    void aStoreWithNoFolderYetOffersNothing() {
        assertThat(new RecoveryStore(folder.resolve("not-yet")).recoverable()).isEmpty();
    }
}
