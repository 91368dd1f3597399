package io.portolan.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The dot grid behind the diagram, drawn for the view's pan and zoom, at least 12 pixels between dots. */
final class DotGrid extends Canvas {

    DotGrid() {
        setMouseTransparent(true);
    }

    /** Takes the view's size; returns true when it changed. */
    boolean resizeTo(double width, double height) {
        if (getWidth() == width && getHeight() == height) {
            return false;
        }
        setWidth(width);
        setHeight(height);
        return true;
    }

    /** Draws the dots of a grid of {@code spacing} canvas units, panned and zoomed as the view is. */
    void draw(double spacing, double panX, double panY, double zoom) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        double step = spacing * zoom;
        while (step < 12) {
            step *= 2;
        }
        g.setFill(Color.gray(0.5, 0.28));
        for (double x = panX % step; x < getWidth(); x += step) {
            for (double y = panY % step; y < getHeight(); y += step) {
                g.fillRect(x, y, 1.2, 1.2);
            }
        }
    }
}
