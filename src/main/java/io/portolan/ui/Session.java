package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.engine.FlowEngine;
import io.portolan.io.recovery.RecoveryStore;
import io.portolan.trace.StartupTrace;
import io.portolan.ui.Settings.WindowPlacement;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * One run of the designer: its windows, each with its own autosave, the designs a crash left (offered at start),
 * and Quit, which closes them all. The window opens on the design file given, else the last design, else the template,
 * read before the window shows.
 */
final class Session {

    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    private static final double CASCADE = 32;

    private final FlowEngine engine;
    private final Catalog catalog;
    private final Settings settings;
    private final Function<Stage, Dialogs> dialogsFor;
    private final Consumer<Path> opener;
    private final Executor background;
    private final Duration autosaveInterval;
    private final RecoveryStore store;
    private final List<OpenWindow> windows = new ArrayList<>();

    /**
     * A window of the session and what runs beside it.
     *
     * @param autosave null when the session keeps no data folder
     */
    record OpenWindow(Stage stage, MainWindow window, Dialogs dialogs, Autosave autosave) {
    }

    /**
     * @param dialogsFor the dialogs of a window, owned by its stage
     * @param opener opens a file or folder as the system does
     * @param background where exports run
     * @param autosaveInterval how long after an edit it is autosaved at the latest
     */
    Session(Catalog catalog, Settings settings, Function<Stage, Dialogs> dialogsFor, Consumer<Path> opener, Executor background,
            Duration autosaveInterval) {
        this(new FlowEngine(catalog), settings, dialogsFor, opener, background, autosaveInterval);
    }

    /** A session whose windows analyse their designs with the engine, and so with its catalog. */
    Session(FlowEngine engine, Settings settings, Function<Stage, Dialogs> dialogsFor, Consumer<Path> opener, Executor background,
            Duration autosaveInterval) {
        this.engine = engine;
        this.catalog = engine.catalog();
        this.settings = settings;
        this.dialogsFor = dialogsFor;
        this.opener = opener;
        this.background = background;
        this.autosaveInterval = autosaveInterval;
        this.store = settings.dataFolder().map(RecoveryStore::inDataFolder).orElse(null);
    }

    /**
     * The program starts: the window shows the file given (or the last design, or the template), says what could not
     * be opened, then offers the designs a crash left unsaved.
     *
     * @param args the program's arguments: a design file, or none
     */
    OpenWindow start(Stage stage, List<String> args) {
        return start(stage, StartingDesign.choose(args, settings, catalog), null);
    }

    /**
     * The program starts on a design already read: the window shows it, says what could not be opened or used, then
     * offers the designs a crash left unsaved.
     *
     * @param loaded the catalog the session was made with, when it says why the user's catalog folder is not used; or null
     */
    OpenWindow start(Stage stage, StartingDesign start, CatalogFolder.Loaded loaded) {
        OpenWindow main = create(stage, start);
        StartupTrace.mark("window built");
        show(main);
        StartupTrace.mark("window shown");
        FirstFrame.watch(stage.getScene());
        if (loaded != null && loaded.problem() != null) {
            main.dialogs().showError(loaded.problemTitle(), loaded.problem());
        }
        if (start.hasProblem()) {
            main.dialogs().showError(start.problemTitle(), start.problem());
        }
        if (store != null) {
            new Recovery(this, store, catalog).offer(main);
        }
        return main;
    }

    /** The windows open now, the first opened first. */
    List<OpenWindow> windows() {
        return List.copyOf(windows);
    }

    /** Closes every window, asking about unsaved changes in each; stops at the first the user keeps open. */
    void quit() {
        for (OpenWindow open : windows()) {
            open.stage().fireEvent(new WindowEvent(open.stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
            if (open.stage().isShowing()) {
                return;
            }
        }
    }

    /** Builds a window on the stage, with the design to show; it is not shown yet. */
    OpenWindow create(Stage stage, StartingDesign start) {
        Dialogs dialogs = dialogsFor.apply(stage);
        MainWindow window = new MainWindow(engine, settings, dialogs, start, new WindowServices(opener, background, this::quit));
        Autosave autosave = store == null ? null : Autosave.of(window.document(), store, autosaveInterval,
                problem -> dialogs.showError("Autosave cannot write the recovery file", problem
                        + "\n\nYour changes are kept only when you save them; Portolan goes on trying."));
        OpenWindow open = new OpenWindow(stage, window, dialogs, autosave);
        window.document().fileProperty().addListener((o, was, file) -> settings.setLastDesign(file));
        if (start.file() != null) {
            settings.setLastDesign(start.file());
        }
        place(open);
        return open;
    }

    /** Shows a window built by {@link #create}. */
    void show(OpenWindow open) {
        windows.add(open);
        open.stage().show();
    }

    /**
     * Sizes and places the window within the visible part of the screen it lands on (see {@link ScreenFit}), a second
     * window cascaded from the first, and asks about unsaved changes when it is closed.
     */
    private void place(OpenWindow open) {
        Stage stage = open.stage();
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        WindowPlacement placement = ScreenFit.fit(settings.windowPlacement().orElse(null), screens, primary);
        double offset = windows.size() * CASCADE;
        if (offset > 0) {
            placement = ScreenFit.fit(new WindowPlacement(placement.x() + offset, placement.y() + offset, placement.width(),
                    placement.height(), false), screens, primary);
        }
        stage.setScene(open.window().createScene(placement.width(), placement.height()));
        stage.titleProperty().bind(open.window().document().titleProperty());
        Rectangle2D landing = ScreenFit.landing(placement, screens);
        double[] minimum = ScreenFit.minimum(landing == null ? primary : landing);
        stage.setMinWidth(minimum[0]);
        stage.setMinHeight(minimum[1]);
        addIcons(stage);
        // the stage's size is the window's, frame included, which is what is remembered and what must fit the screen
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setMaximized(placement.maximized());
        stage.setOnCloseRequest(e -> closing(open, e));
    }

    /** The window is asked to close: it does once the user has answered about unsaved changes, and its autosave ends. */
    private void closing(OpenWindow open, WindowEvent e) {
        Stage stage = open.stage();
        if (!open.window().files().confirmDiscardChanges()) {
            e.consume();
            return;
        }
        if (open.autosave() != null) {
            open.autosave().close();
        }
        windows.remove(open);
        settings.setWindowPlacement(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }

    private static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            try (InputStream in = Session.class.getResourceAsStream("/io/portolan/icons/app/portolan-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an icon that cannot be read leaves the window with the others, or the platform's default
                continue;
            }
        }
    }
}
