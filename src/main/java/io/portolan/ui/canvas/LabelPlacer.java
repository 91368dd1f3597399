package io.portolan.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places edge labels so that they do not pile on each other or on nodes: each label tries spots along its
 * edge, from the middle outwards and to either side of the line, and takes the first free one (or the
 * least crowded). Rectangles are kept in a grid of buckets, so placing stays linear in the number of labels.
 */
final class LabelPlacer {

    private static final double CELL = 120;
    private static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78};
    private static final double GAP = 3;

    private final Map<Long, List<double[]>> buckets = new HashMap<>();

    /** Marks a rectangle (x, y, width, height) as taken. */
    void occupy(double x, double y, double w, double h) {
        double[] rect = {x, y, w, h};
        forCells(rect, cell -> buckets.computeIfAbsent(cell, k -> new ArrayList<>(4)).add(rect));
    }

    /** Finds a spot for the edge's label, places it there and marks it taken. */
    void place(EdgeView edge) {
        double[] s = edge.segment();
        double w = edge.labelWidth();
        double h = edge.labelHeight();
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double length = Math.max(1e-6, Math.hypot(dx, dy));
        double nx = -dy / length;
        double ny = dx / length;
        double side = Math.abs(nx) * (w / 2 + GAP) + Math.abs(ny) * (h / 2 + GAP);
        double bestX = s[0] + dx / 2;
        double bestY = s[1] + dy / 2;
        double bestOverlap = Double.MAX_VALUE;
        search:
        for (double t : ALONG) {
            double cx = s[0] + dx * t;
            double cy = s[1] + dy * t;
            for (double offset : new double[] {0, side, -side, 2.2 * side, -2.2 * side}) {
                double x = cx + nx * offset;
                double y = cy + ny * offset;
                double overlap = overlap(x - w / 2 - GAP, y - h / 2 - GAP, w + 2 * GAP, h + 2 * GAP);
                if (overlap < bestOverlap) {
                    bestOverlap = overlap;
                    bestX = x;
                    bestY = y;
                    if (overlap == 0) {
                        break search;
                    }
                }
            }
        }
        edge.placeLabel(bestX, bestY);
        occupy(bestX - w / 2, bestY - h / 2, w, h);
    }

    private double overlap(double x, double y, double w, double h) {
        double[] probe = {x, y, w, h};
        double[] total = {0};
        forCells(probe, cell -> {
            List<double[]> rects = buckets.get(cell);
            if (rects != null) {
                for (double[] r : rects) {
                    double ox = Math.min(x + w, r[0] + r[2]) - Math.max(x, r[0]);
                    double oy = Math.min(y + h, r[1] + r[3]) - Math.max(y, r[1]);
                    if (ox > 0 && oy > 0) {
                        total[0] += ox * oy;
                    }
                }
            }
        });
        return total[0];
    }

    private static void forCells(double[] rect, java.util.function.LongConsumer action) {
        long x0 = (long) Math.floor(rect[0] / CELL);
        long x1 = (long) Math.floor((rect[0] + rect[2]) / CELL);
        long y0 = (long) Math.floor(rect[1] / CELL);
        long y1 = (long) Math.floor((rect[1] + rect[3]) / CELL);
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                long key = cx * 0x9E3779B97F4A7C15L + cy;
                action.accept(key ^ (key >>> 29));
            }
        }
    }
}
