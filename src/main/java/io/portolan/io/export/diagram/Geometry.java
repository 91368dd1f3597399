package io.portolan.io.export.diagram;

import io.portolan.model.Bounds;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/** The few bits of plane geometry the diagram needs. */
final class Geometry {

    private Geometry() {
    }

    /** The point on a rectangle's border nearest to a point (inside or outside it). */
    static Point2D nearestOnBorder(Bounds b, double x, double y) {
        double cx = Math.max(b.x(), Math.min(b.x() + b.width(), x));
        double cy = Math.max(b.y(), Math.min(b.y() + b.height(), y));
        boolean inside = cx == x && cy == y;
        if (!inside) {
            return new Point2D.Double(cx, cy);
        }
        double left = x - b.x();
        double right = b.x() + b.width() - x;
        double top = y - b.y();
        double bottom = b.y() + b.height() - y;
        double min = Math.min(Math.min(left, right), Math.min(top, bottom));
        if (min == left) {
            return new Point2D.Double(b.x(), y);
        }
        if (min == right) {
            return new Point2D.Double(b.x() + b.width(), y);
        }
        return min == top ? new Point2D.Double(x, b.y()) : new Point2D.Double(x, b.y() + b.height());
    }

    /** An arrow head at the end of a segment, to fill. */
    static Path2D arrowHead(Point2D from, Point2D to, double size) {
        double angle = Math.atan2(to.getY() - from.getY(), to.getX() - from.getX());
        Path2D head = new Path2D.Double();
        head.moveTo(to.getX(), to.getY());
        head.lineTo(to.getX() - size * Math.cos(angle - Math.PI / 7), to.getY() - size * Math.sin(angle - Math.PI / 7));
        head.lineTo(to.getX() - size * Math.cos(angle + Math.PI / 7), to.getY() - size * Math.sin(angle + Math.PI / 7));
        head.closePath();
        return head;
    }
}
