package io.portolan.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a user draws and saves: zones, firewalls, placed nodes, flow overrides and the request details.
 * A value: every change makes a new design. Ids are unique across zones, firewalls and nodes, and every
 * id a design refers to exists in it.
 */
public final class Design {

    private static final Design EMPTY = new Design(List.of(), List.of(), List.of(), FlowOverrides.NONE, RequestInfo.EMPTY);

    private final List<Zone> zones;
    private final List<Firewall> firewalls;
    private final List<Node> nodes;
    private final FlowOverrides overrides;
    private final RequestInfo request;
    private final Map<String, Zone> zonesById;
    private final Map<String, Firewall> firewallsById;
    private final Map<String, Node> nodesById;

    /**
     * A design of the given parts.
     *
     * @throws IllegalArgumentException when an id repeats or a reference names nothing in the design
     */
    public Design(List<Zone> zones, List<Firewall> firewalls, List<Node> nodes, FlowOverrides overrides, RequestInfo request) {
        this.zones = List.copyOf(zones);
        this.firewalls = List.copyOf(firewalls);
        this.nodes = List.copyOf(nodes);
        this.overrides = Objects.requireNonNull(overrides, "overrides");
        this.request = Objects.requireNonNull(request, "request");
        Set<String> ids = new HashSet<>();
        this.zonesById = index(this.zones, Zone::id, ids);
        this.firewallsById = index(this.firewalls, Firewall::id, ids);
        this.nodesById = index(this.nodes, Node::id, ids);
        checkReferences();
    }

    /** The design with nothing in it. */
    public static Design empty() {
        return EMPTY;
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id, Set<String> ids) {
        Map<String, T> map = new HashMap<>(items.size() * 2);
        for (T item : items) {
            String key = id.apply(item);
            if (!ids.add(key)) {
                throw new IllegalArgumentException("duplicate id '" + key + "'");
            }
            map.put(key, item);
        }
        return Collections.unmodifiableMap(map);
    }

    private void checkReferences() {
        for (Firewall firewall : firewalls) {
            for (String zoneId : firewall.zoneIds()) {
                if (!zonesById.containsKey(zoneId)) {
                    throw new IllegalArgumentException("firewall '" + firewall.id() + "' joins unknown zone '" + zoneId + "'");
                }
            }
        }
        for (Node node : nodes) {
            if (node.zoneId() != null && !zonesById.containsKey(node.zoneId())) {
                throw new IllegalArgumentException("node '" + node.id() + "' is in unknown zone '" + node.zoneId() + "'");
            }
        }
        Set<String> customIds = new HashSet<>();
        for (CustomFlow flow : overrides.custom()) {
            if (!customIds.add(flow.id())) {
                throw new IllegalArgumentException("duplicate custom flow id '" + flow.id() + "'");
            }
            if (!nodesById.containsKey(flow.sourceId()) || !nodesById.containsKey(flow.destinationId())) {
                throw new IllegalArgumentException("custom flow '" + flow.id() + "' names a node that is not in the design");
            }
        }
    }

    /** Zones in drawing order (later zones are drawn on top). */
    public List<Zone> zones() {
        return zones;
    }

    /** Firewalls in the order they were added. */
    public List<Firewall> firewalls() {
        return firewalls;
    }

    /** Placed nodes in the order they were added. */
    public List<Node> nodes() {
        return nodes;
    }

    /** Suppressed and custom flows. */
    public FlowOverrides overrides() {
        return overrides;
    }

    /** The request details for the workbook. */
    public RequestInfo request() {
        return request;
    }

    /** The zone with the id; empty when there is none or the id is null. */
    public Optional<Zone> zone(String id) {
        return Optional.ofNullable(id == null ? null : zonesById.get(id));
    }

    /** The firewall with the id; empty when there is none or the id is null. */
    public Optional<Firewall> firewall(String id) {
        return Optional.ofNullable(id == null ? null : firewallsById.get(id));
    }

    /** The node with the id; empty when there is none or the id is null. */
    public Optional<Node> node(String id) {
        return Optional.ofNullable(id == null ? null : nodesById.get(id));
    }

    /** True when a zone, firewall or node has the id. */
    public boolean containsId(String id) {
        return zonesById.containsKey(id) || firewallsById.containsKey(id) || nodesById.containsKey(id);
    }

    /** The first free id of the form {@code prefix1}, {@code prefix2}, ... */
    public String nextId(String prefix) {
        for (int i = 1; ; i++) {
            String candidate = prefix + i;
            if (!containsId(candidate) && overrides.custom().stream().noneMatch(c -> c.id().equals(candidate))) {
                return candidate;
            }
        }
    }

    /** The innermost zone whose rectangle contains the point (the smallest, then the last drawn). */
    public Optional<Zone> zoneAt(Point point) {
        Zone best = null;
        for (Zone zone : zones) {
            if (zone.bounds().contains(point) && (best == null || zone.bounds().area() <= best.bounds().area())) {
                best = zone;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The nodes placed in the zone. */
    public List<Node> nodesIn(String zoneId) {
        return nodes.stream().filter(n -> zoneId.equals(n.zoneId())).toList();
    }

    /** This design with the zone added, or replacing the zone with the same id. */
    public Design withZone(Zone zone) {
        return new Design(replaceOrAdd(zones, zone, Zone::id), firewalls, nodes, overrides, request);
    }

    /** This design with the firewall added, or replacing the firewall with the same id. */
    public Design withFirewall(Firewall firewall) {
        return new Design(zones, replaceOrAdd(firewalls, firewall, Firewall::id), nodes, overrides, request);
    }

    /** This design with the node added, or replacing the node with the same id. */
    public Design withNode(Node node) {
        return new Design(zones, firewalls, replaceOrAdd(nodes, node, Node::id), overrides, request);
    }

    /** This design with each given node replacing the node with its id, or added when new. */
    public Design withNodes(Collection<Node> changed) {
        Map<String, Node> byId = new LinkedHashMap<>();
        changed.forEach(n -> byId.put(n.id(), n));
        List<Node> result = new ArrayList<>(nodes.size() + byId.size());
        for (Node node : nodes) {
            Node replacement = byId.remove(node.id());
            result.add(replacement != null ? replacement : node);
        }
        result.addAll(byId.values());
        return new Design(zones, firewalls, result, overrides, request);
    }

    /**
     * This design without the given zones, firewalls and nodes. Nodes in a removed zone stay, outside
     * every zone; firewalls lose their links to removed zones; flow overrides that name a removed node go.
     */
    public Design without(Collection<String> ids) {
        Set<String> gone = new HashSet<>(ids);
        List<Zone> keptZones = zones.stream().filter(z -> !gone.contains(z.id())).toList();
        List<Firewall> keptFirewalls = firewalls.stream().filter(f -> !gone.contains(f.id()))
                .map(f -> f.zoneIds().stream().anyMatch(gone::contains)
                        ? f.withZoneIds(f.zoneIds().stream().filter(z -> !gone.contains(z)).toList()) : f)
                .toList();
        List<Node> keptNodes = nodes.stream().filter(n -> !gone.contains(n.id()))
                .map(n -> n.zoneId() != null && gone.contains(n.zoneId()) ? n.withZoneId(null) : n)
                .toList();
        Predicate<FlowKey> keepKey = k -> !gone.contains(k.sourceId()) && !gone.contains(k.destinationId());
        Predicate<CustomFlow> keepCustom = c -> !gone.contains(c.sourceId()) && !gone.contains(c.destinationId());
        FlowOverrides keptOverrides = new FlowOverrides(
                overrides.suppressed().stream().filter(keepKey).toList(),
                overrides.custom().stream().filter(keepCustom).toList());
        return new Design(keptZones, keptFirewalls, keptNodes, keptOverrides, request);
    }

    /** This design with other flow overrides, which must name only its nodes. */
    public Design withOverrides(FlowOverrides newOverrides) {
        return new Design(zones, firewalls, nodes, newOverrides, request);
    }

    /** This design with other request details. */
    public Design withRequest(RequestInfo newRequest) {
        return new Design(zones, firewalls, nodes, overrides, newRequest);
    }

    private static <T> List<T> replaceOrAdd(List<T> items, T item, java.util.function.Function<T, String> id) {
        List<T> result = new ArrayList<>(items.size() + 1);
        boolean replaced = false;
        String key = id.apply(item);
        for (T existing : items) {
            if (id.apply(existing).equals(key)) {
                result.add(item);
                replaced = true;
            } else {
                result.add(existing);
            }
        }
        if (!replaced) {
            result.add(item);
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Design other && zones.equals(other.zones) && firewalls.equals(other.firewalls)
                && nodes.equals(other.nodes) && overrides.equals(other.overrides) && request.equals(other.request);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zones, firewalls, nodes, overrides, request);
    }

    @Override
    public String toString() {
        return "Design[" + zones.size() + " zones, " + firewalls.size() + " firewalls, " + nodes.size() + " nodes]";
    }
}
