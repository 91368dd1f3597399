package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.edit.MoveSelection;
import io.portolan.io.design.DesignFile;
import io.portolan.model.Design;
import io.portolan.ui.Dialogs.UnsavedChoice;
import io.portolan.ui.document.DesignDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Unsaved changes reach a recovery file soon after an edit, off the window's thread, and go when they are saved. */
@ExtendWith(ApplicationExtension.class)
class AutosaveTest {

    private static final Duration INTERVAL = Duration.ofMillis(300);

    @TempDir
    Path folder;

    private Stage stage;
    private SessionFixture fixture;

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

    private DesignDocument open() {
        fixture = new SessionFixture(folder.resolve("data"));
        return fixture.start(stage, INTERVAL).window().document();
    }

    private static void move(DesignDocument document, String node, double dx) {
        SessionFixture.onFx(() -> document.execute(MoveSelection.of(document.design(), Set.of(node), dx, 0)));
    }

    private List<Path> records() throws IOException {
        if (!Files.isDirectory(fixture.recoveryFolder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(fixture.recoveryFolder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
        }
    }

    private List<String> everything() throws IOException {
        if (!Files.isDirectory(fixture.recoveryFolder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(fixture.recoveryFolder())) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private void awaitRecord(Design expected) {
        SessionFixture.waitFor(10, () -> records().size() == 1 && Files.readString(records().get(0)).contains(
                DesignFile.toJson(expected).strip()));
    }

    @Test
    void anEditReachesARecoveryFileWithTheDesignItsNameAndHowManyChanges() throws Exception {
        DesignDocument document = open();
        assertThat(records()).isEmpty();

        move(document, "storefront", 40);
        move(document, "gateway", 40);

        awaitRecord(document.design());
        String text = Files.readString(records().get(0));
        assertThat(text).contains("\"name\" : \"" + document.displayNameProperty().get() + "\"")
                .contains("\"changes\" : 2").contains("\"original\" : null")
                .contains("\"pid\" : " + ProcessHandle.current().pid());
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void steadyEditingIsWrittenEveryIntervalNotPutOffUntilTheEditingStops() throws Exception {
        assertThat(Autosave.DEFAULT_INTERVAL).isLessThanOrEqualTo(Duration.ofSeconds(60));
        Duration interval = Duration.ofSeconds(2);
        fixture = new SessionFixture(folder.resolve("data"));
        DesignDocument document = fixture.start(stage, interval).window().document();
        long longestGap = 0;
        long last = System.nanoTime();
        boolean writtenWhileEditing = false;

        // an edit every fifth of a second, for five intervals: a write that waited for a pause would never come
        for (int edit = 0; edit < 50 && !writtenWhileEditing; edit++) {
            move(document, "storefront", 10);
            long now = System.nanoTime();
            longestGap = Math.max(longestGap, now - last);
            last = now;
            Thread.sleep(200);
            writtenWhileEditing = !records().isEmpty();
        }

        assertThat(Duration.ofNanos(longestGap)).as("the edits came closer together than the interval").isLessThan(interval);
        assertThat(writtenWhileEditing).as("a recovery file was written while the edits went on").isTrue();
    }

    @Test
    void savingRemovesTheRecoveryFileAndTheNextEditWritesItAgainNamingTheFile() throws Exception {
        DesignDocument document = open();
        move(document, "storefront", 40);
        awaitRecord(document.design());
        Path saved = folder.resolve("contoso.portolan");
        fixture.dialogs.filesToSave.add(saved);

        SessionFixture.onFx(() -> fixture.session.windows().get(0).window().files().save());
        SessionFixture.waitFor(10, () -> records().isEmpty());

        move(document, "storefront", 40);
        awaitRecord(document.design());
        assertThat(Files.readString(records().get(0))).contains("\"original\" : \"" + saved.toAbsolutePath() + "\"")
                .contains("\"name\" : \"contoso.portolan\"").contains("\"changes\" : 1");
    }

    @Test
    void undoingBackToTheSavedDesignRemovesTheRecoveryFile() throws Exception {
        DesignDocument document = open();
        move(document, "storefront", 40);
        awaitRecord(document.design());

        SessionFixture.onFx(document::undo);

        SessionFixture.waitFor(10, () -> records().isEmpty());
        assertThat(document.isModified()).isFalse();
    }

    @Test
    void aCleanCloseRemovesTheRecoveryFileAndItsLock() throws Exception {
        DesignDocument document = open();
        move(document, "storefront", 40);
        awaitRecord(document.design());
        fixture.dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);

        SessionFixture.onFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(fixture.dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(stage.isShowing()).isFalse();
        assertThat(everything()).isEmpty();
    }

    @Test
    void aRecoveryFolderThatCannotBeWrittenIsSaidOnceAndTheDesignStays() throws Exception {
        Files.writeString(folder.resolve("data"), "a file where the data folder should be");
        DesignDocument document = open();

        move(document, "storefront", 40);
        SessionFixture.waitFor(10, () -> !fixture.dialogs.errors.isEmpty());
        move(document, "storefront", 40);
        Thread.sleep(3 * INTERVAL.toMillis());
        SessionFixture.waitFor(1, () -> true);

        assertThat(fixture.dialogs.errors).singleElement().asString().startsWith("Autosave cannot write the recovery file")
                .contains(folder.resolve("data").toString());
        assertThat(document.isModified()).isTrue();
    }
}
