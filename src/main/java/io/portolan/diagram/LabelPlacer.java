package io.portolan.diagram;

/**
 * Finds each edge label a place of its own: along its route, from the middle of its longest stretch outwards and to
 * either side of the line, the first spot where it covers no node, badge, firewall or earlier label. Where no spot is
 * free it says so, and the caller shows the label another way (a numbered note, a marker) rather than over something.
 * What is taken is filed in a {@link BoxIndex}, so placing stays near linear in the number of labels.
 */
public final class LabelPlacer {

    /** The space kept free around a label. */
    public static final double GAP = 3;
    private static final double CELL = 120;
    private static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.14, 0.86};
    private static final double[] ASIDE = {0, 1, -1, 2.2, -2.2, 3.4, -3.4};
    /** How many stretches of a route, longest first, are tried. */
    private static final int STRETCHES = 3;

    private final BoxIndex<Box> taken = new BoxIndex<>(CELL);

    /** Marks the box as taken: a node's body, name or badge, a firewall, a label placed elsewhere. */
    public void occupy(Box box) {
        taken.add(box, box);
    }

    /** True when the box (and the gap around it) covers nothing taken. */
    public boolean free(Box box) {
        return !taken.anyIntersecting(box.grow(GAP));
    }

    /** A free spot for a label of the size along the route, taken at once; null when there is none. */
    public Box place(double[] route, double width, double height) {
        Box box = find(route, width, height);
        if (box != null) {
            occupy(box);
        }
        return box;
    }

    /** A free spot for a label of the size along the route, or null; nothing is taken. */
    public Box find(double[] route, double width, double height) {
        int[] stretches = longestStretches(route);
        for (int stretch : stretches) {
            if (stretch < 0) {
                continue;
            }
            Box box = findOn(route[stretch], route[stretch + 1], route[stretch + 2], route[stretch + 3], width, height);
            if (box != null) {
                return box;
            }
        }
        return null;
    }

    private Box findOn(double x1, double y1, double x2, double y2, double width, double height) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = Math.max(1e-6, Math.hypot(dx, dy));
        double nx = -dy / length;
        double ny = dx / length;
        // how far aside the label must go to clear the line: half its extent across the line, plus the gap
        double side = Math.abs(nx) * (width / 2 + GAP) + Math.abs(ny) * (height / 2 + GAP);
        for (double aside : ASIDE) {
            for (double t : ALONG) {
                double cx = x1 + dx * t + nx * side * aside;
                double cy = y1 + dy * t + ny * side * aside;
                Box box = new Box(Math.round(cx - width / 2), Math.round(cy - height / 2), width, height);
                if (free(box)) {
                    return box;
                }
            }
        }
        return null;
    }

    /** The start indexes of the route's longest stretches, longest first; -1 where the route has fewer. */
    private static int[] longestStretches(double[] route) {
        int[] best = new int[STRETCHES];
        double[] lengths = new double[STRETCHES];
        java.util.Arrays.fill(best, -1);
        java.util.Arrays.fill(lengths, -1);
        for (int i = 0; i + 3 < route.length; i += 2) {
            double length = Math.hypot(route[i + 2] - route[i], route[i + 3] - route[i + 1]);
            for (int k = 0; k < STRETCHES; k++) {
                if (length > lengths[k]) {
                    System.arraycopy(lengths, k, lengths, k + 1, STRETCHES - k - 1);
                    System.arraycopy(best, k, best, k + 1, STRETCHES - k - 1);
                    lengths[k] = length;
                    best[k] = i;
                    break;
                }
            }
        }
        return best;
    }
}
