package io.portolan.io.export.diagram;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the port labels of the edges go: each label takes the first spot along its edge, from the middle outwards,
 * that no node and no earlier label covers.
 */
final class EdgeLabels {

    private static final double[] SPOTS = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85};
    /** Offsets beside the edge, in label heights: close ones first, farther ones only where no close spot is free. */
    private static final double[][] SHIFTS = {{0, 0.8, -0.8}, {1.6, -1.6, 2.4, -2.4}};
    private static final double OBSTACLE_WEIGHT = 10;

    private final List<Rectangle2D> obstacles = new ArrayList<>();
    private final List<Rectangle2D> taken = new ArrayList<>();

    /** Keeps labels off an area, such as a node's box or a firewall; call before placing any label. */
    void avoid(Rectangle2D area) {
        obstacles.add(area);
        taken.add(area);
    }

    /** Places a label of the size along the edge from start to end, and keeps later labels off it. */
    Rectangle2D place(Point2D start, Point2D end, double width, double height) {
        Rectangle2D box = place(start, end, width, height, taken);
        taken.add(box);
        return box;
    }

    /** The free spot nearest the middle, or where nothing is free the spot that covers the least, nodes counting most. */
    Rectangle2D place(Point2D start, Point2D end, double width, double height, List<Rectangle2D> taken) {
        Rectangle2D best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Rectangle2D box : candidates(start, end, width, height)) {
            double cost = cost(box, taken);
            if (cost == 0) {
                return box;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = box;
            }
        }
        return best;
    }

    /**
     * Spots along the edge from the middle outwards, each on the edge and then just beside it on either side;
     * then the same spots farther aside, for a short edge between two close nodes whose boxes cover every
     * near spot.
     */
    static List<Rectangle2D> candidates(Point2D start, Point2D end, double width, double height) {
        double dx = end.getX() - start.getX();
        double dy = end.getY() - start.getY();
        double length = Math.max(1, Math.hypot(dx, dy));
        List<Rectangle2D> boxes = new ArrayList<>();
        for (double[] tier : SHIFTS) {
            for (double t : SPOTS) {
                for (double shift : tier) {
                    double x = start.getX() + dx * t - dy / length * shift * height;
                    double y = start.getY() + dy * t + dx / length * shift * height;
                    boxes.add(new Rectangle2D.Double(x - width / 2, y - height / 2, width, height));
                }
            }
        }
        return boxes;
    }

    private double cost(Rectangle2D box, List<Rectangle2D> taken) {
        double cost = 0;
        for (int i = 0; i < taken.size(); i++) {
            Rectangle2D other = taken.get(i);
            if (box.intersects(other)) {
                Rectangle2D overlap = box.createIntersection(other);
                cost += overlap.getWidth() * overlap.getHeight() * (i < obstacles.size() ? OBSTACLE_WEIGHT : 1);
            }
        }
        return cost;
    }
}
