package io.portolan.testing;

import io.portolan.catalog.Catalog;
import io.portolan.model.Bounds;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowKey;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.NodeAddresses;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds small designs for tests in a few lines: zones laid out as columns, firewalls by the zones they
 * join, nodes placed down the middle of their zone.
 */
public final class DesignBuilder {

    private static final double COLUMN = 300;

    private final Catalog catalog;
    private final List<Zone> zones = new ArrayList<>();
    private final List<Firewall> firewalls = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Integer> nodesPerZone = new HashMap<>();
    private final List<FlowKey> suppressed = new ArrayList<>();
    private final List<CustomFlow> custom = new ArrayList<>();

    private DesignBuilder(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A builder whose nodes get exactly the features given. */
    public static DesignBuilder design() {
        return new DesignBuilder(null);
    }

    /** A builder that can also place nodes as the palette does, with the catalog type's default features. */
    public static DesignBuilder design(Catalog catalog) {
        return new DesignBuilder(catalog);
    }

    /** A zone of the kind, named after its id, in the next column. */
    public DesignBuilder zone(String id, ZoneKind kind) {
        zones.add(new Zone(id, id, kind, List.of(), new Bounds(zones.size() * COLUMN, 0, COLUMN - 40, 760)));
        return this;
    }

    /** A zone of the kind with a name and address ranges, in the next column. */
    public DesignBuilder zone(String id, String name, ZoneKind kind, String... cidrs) {
        zones.add(new Zone(id, name, kind, List.of(cidrs), new Bounds(zones.size() * COLUMN, 0, COLUMN - 40, 760)));
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

    /** A node as the palette places it: the catalog type's default features, a count of 1. */
    public DesignBuilder placed(String id, String typeId, String zoneId) {
        if (catalog == null) {
            throw new IllegalStateException("placed() needs a builder made with design(catalog)");
        }
        List<String> defaults = catalog.type(typeId).orElseThrow(() -> new IllegalArgumentException(typeId)).defaultFeatures();
        return node(id, typeId, zoneId, 1, defaults.toArray(String[]::new));
    }

    /** Changes the node added last, e.g. to give it a host name. */
    public DesignBuilder with(UnaryOperator<Node> change) {
        nodes.set(nodes.size() - 1, change.apply(nodes.get(nodes.size() - 1)));
        return this;
    }

    /** Changes the node with the id. */
    public DesignBuilder with(String nodeId, UnaryOperator<Node> change) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(nodeId)) {
                nodes.set(i, change.apply(nodes.get(i)));
                return this;
            }
        }
        throw new IllegalArgumentException("no node " + nodeId);
    }

    /** Gives the node added last its address, the one clients reach. */
    public DesignBuilder address(String address) {
        return with(n -> n.withAddress(address));
    }

    /** Gives the node added last its addresses: service, outbound, management and members' (empty for none). */
    public DesignBuilder addresses(String address, String outbound, String management, String members) {
        return with(n -> n.withAddresses(new NodeAddresses(address, outbound, management, members)));
    }

    /** Chooses a value for a setting of the node added last. */
    public DesignBuilder setting(String settingId, int value) {
        return with(n -> n.withSetting(settingId, value));
    }

    /** Gives a zone its address ranges. */
    public DesignBuilder ranges(String zoneId, String... cidrs) {
        zones.replaceAll(z -> z.id().equals(zoneId) ? z.withCidrs(List.of(cidrs)) : z);
        return this;
    }

    /** Gives a node its address, the one clients reach. */
    public DesignBuilder address(String nodeId, String address) {
        nodes.replaceAll(n -> n.id().equals(nodeId) ? n.withAddress(address) : n);
        return this;
    }

    /** Gives a node all its addresses. */
    public DesignBuilder addresses(String nodeId, NodeAddresses addresses) {
        nodes.replaceAll(n -> n.id().equals(nodeId) ? n.withAddresses(addresses) : n);
        return this;
    }

    /** Renames a node. */
    public DesignBuilder name(String nodeId, String name) {
        nodes.replaceAll(n -> n.id().equals(nodeId) ? n.withName(name) : n);
        return this;
    }

    /** Leaves out the inferred flow of the rule between the two nodes. */
    public DesignBuilder suppress(String ruleId, String sourceId, String destinationId) {
        suppressed.add(new FlowKey(ruleId, sourceId, destinationId));
        return this;
    }

    /** Adds a flow by hand. */
    public DesignBuilder custom(CustomFlow flow) {
        custom.add(flow);
        return this;
    }

    public Design build() {
        return new Design(zones, firewalls, nodes, new FlowOverrides(suppressed, custom), RequestInfo.EMPTY);
    }
}
