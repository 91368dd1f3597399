package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.trace.StartupTrace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.stage.Stage;

/**
 * The designer window. Opens the design file given as the first parameter, or else the last design (a setting), or
 * else the Citrix on-premises template, so that a new user sees a real design at once; then offers the designs a
 * crash left unsaved.
 */
public final class PortolanApp extends Application {

    /**
     * What {@link #readAhead} is reading. JavaFX makes the application itself, by reflection, once its toolkit has
     * started, so this is the one way to hand it what was read meanwhile; set once before launch, taken once by start.
     */
    private static final AtomicReference<Future<StartRead>> READ_AHEAD = new AtomicReference<>();

    /**
     * Starts reading the settings, the catalog and the design to open on a thread of its own, so that the window finds
     * them read when its toolkit has started; call it just before {@code Application.launch} with the same arguments.
     */
    public static void readAhead(String[] args) {
        List<String> given = List.of(args);
        FutureTask<StartRead> task = new FutureTask<>(() -> StartRead.read(Settings.forUser(), given));
        Thread thread = new Thread(task, "portolan-read-ahead");
        thread.setDaemon(true);
        READ_AHEAD.set(task);
        thread.start();
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("window toolkit started");
        StartRead read = takeReadAhead(getParameters().getRaw());
        StartupTrace.mark("read ahead taken");
        FxDialogs dialogs = new FxDialogs(() -> stage);
        Session session = new Session(read.engine(), read.settings(), window -> window == stage ? dialogs : new FxDialogs(() -> window),
                opener(getHostServices()), WindowServices.threadPerTask(), Autosave.DEFAULT_INTERVAL);
        session.start(stage, read.start(), read.catalog());
    }

    /** What was read ahead, once it is read; or, when nothing was (the application launched another way), read now. */
    private static StartRead takeReadAhead(List<String> args) {
        Future<StartRead> ahead = READ_AHEAD.getAndSet(null);
        if (ahead == null) {
            return StartRead.read(Settings.forUser(), args);
        }
        try {
            return ahead.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StartRead.read(Settings.forUser(), args);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Builds a window on the stage, on the template, and shows it; no autosave (tests of the window). */
    static MainWindow open(Stage stage, Catalog catalog, Settings settings, Dialogs dialogs) {
        Session session = new Session(catalog, settings, window -> dialogs, file -> { }, WindowServices.threadPerTask(),
                Autosave.DEFAULT_INTERVAL);
        Session.OpenWindow open = session.create(stage, StartingDesign.template(catalog));
        session.show(open);
        return open.window();
    }

    /** Opens files and folders with the program the desktop gives them; where there is none (no desktop), nothing happens. */
    private static Consumer<Path> opener(HostServices host) {
        return path -> {
            try {
                host.showDocument(path.toUri().toString());
            } catch (RuntimeException e) {
                // no desktop to open it with; the bar still says where the file is
            }
        };
    }
}
