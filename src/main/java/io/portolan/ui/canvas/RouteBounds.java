package io.portolan.ui.canvas;

import io.portolan.diagram.Box;
import java.util.List;

/** Whether a route comes near some places: a quick test on its bounding box before routing it again. */
final class RouteBounds {

    /** How near counts: the router's clearance and then some. */
    private static final double MARGIN = 24;

    private RouteBounds() {
    }

    /** True when the route's bounding box, grown by a margin, meets one of the boxes. */
    static boolean comesNear(double[] route, List<Box> places) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < route.length; i += 2) {
            minX = Math.min(minX, route[i]);
            maxX = Math.max(maxX, route[i]);
            minY = Math.min(minY, route[i + 1]);
            maxY = Math.max(maxY, route[i + 1]);
        }
        Box bounds = new Box(minX, minY, maxX - minX, maxY - minY).grow(MARGIN);
        for (Box place : places) {
            if (bounds.intersects(place)) {
                return true;
            }
        }
        return false;
    }
}
