package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.ui.Settings.WindowPlacement;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window opens inside the visible part of a screen, whatever was remembered and whatever the screen's scale. */
class ScreenFitTest {

    /** A 1600 by 1000 screen at 150%, as JavaFX reports it, less a 32-pixel panel at the top. */
    private static final Rectangle2D SCALED = new Rectangle2D(0, 32 / 1.5, 1600 / 1.5, (1000 - 32) / 1.5);
    /** A 1920 by 1080 screen at 100% to the right of it, less a task bar at the bottom. */
    private static final Rectangle2D RIGHT = new Rectangle2D(1600 / 1.5, 0, 1920, 1040);

    private static void assertInside(WindowPlacement placement, Rectangle2D screen) {
        assertThat(placement.x()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(placement.y()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(placement.x() + placement.width()).isLessThanOrEqualTo(screen.getMaxX() + 1e-9);
        assertThat(placement.y() + placement.height()).isLessThanOrEqualTo(screen.getMaxY() + 1e-9);
    }

    @Test
    void theDefaultSizeShrinksToAScaledScreenAndIsCentred() {
        WindowPlacement placement = ScreenFit.fit(null, List.of(SCALED), SCALED);

        assertInside(placement, SCALED);
        assertThat(placement.width()).isEqualTo(SCALED.getWidth());
        assertThat(placement.height()).isEqualTo(SCALED.getHeight());
        assertThat(placement.maximized()).isFalse();
    }

    @Test
    void theDefaultSizeIsKeptAndCentredOnAScreenWithRoomForIt() {
        Rectangle2D large = new Rectangle2D(0, 0, 2560, 1400);

        WindowPlacement placement = ScreenFit.fit(null, List.of(large), large);

        assertThat(placement).isEqualTo(new WindowPlacement((2560 - ScreenFit.DEFAULT_WIDTH) / 2, (1400 - ScreenFit.DEFAULT_HEIGHT) / 2,
                ScreenFit.DEFAULT_WIDTH, ScreenFit.DEFAULT_HEIGHT, false));
    }

    @Test
    void aRememberedWindowLargerThanItsScreenIsShrunkAndMovedInside() {
        WindowPlacement remembered = new WindowPlacement(-40, 10, 1600, 1100, false);

        WindowPlacement placement = ScreenFit.fit(remembered, List.of(SCALED, RIGHT), SCALED);

        assertInside(placement, SCALED);
        assertThat(placement.width()).isEqualTo(SCALED.getWidth());
    }

    @Test
    void aRememberedWindowStaysOnTheScreenHoldingMostOfIt() {
        WindowPlacement remembered = new WindowPlacement(1200, 900, 1400, 900, true);

        WindowPlacement placement = ScreenFit.fit(remembered, List.of(SCALED, RIGHT), SCALED);

        assertInside(placement, RIGHT);
        assertThat(placement.width()).isEqualTo(1400);
        assertThat(placement.height()).isEqualTo(900);
        assertThat(placement.maximized()).isTrue();
    }

    @Test
    void aRememberedWindowThatFitsIsLeftWhereItWas() {
        WindowPlacement remembered = new WindowPlacement(1300, 100, 1200, 800, false);

        assertThat(ScreenFit.fit(remembered, List.of(SCALED, RIGHT), SCALED)).isEqualTo(remembered);
    }

    @Test
    void aWindowOnAScreenNoLongerAttachedOpensCentredOnTheMainScreen() {
        WindowPlacement remembered = new WindowPlacement(5000, 3000, 1440, 900, false);

        WindowPlacement placement = ScreenFit.fit(remembered, List.of(SCALED), SCALED);

        assertInside(placement, SCALED);
        assertThat(placement.x() + placement.width() / 2).isCloseTo(SCALED.getMinX() + SCALED.getWidth() / 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theMinimumSizeNeverExceedsTheScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 800, 560);

        assertThat(ScreenFit.minimum(small)).containsExactly(800, 560);
        assertThat(ScreenFit.minimum(RIGHT)).containsExactly(ScreenFit.MIN_WIDTH, ScreenFit.MIN_HEIGHT);
    }
}
