package io.portolan.diagram;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where a tidied design's firewalls go: in the gap between the first two zones each joins, apart from each other. */
final class FirewallPlaces {

    /** How far apart two firewalls in one gap stand. */
    private static final double APART = 110;

    private FirewallPlaces() {
    }

    /** The firewalls' positions once the zones have the rectangles given. */
    static Map<String, Point> between(Design design, Map<String, Bounds> zones) {
        Map<String, Point> places = new HashMap<>();
        List<Point> taken = new ArrayList<>();
        for (Firewall firewall : design.firewalls()) {
            List<Bounds> joined = firewall.zoneIds().stream().map(zones::get).filter(java.util.Objects::nonNull).toList();
            Point place = joined.isEmpty() ? firewall.position()
                    : joined.size() == 1 ? beside(joined.get(0)) : between(joined.get(0), joined.get(1));
            while (crowded(place, taken)) {
                place = place.translate(0, APART);
            }
            taken.add(place);
            places.put(firewall.id(), place);
        }
        return places;
    }

    private static boolean crowded(Point place, List<Point> taken) {
        return taken.stream().anyMatch(p -> Math.abs(p.x() - place.x()) < APART && Math.abs(p.y() - place.y()) < APART);
    }

    /** The middle of the gap between two rectangles, level with the middle of the stretch they share. */
    static Point between(Bounds a, Bounds b) {
        double gapX = Math.max(b.x() - (a.x() + a.width()), a.x() - (b.x() + b.width()));
        double gapY = Math.max(b.y() - (a.y() + a.height()), a.y() - (b.y() + b.height()));
        if (gapX >= gapY) {
            double x = a.x() + a.width() < b.x() ? (a.x() + a.width() + b.x()) / 2 : (b.x() + b.width() + a.x()) / 2;
            return new Point(Math.round(x), Math.round(shared(a.y(), a.height(), b.y(), b.height())));
        }
        double y = a.y() + a.height() < b.y() ? (a.y() + a.height() + b.y()) / 2 : (b.y() + b.height() + a.y()) / 2;
        return new Point(Math.round(shared(a.x(), a.width(), b.x(), b.width())), Math.round(y));
    }

    /** The middle of the stretch two spans share, or between their middles when they share none. */
    private static double shared(double start1, double length1, double start2, double length2) {
        double start = Math.max(start1, start2);
        double end = Math.min(start1 + length1, start2 + length2);
        return end > start ? (start + end) / 2 : (start1 + length1 / 2 + start2 + length2 / 2) / 2;
    }

    /** Just right of a rectangle's top right corner, for a firewall that joins one zone. */
    private static Point beside(Bounds zone) {
        return new Point(Math.round(zone.x() + zone.width() + 60), Math.round(zone.y() + 60));
    }
}
