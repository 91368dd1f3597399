package io.portolan.diagram;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain layout Tidy falls back on: the zones side by side in design order, each node of a zone on a grid inside it,
 * the nodes outside every zone in a row under them.
 */
final class TidyGrid {

    private TidyGrid() {
    }

    static Arrangement arrange(Design design) {
        Point origin = Tidy.origin(design);
        Map<String, Bounds> zones = new HashMap<>();
        Map<String, Point> nodes = new HashMap<>();
        double x = origin.x();
        double bottom = origin.y();
        for (Zone zone : design.zones()) {
            List<Node> inside = design.nodesIn(zone.id());
            int columns = Math.max(1, (int) Math.ceil(Math.sqrt(inside.size())));
            int rows = Math.max(1, (inside.size() + columns - 1) / columns);
            double width = Math.max(Tidy.MIN_ZONE_WIDTH, columns * Tidy.NODE_WIDTH + 2 * Tidy.ZONE_PADDING);
            double height = Math.max(Tidy.MIN_ZONE_HEIGHT, rows * Tidy.NODE_HEIGHT + Tidy.ZONE_TITLE + Tidy.ZONE_PADDING);
            zones.put(zone.id(), new Bounds(x, origin.y(), width, height));
            for (int i = 0; i < inside.size(); i++) {
                nodes.put(inside.get(i).id(), new Point(x + Tidy.ZONE_PADDING + (i % columns + 0.5) * Tidy.NODE_WIDTH,
                        origin.y() + Tidy.ZONE_TITLE + (i / columns) * Tidy.NODE_HEIGHT + Tidy.NODE_TOP));
            }
            x += width + Tidy.ZONE_GAP;
            bottom = Math.max(bottom, origin.y() + height);
        }
        double free = origin.x();
        for (Node node : design.nodes()) {
            if (!nodes.containsKey(node.id())) {
                nodes.put(node.id(), new Point(free + Tidy.NODE_WIDTH / 2, bottom + Tidy.ZONE_GAP + Tidy.NODE_TOP));
                free += Tidy.NODE_WIDTH;
            }
        }
        return new Arrangement(nodes, zones, FirewallPlaces.between(design, zones));
    }
}
