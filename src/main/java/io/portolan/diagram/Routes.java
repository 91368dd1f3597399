package io.portolan.diagram;

/** Measures of a route, a polyline given as {@code x0, y0, x1, y1, ...}. */
public final class Routes {

    private Routes() {
    }

    /** The length of a route. */
    public static double length(double[] route) {
        double total = 0;
        for (int i = 2; i + 1 < route.length; i += 2) {
            total += Math.hypot(route[i] - route[i - 2], route[i + 1] - route[i - 1]);
        }
        return total;
    }

    /** The distance from a point to the nearest segment of a route. */
    public static double distance(double[] route, double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 2; i + 1 < route.length; i += 2) {
            best = Math.min(best, segmentDistance(route[i - 2], route[i - 1], route[i], route[i + 1], x, y));
        }
        return best;
    }

    public static double segmentDistance(double x1, double y1, double x2, double y2, double x, double y) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / lengthSquared));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }

    /** True when some segment of the route passes through the inside of the box. */
    public static boolean crosses(double[] route, Box box) {
        for (int i = 2; i + 1 < route.length; i += 2) {
            if (box.crossedBy(route[i - 2], route[i - 1], route[i], route[i + 1])) {
                return true;
            }
        }
        return false;
    }
}
