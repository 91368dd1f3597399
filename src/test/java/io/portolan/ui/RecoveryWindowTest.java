package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.edit.MoveSelection;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.io.recovery.Owner;
import io.portolan.io.recovery.RecoveryRecord;
import io.portolan.io.recovery.RecoverySlot;
import io.portolan.io.recovery.RecoveryStore;
import io.portolan.model.Design;
import io.portolan.ui.Dialogs.RecoveryChoice;
import io.portolan.ui.document.DesignDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** At start, the designs a crash left are offered: Recover, Discard or Later. */
@ExtendWith(ApplicationExtension.class)
class RecoveryWindowTest {

    private static Owner crashed;
    private static Design template;

    @TempDir
    Path folder;

    private Stage stage;
    private SessionFixture fixture;

    @BeforeAll
    static void crashedProcess() throws Exception {
        Process ended = new ProcessBuilder("sh", "-c", "exit 0").start();
        ended.waitFor();
        crashed = new Owner(ended.pid(), null);
        template = Templates.load(Templates.DEFAULT, WindowFixture.catalog());
    }

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void closeWindows() {
        if (fixture != null) {
            fixture.closeAll();
        }
    }

    private static Design moved(double dx) {
        return MoveSelection.of(template, Set.of("storefront"), dx, 0).apply(template);
    }

    /** What a window of a crashed Portolan leaves behind. */
    private void leftByCrash(RecoveryRecord record) throws Exception {
        RecoverySlot slot = new RecoveryStore(fixture.recoveryFolder(), crashed).newSlot();
        slot.write(record);
        slot.close();
    }

    private List<Path> records() throws Exception {
        if (!Files.isDirectory(fixture.recoveryFolder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(fixture.recoveryFolder())) {
            return files.filter(p -> p.toString().endsWith(".json")).toList();
        }
    }

    private Session.OpenWindow startWith(RecoveryChoice... answers) {
        fixture.dialogs.recoveryAnswers.addAll(List.of(answers));
        return fixture.start(stage, Duration.ofSeconds(60));
    }

    @Test
    void aRecoveredDesignOpensUnsavedWithItsFileAndSaveWritesItThere() throws Exception {
        fixture = new SessionFixture(folder.resolve("data"));
        Path original = folder.resolve("contoso.portolan");
        DesignFile.write(original, template);
        Instant changed = Instant.parse("2025-03-14T09:26:53Z");
        leftByCrash(new RecoveryRecord(moved(80), original, "contoso.portolan", changed, 5));

        DesignDocument document = startWith(RecoveryChoice.RECOVER).window().document();

        assertThat(fixture.dialogs.recoveryOffers).containsExactly(new RecoveryOffer("contoso.portolan", original, changed, 5, 1, 1));
        assertThat(document.design()).isEqualTo(moved(80));
        assertThat(document.isModified()).isTrue();
        assertThat(document.file()).isEqualTo(original);
        assertThat(document.changesProperty().get()).isEqualTo(5);
        assertThat(stage.getTitle()).isEqualTo("\u2022 contoso.portolan \u2014 Portolan");

        SessionFixture.onFx(() -> fixture.session.windows().get(0).window().files().save());

        assertThat(fixture.dialogs.savesAsked).isEmpty();
        assertThat(DesignFile.read(original, WindowFixture.catalog())).isEqualTo(moved(80));
        SessionFixture.waitFor(10, () -> records().isEmpty());
    }

    @Test
    void discardDeletesTheChangesAndTheWindowKeepsItsDesign() throws Exception {
        fixture = new SessionFixture(folder.resolve("data"));
        leftByCrash(new RecoveryRecord(moved(80), null, "Citrix on-premises", Instant.now(), 2));

        DesignDocument document = startWith(RecoveryChoice.DISCARD).window().document();

        assertThat(fixture.dialogs.recoveryOffers).hasSize(1);
        assertThat(records()).isEmpty();
        assertThat(document.design()).isEqualTo(template);
        assertThat(document.isModified()).isFalse();
    }

    @Test
    void laterKeepsTheChangesForTheNextStart() throws Exception {
        fixture = new SessionFixture(folder.resolve("data"));
        leftByCrash(new RecoveryRecord(moved(80), null, "Citrix on-premises", Instant.now(), 2));

        DesignDocument document = startWith(RecoveryChoice.LATER).window().document();

        assertThat(document.isModified()).isFalse();
        assertThat(records()).hasSize(1);
        fixture.closeAll();
        fixture = new SessionFixture(folder.resolve("data"));
        DesignDocument next = startWith(RecoveryChoice.RECOVER).window().document();
        assertThat(next.design()).isEqualTo(moved(80));
        assertThat(next.file()).isNull();
        assertThat(next.displayNameProperty().get()).isEqualTo("Citrix on-premises");
    }

    @Test
    void twoRecoveredDesignsOpenInTwoWindowsMostRecentFirst() throws Exception {
        fixture = new SessionFixture(folder.resolve("data"));
        leftByCrash(new RecoveryRecord(moved(80), null, "older", Instant.parse("2025-01-01T10:00:00Z"), 1));
        leftByCrash(new RecoveryRecord(moved(160), null, "newer", Instant.parse("2025-02-01T10:00:00Z"), 3));

        startWith(RecoveryChoice.RECOVER, RecoveryChoice.RECOVER);

        assertThat(fixture.dialogs.recoveryOffers).extracting(RecoveryOffer::name, RecoveryOffer::position, RecoveryOffer::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("newer", 1, 2), org.assertj.core.groups.Tuple.tuple("older", 2, 2));
        List<Session.OpenWindow> windows = fixture.session.windows();
        assertThat(windows).hasSize(2);
        assertThat(windows.get(0).window().document().design()).isEqualTo(moved(160));
        assertThat(windows.get(1).window().document().design()).isEqualTo(moved(80));
        assertThat(windows.get(1).stage().isShowing()).isTrue();
        assertThat(windows.get(1).window().document().isModified()).isTrue();
    }

    @Test
    void aFileOpenedFromTheCommandLineStaysAndADesignOfAnotherFileIsRecoveredBesideIt() throws Exception {
        fixture = new SessionFixture(folder.resolve("data"));
        Path opened = folder.resolve("opened.portolan");
        DesignFile.write(opened, template);
        Path other = folder.resolve("other.portolan");
        leftByCrash(new RecoveryRecord(moved(80), other, "other.portolan", Instant.now(), 1));
        fixture.dialogs.recoveryAnswers.add(RecoveryChoice.RECOVER);

        fixture.start(stage, Duration.ofSeconds(60), opened.toString());

        List<Session.OpenWindow> windows = fixture.session.windows();
        assertThat(windows).hasSize(2);
        assertThat(windows.get(0).window().document().file()).isEqualTo(opened);
        assertThat(windows.get(0).window().document().isModified()).isFalse();
        assertThat(windows.get(1).window().document().file()).isEqualTo(other);
        assertThat(windows.get(1).window().document().design()).isEqualTo(moved(80));
    }

    @Test
    void aRecoveryFileThatCannotBeReadIsReportedAndKept() throws Exception {
        fixture = new SessionFixture(folder.resolve("data"));
        Files.createDirectories(fixture.recoveryFolder());
        Files.writeString(fixture.recoveryFolder().resolve("design-0badc0de.json"), "{ \"format\": \"portolan-recovery\" }");

        DesignDocument document = startWith(RecoveryChoice.RECOVER).window().document();

        assertThat(fixture.dialogs.errors).singleElement().asString().startsWith("Cannot recover design-0badc0de.json")
                .contains("holds no design").contains("The recovery file is kept");
        assertThat(records()).hasSize(1);
        assertThat(document.design()).isEqualTo(template);
    }

    @Test
    void noDataFolderMeansNothingIsAskedAndNothingIsWritten() throws Exception {
        fixture = new SessionFixture(folder.resolve("data"));
        leftByCrash(new RecoveryRecord(moved(80), null, "x", Instant.now(), 1));
        Session session = new Session(WindowFixture.catalog(), new Settings(new MemoryPreferences()), s -> fixture.dialogs, p -> { },
                Runnable::run, Duration.ofMillis(10));
        SessionFixture.onFx(() -> session.start(stage, List.of()));

        assertThat(fixture.dialogs.recoveryOffers).isEmpty();
        assertThat(session.windows().get(0).autosave()).isNull();
        SessionFixture.onFx(() -> stage.hide());
    }

    @Test
    void theQuestionNamesTheDesignWhenItChangedHowManyChangesAndItsFile() throws Exception {
        fixture = new SessionFixture(folder.resolve("data"));
        startWith();
        Instant now = Instant.parse("2025-03-14T10:00:00Z");
        RecoveryOffer offer = new RecoveryOffer("contoso.portolan", Path.of("/home/ada/designs/contoso.portolan"),
                now.minusSeconds(7 * 60), 12, 1, 2);
        List<Alert> shown = new ArrayList<>();

        SessionFixture.onFx(() -> {
            Alert alert = RecoveryQuestion.alert(offer, now, ZoneId.of("UTC"));
            alert.initOwner(stage);
            alert.show();
            shown.add(alert);
        });
        Snapshots.save(shown.get(0).getDialogPane().getScene(), "recovery-dialog");

        Alert alert = shown.get(0);
        assertThat(alert.getTitle()).isEqualTo("Recover Unsaved Designs (1 of 2)");
        assertThat(alert.getHeaderText()).isEqualTo("Recover the unsaved changes to contoso.portolan?");
        assertThat(alert.getButtonTypes()).extracting(ButtonType::getText).containsExactly("Recover", "Discard", "Later");
        assertThat(((Button) alert.getDialogPane().lookupButton(RecoveryQuestion.RECOVER)).isDefaultButton()).isTrue();
        assertThat(offer.whenChanged(now, ZoneId.of("UTC"))).startsWith("today at ").endsWith("(7 minutes ago)");
        assertThat(RecoveryQuestion.choice(RecoveryQuestion.DISCARD)).isEqualTo(RecoveryChoice.DISCARD);
        assertThat(RecoveryQuestion.choice(ButtonType.CLOSE)).isEqualTo(RecoveryChoice.LATER);
        SessionFixture.onFx(alert::close);
    }
}
