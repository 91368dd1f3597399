package io.portolan.ui;

import io.portolan.ui.Settings.WindowPlacement;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: the remembered place, or a default size centred on the main screen, made to fit inside the
 * visible part of the screen it lands on (without task bars and docks). Screen bounds are in the same scaled units as
 * window sizes, so a screen of 1600 by 1000 pixels at 150% takes a window of at most 1067 by 667: the 1440 by 900
 * default would have covered 2160 by 1350 pixels, past every edge.
 */
final class ScreenFit {

    /** The size of a window opened for the first time, when the screen has room for it. */
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;
    /** The smallest window the panels are laid out for, when the screen has room for it. */
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private ScreenFit() {
    }

    /**
     * The placement to open with.
     *
     * @param remembered the window's last placement, or null for the first start
     * @param screens the visual bounds of every screen
     * @param primary the visual bounds of the main screen
     */
    static WindowPlacement fit(WindowPlacement remembered, List<Rectangle2D> screens, Rectangle2D primary) {
        if (remembered == null) {
            return centred(DEFAULT_WIDTH, DEFAULT_HEIGHT, primary, false);
        }
        Rectangle2D screen = landing(remembered, screens);
        if (screen == null) {
            return centred(remembered.width(), remembered.height(), primary, remembered.maximized());
        }
        double width = Math.min(remembered.width(), screen.getWidth());
        double height = Math.min(remembered.height(), screen.getHeight());
        double x = clamp(remembered.x(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(remembered.y(), screen.getMinY(), screen.getMaxY() - height);
        return new WindowPlacement(x, y, width, height, remembered.maximized());
    }

    /** The smallest size the window may be made on a screen of these bounds: the panels' minimum, or the screen. */
    static double[] minimum(Rectangle2D screen) {
        return new double[] {Math.min(MIN_WIDTH, screen.getWidth()), Math.min(MIN_HEIGHT, screen.getHeight())};
    }

    /** The bounds of the screen that holds most of the placement, or null when it is on none. */
    static Rectangle2D landing(WindowPlacement placement, List<Rectangle2D> screens) {
        Rectangle2D best = null;
        double most = 0;
        for (Rectangle2D screen : screens) {
            double overlap = overlap(placement.x(), placement.width(), screen.getMinX(), screen.getMaxX())
                    * overlap(placement.y(), placement.height(), screen.getMinY(), screen.getMaxY());
            if (overlap > most) {
                best = screen;
                most = overlap;
            }
        }
        return best;
    }

    private static WindowPlacement centred(double width, double height, Rectangle2D screen, boolean maximized) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return new WindowPlacement(screen.getMinX() + (screen.getWidth() - w) / 2, screen.getMinY() + (screen.getHeight() - h) / 2,
                w, h, maximized);
    }

    private static double overlap(double start, double length, double min, double max) {
        return Math.max(0, Math.min(start + Math.max(1, length), max) - Math.max(start, min));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
