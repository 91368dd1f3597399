package io.portolan.model;

/** A point on the canvas, in canvas units (pixels at 100% zoom). */
public record Point(double x, double y) {

    public static final Point ORIGIN = new Point(0, 0);

    /** This point moved by the given offsets. */
    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
