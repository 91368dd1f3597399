package io.portolan.diagram;

/**
 * A rectangle of the diagram, in canvas units: its top-left corner, width and height. The diagram's geometry is
 * worked out in these, the same for the window and the pictures, which each say how large their shapes are.
 *
 * @param x the left side
 * @param y the top side
 * @param width the width, not negative
 * @param height the height, not negative
 */
public record Box(double x, double y, double width, double height) {

    /** The box of the given width and height centred on a point. */
    public static Box centred(double cx, double cy, double width, double height) {
        return new Box(cx - width / 2, cy - height / 2, width, height);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    /** True when the two boxes share some area (touching sides do not count). */
    public boolean intersects(Box other) {
        return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
    }

    /** The area the two boxes share; 0 when they do not overlap. */
    public double overlap(Box other) {
        double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
        double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** True when the point lies inside or on the border. */
    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** True when the other box lies wholly inside this one. */
    public boolean contains(Box other) {
        return other.x >= x && other.maxX() <= maxX() && other.y >= y && other.maxY() <= maxY();
    }

    /** This box grown by the margin on every side. */
    public Box grow(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(maxX(), other.maxX()) - left, Math.max(maxY(), other.maxY()) - top);
    }

    /**
     * True when the segment from (x1, y1) to (x2, y2) passes through the inside of the box (Liang-Barsky clipping).
     */
    public boolean crossedBy(double x1, double y1, double x2, double y2) {
        double[] t = {0, 1};
        double dx = x2 - x1;
        double dy = y2 - y1;
        return clip(-dx, x1 - x, t) && clip(dx, maxX() - x1, t) && clip(-dy, y1 - y, t) && clip(dy, maxY() - y1, t)
                && t[0] < t[1];
    }

    private static boolean clip(double p, double q, double[] t) {
        if (p == 0) {
            return q > 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }
}
