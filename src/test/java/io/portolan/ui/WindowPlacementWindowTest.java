package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.ui.Settings.WindowPlacement;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, opened with a remembered place larger than the screen and partly off it, fits the screen. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementWindowTest {

    private final FakeDialogs dialogs = new FakeDialogs();
    private final Settings settings = new Settings(new MemoryPreferences());
    private Stage stage;

    @Start
    void start(Stage shown) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        settings.setWindowPlacement(new WindowPlacement(screen.getMinX() - 300, screen.getMinY() + 50, screen.getWidth() * 1.5,
                screen.getHeight() * 1.5, false));
        stage = shown;
        PortolanApp.open(shown, WindowFixture.catalog(), settings, dialogs);
    }

    @Test
    void theWindowOpensInsideTheVisibleScreen() {
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();

        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        assertThat(stage.getMinWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getMinHeight()).isLessThanOrEqualTo(screen.getHeight());
    }
}
