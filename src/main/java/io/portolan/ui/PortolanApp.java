package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.trace.StartupTrace;
import io.portolan.ui.Settings.WindowPlacement;
import io.portolan.ui.document.DesignDocument;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The designer window. Opens the design file given as the first parameter, or else the Citrix
 * on-premises template, so that a new user sees a real design at once.
 */
public final class PortolanApp extends Application {

    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("window toolkit started");
        Settings settings = Settings.forUser();
        FxDialogs dialogs = new FxDialogs(() -> stage);
        Catalog catalog = new CatalogFolder(settings, dialogs).loadAtStart();
        StartupTrace.mark("catalog loaded");
        MainWindow window = open(stage, catalog, settings, dialogs);
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.files().read(Path.of(args.get(0)));
        }
        FirstFrame.watch(stage.getScene());
    }

    /** Builds the window on the stage, restores its placement and shows it. */
    static MainWindow open(Stage stage, Catalog catalog, Settings settings, Dialogs dialogs) {
        Design start;
        String title;
        try {
            start = Templates.load(Templates.DEFAULT, catalog);
            title = Templates.find(Templates.DEFAULT).title();
        } catch (Templates.UnknownTemplateException e) {
            start = Design.empty();
            title = DesignDocument.UNTITLED;
        }
        StartupTrace.mark("template read");
        MainWindow window = new MainWindow(catalog, settings, dialogs, start, title);
        StartupTrace.mark("window built");
        WindowPlacement placement = settings.windowPlacement().filter(PortolanApp::onScreen).orElse(null);
        Scene scene = window.createScene(placement == null ? 1440 : placement.width(), placement == null ? 900 : placement.height());
        stage.setScene(scene);
        stage.titleProperty().bind(window.document().titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        addIcons(stage);
        if (placement != null) {
            stage.setX(placement.x());
            stage.setY(placement.y());
            stage.setMaximized(placement.maximized());
        }
        stage.setOnCloseRequest(e -> {
            if (!window.files().confirmDiscardChanges()) {
                e.consume();
                return;
            }
            settings.setWindowPlacement(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized()));
        });
        stage.show();
        StartupTrace.mark("window shown");
        return window;
    }

    private static boolean onScreen(WindowPlacement placement) {
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D bounds = screen.getVisualBounds();
            if (bounds.intersects(placement.x(), placement.y(), Math.max(1, placement.width()), Math.max(1, placement.height()))) {
                return true;
            }
        }
        return false;
    }

    private static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            try (InputStream in = PortolanApp.class.getResourceAsStream("/io/portolan/icons/app/portolan-" + size + ".png")) {
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
