package io.portolan.io.export.diagram;

import io.portolan.engine.Crossing;
import io.portolan.model.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of an edge's label, as the canvas writes them: the ports (one line with {@code ⇄} when both ways carry the
 * same, else a line each way with an arrow as the edge runs on the page), then how it crosses: the firewalls passed,
 * or that it has no route.
 */
final class EdgeText {

    private EdgeText() {
    }

    static List<String> lines(DiagramEdge edge) {
        List<String> lines = new ArrayList<>(3);
        String forward = edge.forward();
        String backward = edge.backward();
        if (forward != null && backward != null) {
            if (forward.equals(backward)) {
                lines.add("\u21c4 " + forward);
            } else {
                String[] arrows = arrows(edge);
                lines.add(arrows[0] + " " + forward);
                lines.add(arrows[1] + " " + backward);
            }
        } else {
            lines.add(forward != null ? forward : backward);
        }
        if (edge.crossing() == Crossing.CROSSING && !edge.firewalls().isEmpty()) {
            lines.add("via " + String.join(" \u203a ", edge.firewalls()));
        } else if (edge.crossing() == Crossing.UNROUTABLE) {
            lines.add("no firewall path");
        } else if (edge.crossing() == Crossing.UNZONED) {
            lines.add("outside every zone");
        }
        return lines;
    }

    /** How many of the lines are ports: two when each way carries different ones, else one. */
    static int portLines(DiagramEdge edge) {
        return edge.forward() != null && edge.backward() != null && !edge.forward().equals(edge.backward()) ? 2 : 1;
    }

    /** The arrows for the forward and backward lines, as the line runs on the page. */
    private static String[] arrows(DiagramEdge edge) {
        Point a = edge.first().position();
        Point b = edge.second().position();
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        if (Math.abs(dx) >= Math.abs(dy)) {
            return dx >= 0 ? new String[] {"\u2192", "\u2190"} : new String[] {"\u2190", "\u2192"};
        }
        return dy >= 0 ? new String[] {"\u2193", "\u2191"} : new String[] {"\u2191", "\u2193"};
    }
}
