package io.portolan.ui.canvas;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Where the walkthrough caption goes: the corner of the view where it hides least of what the step shows, bottom
 * left first, then bottom right, top left and top right.
 */
final class CaptionCorner {

    private CaptionCorner() {
    }

    /**
     * The top-left point of a caption of the size in a view of the size, in view coordinates.
     *
     * @param shown what the step shows (its nodes, labels and firewalls), in view coordinates
     */
    static Point2D place(List<Rectangle2D> shown, double viewWidth, double viewHeight, double width, double height, double margin) {
        double left = margin;
        double right = Math.max(margin, viewWidth - width - margin);
        double top = margin;
        double bottom = Math.max(margin, viewHeight - height - margin);
        Point2D[] corners = {new Point2D(left, bottom), new Point2D(right, bottom), new Point2D(left, top), new Point2D(right, top)};
        Point2D best = corners[0];
        double least = Double.MAX_VALUE;
        for (Point2D corner : corners) {
            double hidden = hidden(shown, new Rectangle2D(corner.getX(), corner.getY(), width, height));
            if (hidden < least) {
                least = hidden;
                best = corner;
            }
        }
        return best;
    }

    /** The area of the shown rectangles the caption would cover. */
    private static double hidden(List<Rectangle2D> shown, Rectangle2D caption) {
        double area = 0;
        for (Rectangle2D r : shown) {
            double w = Math.min(r.getMaxX(), caption.getMaxX()) - Math.max(r.getMinX(), caption.getMinX());
            double h = Math.min(r.getMaxY(), caption.getMaxY()) - Math.max(r.getMinY(), caption.getMinY());
            if (w > 0 && h > 0) {
                area += w * h;
            }
        }
        return area;
    }
}
