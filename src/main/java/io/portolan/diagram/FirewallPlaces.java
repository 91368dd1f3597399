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
                    : joined.size() == 1 ? beside(joined.get(0)) : inAGap(joined.get(0), joined.get(1), zones.values());
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

    /**
     * Where a firewall between two zones goes: in the gap between them where no other zone is in the way, else in the
     * gap beside one of them nearest the other, else (zones packed tight) halfway.
     */
    static Point inAGap(Bounds a, Bounds b, java.util.Collection<Bounds> zones) {
        Point direct = between(a, b);
        if (clear(direct, zones)) {
            return direct;
        }
        Point best = direct;
        double bestDistance = Double.MAX_VALUE;
        for (Point candidate : besides(a, b)) {
            double distance = distance(candidate, a) + distance(candidate, b);
            if (distance < bestDistance && clear(candidate, zones)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The middles of the gaps on each side of each zone, level with the other zone as far as the side reaches. */
    private static List<Point> besides(Bounds a, Bounds b) {
        List<Point> points = new ArrayList<>();
        for (Bounds[] pair : new Bounds[][] {{a, b}, {b, a}}) {
            Bounds zone = pair[0];
            Bounds other = pair[1];
            double y = clamp(other.y() + other.height() / 2, zone.y() + 50, zone.y() + zone.height() - 50);
            double x = clamp(other.x() + other.width() / 2, zone.x() + 50, zone.x() + zone.width() - 50);
            points.add(new Point(Math.round(zone.x() - Tidy.ZONE_GAP / 2), Math.round(y)));
            points.add(new Point(Math.round(zone.x() + zone.width() + Tidy.ZONE_GAP / 2), Math.round(y)));
            points.add(new Point(Math.round(x), Math.round(zone.y() - TidyColumns.STACK_GAP / 2)));
            points.add(new Point(Math.round(x), Math.round(zone.y() + zone.height() + TidyColumns.STACK_GAP / 2)));
        }
        return points;
    }

    private static double clamp(double value, double low, double high) {
        return low > high ? (low + high) / 2 : Math.max(low, Math.min(high, value));
    }

    /** True when a firewall and its name at the point stay out of every zone. */
    private static boolean clear(Point point, java.util.Collection<Bounds> zones) {
        Box room = Box.centred(point.x(), point.y() + 12, 100, 84);
        return zones.stream().noneMatch(z -> room.intersects(new Box(z.x(), z.y(), z.width(), z.height())));
    }

    private static double distance(Point p, Bounds b) {
        double dx = Math.max(0, Math.max(b.x() - p.x(), p.x() - (b.x() + b.width())));
        double dy = Math.max(0, Math.max(b.y() - p.y(), p.y() - (b.y() + b.height())));
        return Math.hypot(dx, dy);
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
