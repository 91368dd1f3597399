package io.portolan.diagram;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Squares up the zones of a layered layout: the zones of one layer (column) share its width and stack from one top
 * line, every column as tall as the tallest, columns an even gap apart, each zone's nodes centred in the room it
 * gains; nodes outside every zone go in a row under the zones. The layout reads as a grid rather than a staircase.
 */
final class TidyColumns {

    /** The gap between two zones stacked in a column: room for a firewall and its name. */
    static final double STACK_GAP = 110;

    private TidyColumns() {
    }

    static Arrangement align(Design design, Map<String, Bounds> zones, Map<String, Point> nodes, Point origin) {
        List<List<String>> columns = columns(zones);
        Map<String, Bounds> aligned = new HashMap<>();
        double x = origin.x();
        double tallest = 0;
        for (List<String> column : columns) {
            double width = column.stream().mapToDouble(id -> zones.get(id).width()).max().orElse(0);
            double y = origin.y();
            for (String id : column) {
                aligned.put(id, new Bounds(x, y, width, zones.get(id).height()));
                y += zones.get(id).height() + STACK_GAP;
            }
            tallest = Math.max(tallest, y - STACK_GAP - origin.y());
            x += width + Tidy.ZONE_GAP;
        }
        for (List<String> column : columns) {
            String last = column.get(column.size() - 1);
            Bounds b = aligned.get(last);
            aligned.put(last, new Bounds(b.x(), b.y(), b.width(), b.height() + tallest - (b.y() + b.height() - origin.y())));
        }
        Map<String, Point> moved = new HashMap<>();
        for (Node node : design.nodes()) {
            Point p = nodes.get(node.id());
            Bounds before = node.zoneId() == null ? null : zones.get(node.zoneId());
            if (before == null) {
                continue;
            }
            Bounds after = aligned.get(node.zoneId());
            moved.put(node.id(), new Point(Math.round(p.x() - before.x() + after.x() + (after.width() - before.width()) / 2),
                    Math.round(p.y() - before.y() + after.y() + (after.height() - before.height()) / 2)));
        }
        placeOutside(design, moved, origin, tallest);
        return new Arrangement(moved, aligned, FirewallPlaces.between(design, aligned));
    }

    /** The zones in columns, left to right, each column's zones top to bottom: zones whose spans across overlap share one. */
    private static List<List<String>> columns(Map<String, Bounds> zones) {
        List<String> byLeft = new ArrayList<>(zones.keySet());
        byLeft.sort(Comparator.comparingDouble((String id) -> zones.get(id).x()).thenComparing(id -> id));
        List<List<String>> columns = new ArrayList<>();
        double right = -Double.MAX_VALUE;
        for (String id : byLeft) {
            Bounds b = zones.get(id);
            if (columns.isEmpty() || b.x() >= right) {
                columns.add(new ArrayList<>());
                right = b.x() + b.width();
            } else {
                right = Math.max(right, b.x() + b.width());
            }
            columns.get(columns.size() - 1).add(id);
        }
        columns.forEach(c -> c.sort(Comparator.comparingDouble((String id) -> zones.get(id).y()).thenComparing(id -> id)));
        return columns;
    }

    /** The nodes outside every zone, in a row under the zones. */
    private static void placeOutside(Design design, Map<String, Point> moved, Point origin, double tallest) {
        double x = origin.x() + Tidy.NODE_WIDTH / 2;
        double y = origin.y() + tallest + Tidy.ZONE_GAP + Tidy.NODE_TOP;
        for (Node node : design.nodes()) {
            if (!moved.containsKey(node.id())) {
                moved.put(node.id(), new Point(Math.round(x), Math.round(y)));
                x += Tidy.NODE_WIDTH;
            }
        }
    }
}
