package io.portolan.diagram;

import java.util.Arrays;

/** The points of a route as it is built, and the geometry of finished routes ({@code x0, y0, x1, y1, ...}). */
final class Polyline {

    private double[] points = new double[16];
    private int size;

    void add(double x, double y) {
        if (size == points.length) {
            points = Arrays.copyOf(points, size * 2);
        }
        points[size++] = x;
        points[size++] = y;
    }

    double lastX() {
        return points[size - 2];
    }

    double lastY() {
        return points[size - 1];
    }

    /** The points, the first moved to where the line leaves the start box and the last to where it enters the end box. */
    double[] clipped(Box start, Box end) {
        double[] result = Arrays.copyOf(points, size);
        if (size < 4) {
            return result;
        }
        double[] a = leave(start, result[0], result[1], result[2], result[3]);
        double[] b = leave(end, result[size - 2], result[size - 1], result[size - 4], result[size - 3]);
        result[0] = a[0];
        result[1] = a[1];
        result[size - 2] = b[0];
        result[size - 1] = b[1];
        return result;
    }

    /** Where the segment from (x, y), inside the box, towards (tx, ty) leaves the box; (tx, ty) when it never does. */
    static double[] leave(Box box, double x, double y, double tx, double ty) {
        double dx = tx - x;
        double dy = ty - y;
        double ax = dx == 0 ? Double.MAX_VALUE : (dx > 0 ? box.maxX() - x : x - box.x()) / Math.abs(dx);
        double ay = dy == 0 ? Double.MAX_VALUE : (dy > 0 ? box.maxY() - y : y - box.y()) / Math.abs(dy);
        double t = Math.max(0, Math.min(1, Math.min(ax, ay)));
        return new double[] {x + dx * t, y + dy * t};
    }
}
