package io.portolan.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Boxes filed in a grid of square cells, so that finding what a box or a segment touches looks at the few cells
 * around it, not at every box: placing thousands of labels and routing thousands of edges stays near linear.
 *
 * @param <T> what each box stands for
 */
public final class BoxIndex<T> {

    /** One filed box and what it stands for. */
    public static final class Entry<T> {
        private final Box box;
        private final T item;
        private int seen;

        Entry(Box box, T item) {
            this.box = box;
            this.item = item;
        }

        public Box box() {
            return box;
        }

        public T item() {
            return item;
        }
    }

    private final double cell;
    private final Map<Long, List<Entry<T>>> cells = new HashMap<>();
    private int visit;
    private int size;

    /** An empty index of cells of the side (canvas units): about the size of the boxes filed works best. */
    public BoxIndex(double cell) {
        this.cell = cell;
    }

    /** Files the box. */
    public void add(Box box, T item) {
        Entry<T> entry = new Entry<>(box, item);
        long x0 = index(box.x());
        long x1 = index(box.maxX());
        long y0 = index(box.y());
        long y1 = index(box.maxY());
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(entry);
            }
        }
        size++;
    }

    /** How many boxes are filed. */
    public int size() {
        return size;
    }

    /** Calls the action once for each filed box that shares area with the box. */
    public void forEachIntersecting(Box box, Consumer<Entry<T>> action) {
        int stamp = ++visit;
        scan(box, entry -> {
            if (entry.seen != stamp) {
                entry.seen = stamp;
                action.accept(entry);
            }
            return false;
        });
    }

    /** True when some filed box shares area with the box; stops at the first, so a crowded place costs little. */
    public boolean anyIntersecting(Box box) {
        return scan(box, entry -> true);
    }

    /** Offers each filed box sharing area with the box (once per cell it is in) until {@code stop} says so; true then. */
    private boolean scan(Box box, Predicate<Entry<T>> stop) {
        long x0 = index(box.x());
        long x1 = index(box.maxX());
        long y0 = index(box.y());
        long y1 = index(box.maxY());
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                List<Entry<T>> entries = cells.get(key(cx, cy));
                if (entries != null) {
                    for (Entry<T> entry : entries) {
                        if (entry.box.intersects(box) && stop.test(entry)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * The filed boxes the segment passes through, in no particular order. Only the cells the segment runs through are
     * looked at (a grid walk), so a long segment costs its length in cells, not the number of boxes.
     */
    public List<Entry<T>> crossedBy(double x1, double y1, double x2, double y2) {
        return crossedBy(x1, y1, x2, y2, Integer.MAX_VALUE);
    }

    /** The filed boxes the segment passes through, as {@link #crossedBy(double, double, double, double)}, up to a limit. */
    public List<Entry<T>> crossedBy(double x1, double y1, double x2, double y2, int limit) {
        List<Entry<T>> hits = new ArrayList<>();
        int stamp = ++visit;
        long cx = index(x1);
        long cy = index(y1);
        long endX = index(x2);
        long endY = index(y2);
        double dx = x2 - x1;
        double dy = y2 - y1;
        int stepX = dx > 0 ? 1 : -1;
        int stepY = dy > 0 ? 1 : -1;
        // how far along the segment (0 to 1) the next vertical and horizontal cell borders are, and between borders
        double nextX = dx == 0 ? Double.MAX_VALUE : ((cx + (dx > 0 ? 1 : 0)) * cell - x1) / dx;
        double nextY = dy == 0 ? Double.MAX_VALUE : ((cy + (dy > 0 ? 1 : 0)) * cell - y1) / dy;
        double deltaX = dx == 0 ? Double.MAX_VALUE : cell / Math.abs(dx);
        double deltaY = dy == 0 ? Double.MAX_VALUE : cell / Math.abs(dy);
        long steps = Math.abs(endX - cx) + Math.abs(endY - cy);
        collectCrossed(key(cx, cy), stamp, x1, y1, x2, y2, hits);
        for (long i = 0; i < steps && hits.size() < limit; i++) {
            if (nextX < nextY) {
                cx += stepX;
                nextX += deltaX;
            } else {
                cy += stepY;
                nextY += deltaY;
            }
            collectCrossed(key(cx, cy), stamp, x1, y1, x2, y2, hits);
        }
        return hits;
    }

    private void collectCrossed(long key, int stamp, double x1, double y1, double x2, double y2, List<Entry<T>> hits) {
        List<Entry<T>> entries = cells.get(key);
        if (entries == null) {
            return;
        }
        for (Entry<T> entry : entries) {
            if (entry.seen != stamp) {
                entry.seen = stamp;
                if (entry.box.crossedBy(x1, y1, x2, y2)) {
                    hits.add(entry);
                }
            }
        }
    }

    private long index(double coordinate) {
        return (long) Math.floor(coordinate / cell);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xFFFFFFFFL);
    }
}
