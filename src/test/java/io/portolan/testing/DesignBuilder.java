package io.portolan.testing;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small designs for tests in a few lines: zones laid out as columns, firewalls by the zones they
 * join, nodes placed in the middle of their zone.
 */
public final class DesignBuilder {

    private static final double COLUMN = 300;

    private final List<Zone> zones = new ArrayList<>();
    private final List<Firewall> firewalls = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Integer> nodesPerZone = new HashMap<>();

    public static DesignBuilder design() {
        return new DesignBuilder();
    }

    /** A zone of the kind, named after its id, in the next column. */
    public DesignBuilder zone(String id, ZoneKind kind) {
        zones.add(new Zone(id, id, kind, List.of(), new Bounds(zones.size() * COLUMN, 0, COLUMN - 40, 760)));
        return this;
    }

    /** A firewall named after its id, joining the zones. */
    public DesignBuilder firewall(String id, String... zoneIds) {
        firewalls.add(new Firewall(id, id, List.of(zoneIds), new Point(0, 0)));
        return this;
    }

    /** A node of the type with exactly the given features switched on and a count of 1; zone null for outside every zone. */
    public DesignBuilder node(String id, String typeId, String zoneId, String... features) {
        return node(id, typeId, zoneId, 1, features);
    }

    /** A node of the type with the given features and count. */
    public DesignBuilder node(String id, String typeId, String zoneId, int count, String... features) {
        Point position = new Point(-200, 0);
        if (zoneId != null) {
            Bounds bounds = zones.stream().filter(z -> z.id().equals(zoneId)).findFirst().orElseThrow().bounds();
            int index = nodesPerZone.merge(zoneId, 1, Integer::sum);
            position = new Point(bounds.x() + bounds.width() / 2, bounds.y() + 100 + 150 * (index - 1));
        }
        nodes.add(new Node(id, typeId, id, "", "", zoneId, position, List.of(features), count));
        return this;
    }

    public Design build() {
        return new Design(zones, firewalls, nodes, FlowOverrides.NONE, RequestInfo.EMPTY);
    }
}
