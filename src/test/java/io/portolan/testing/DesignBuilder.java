package io.portolan.testing;

import io.portolan.catalog.Catalog;
import io.portolan.model.Bounds;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowKey;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds small designs for tests: zones side by side, nodes placed in them with the catalog's default
 * features, firewalls between zones.
 */
public final class DesignBuilder {

    private final Catalog catalog;
    private final List<Zone> zones = new ArrayList<>();
    private final List<Firewall> firewalls = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<FlowKey> suppressed = new ArrayList<>();
    private final List<CustomFlow> custom = new ArrayList<>();

    public DesignBuilder(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Adds a zone, 300 units wide, to the right of the previous one. */
    public DesignBuilder zone(String id, ZoneKind kind) {
        zones.add(new Zone(id, id.toUpperCase(java.util.Locale.ROOT), kind, List.of(), new Bounds(zones.size() * 400.0, 0, 300, 600)));
        return this;
    }

    /** Adds a firewall joining the zones. */
    public DesignBuilder firewall(String id, String... zoneIds) {
        firewalls.add(new Firewall(id, id, Arrays.asList(zoneIds), new Point(firewalls.size() * 400.0 + 350, 300)));
        return this;
    }

    /** Places a node of the type in the zone (null: outside every zone) with the type's default features. */
    public DesignBuilder node(String id, String typeId, String zoneId) {
        List<String> features = catalog.type(typeId).orElseThrow(() -> new IllegalArgumentException(typeId)).defaultFeatures();
        return node(id, typeId, zoneId, features, 1);
    }

    /** Places a node with the given features switched on and count. */
    public DesignBuilder node(String id, String typeId, String zoneId, List<String> features, int count) {
        Point position = zoneId == null ? new Point(-500, -500) : centreOf(zoneId).translate(0, nodes.size() * 10.0);
        nodes.add(new Node(id, typeId, id, id + ".example.com", "", zoneId, position, features, count));
        return this;
    }

    public DesignBuilder suppress(String ruleId, String sourceId, String destinationId) {
        suppressed.add(new FlowKey(ruleId, sourceId, destinationId));
        return this;
    }

    public DesignBuilder custom(CustomFlow flow) {
        custom.add(flow);
        return this;
    }

    public Design build() {
        return new Design(zones, firewalls, nodes, new FlowOverrides(suppressed, custom), RequestInfo.EMPTY);
    }

    private Point centreOf(String zoneId) {
        return zones.stream().filter(z -> z.id().equals(zoneId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no zone " + zoneId)).bounds().centre();
    }
}
