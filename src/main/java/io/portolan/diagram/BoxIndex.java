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
     * The filed boxes the segment passes through, in no particular order; the cells are walked along the segment, so
     * a long segment costs its length in cells, not the number of boxes.
     */
    public List<Entry<T>> crossedBy(double x1, double y1, double x2, double y2) {
        List<Entry<T>> hits = new ArrayList<>();
        int stamp = ++visit;
        double length = Math.hypot(x2 - x1, y2 - y1);
        int steps = Math.max(1, (int) Math.ceil(length / (cell / 2)));
        long lastX = Long.MIN_VALUE;
        long lastY = Long.MIN_VALUE;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            long cx = index(x1 + (x2 - x1) * t);
            long cy = index(y1 + (y2 - y1) * t);
            if (cx == lastX && cy == lastY) {
                continue;
            }
            lastX = cx;
            lastY = cy;
            // the neighbouring cells too: a step of half a cell can cut the corner of one it does not land in
            for (long nx = cx - 1; nx <= cx + 1; nx++) {
                for (long ny = cy - 1; ny <= cy + 1; ny++) {
                    collectCrossed(key(nx, ny), stamp, x1, y1, x2, y2, hits);
                }
            }
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
