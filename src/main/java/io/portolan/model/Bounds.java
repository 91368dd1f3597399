package io.portolan.model;

/** A rectangle on the canvas: top-left corner, width and height, in canvas units. */
public record Bounds(double x, double y, double width, double height) {

    public Bounds {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a rectangle cannot have a negative size: " + width + " x " + height);
        }
    }

    /** True when the point lies inside or on the edge. */
    public boolean contains(Point point) {
        return point.x() >= x && point.x() <= x + width && point.y() >= y && point.y() <= y + height;
    }

    /** The area, used to prefer the innermost of nested zones. */
    public double area() {
        return width * height;
    }

    /** The centre point. */
    public Point centre() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** This rectangle moved by the given offsets. */
    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }
}
