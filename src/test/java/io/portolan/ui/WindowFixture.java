package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.ui.Settings;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.ui.panels.InspectorField;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the designer window on a test stage, on the Citrix on-premises template, with fake dialogs. */
final class WindowFixture {

    private static Catalog catalog;

    final FakeDialogs dialogs = new FakeDialogs();
    final Settings settings = new Settings(new MemoryPreferences());
    MainWindow window;

    static synchronized Catalog catalog() {
        if (catalog == null) {
            catalog = CatalogLoader.loadBuiltIn();
        }
        return catalog;
    }

    /** Builds the window; call from the TestFX start method (on the FX thread). */
    void start(Stage stage) {
        stage.setWidth(1280);
        stage.setHeight(800);
        window = PortolanApp.open(stage, catalog(), settings, dialogs);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    /** Waits until the export running in the background (if any) has written its file, failed or been cancelled. */
    void awaitTasks() {
        try {
            WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !window.tasks().isBusy());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the export did not finish in a minute", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fits the diagram to the canvas and waits for the window to settle. */
    void fit() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> window.canvas().fit());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen point of a canvas point. */
    Point2D screen(Point point) {
        return window.canvas().toScreen(point);
    }

    /** The screen point of a node's icon. */
    Point2D screenOf(String nodeId) {
        return screen(node(nodeId).position());
    }

    /** The id of the inspector's editor of a field, for a lookup. */
    static String editorId(String fieldName) {
        return new InspectorField("", fieldName, "", InspectorField.Kind.TEXT, "", List.of(), v -> Optional.empty()).editorId();
    }

    Node node(String nodeId) {
        return window.document().design().node(nodeId).orElseThrow();
    }
}
