package io.portolan.ui;

import io.portolan.io.recovery.RecoveryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A designer session as the program starts one, with a data folder of the test's own (so autosave and recovery run),
 * fake dialogs, a recording opener and exports a test can hold.
 */
final class SessionFixture {

    final FakeDialogs dialogs = new FakeDialogs();
    final MemoryPreferences preferences = new MemoryPreferences();
    final Settings settings;
    final List<Path> opened = new CopyOnWriteArrayList<>();
    final HeldExecutor background = new HeldExecutor();
    final Path data;
    Session session;

    SessionFixture(Path data) {
        this.data = data;
        this.settings = new Settings(preferences, data);
        // the headless screen is 1280 by 800; a window past its edge (a second one, cascaded) cannot be drawn there
        settings.setWindowPlacement(new Settings.WindowPlacement(0, 0, 1200, 740, false));
    }

    /** The folder of recovery files. */
    Path recoveryFolder() {
        return data.resolve(RecoveryStore.FOLDER);
    }

    /** Starts the session on the stage, as the program does, with the arguments; autosave waits the interval. */
    Session.OpenWindow start(Stage stage, Duration autosave, String... args) {
        session = new Session(WindowFixture.catalog(), settings, s -> dialogs, opened::add, background, autosave);
        Session.OpenWindow[] main = new Session.OpenWindow[1];
        onFx(() -> main[0] = session.start(stage, List.of(args)));
        return main[0];
    }

    /**
     * Starts the session on the stage on what a start read ahead, as the program does: the arguments' design, and the
     * catalog with what to tell about the user's catalog folder.
     */
    Session.OpenWindow start(Stage stage, CatalogFolder.Loaded loaded, String... args) {
        session = new Session(new io.portolan.engine.FlowEngine(loaded.catalog()), settings, s -> dialogs, opened::add, background,
                Autosave.DEFAULT_INTERVAL);
        Session.OpenWindow[] main = new Session.OpenWindow[1];
        onFx(() -> main[0] = session.start(stage, StartingDesign.choose(List.of(args), settings, loaded.catalog()), loaded));
        return main[0];
    }

    /** Closes every window without asking, as a clean close does once the user answered, so no autosave runs on. */
    void closeAll() {
        if (session == null) {
            return;
        }
        onFx(() -> {
            for (Session.OpenWindow open : session.windows()) {
                if (open.autosave() != null) {
                    open.autosave().close();
                }
                open.stage().hide();
            }
        });
    }

    static void onFx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(30_000, action);
    }

    /** Waits for the condition, at most the seconds given. */
    static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s in vain", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
