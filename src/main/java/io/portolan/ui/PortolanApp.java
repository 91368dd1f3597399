package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.trace.StartupTrace;
import java.nio.file.Path;
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

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("window toolkit started");
        Settings settings = Settings.forUser();
        FxDialogs dialogs = new FxDialogs(() -> stage);
        Catalog catalog = new CatalogFolder(settings, dialogs).loadAtStart();
        StartupTrace.mark("catalog loaded");
        Session session = new Session(catalog, settings, window -> window == stage ? dialogs : new FxDialogs(() -> window),
                opener(getHostServices()), WindowServices.threadPerTask(), Autosave.DEFAULT_INTERVAL);
        session.start(stage, getParameters().getRaw());
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
