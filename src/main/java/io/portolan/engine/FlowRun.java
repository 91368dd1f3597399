package io.portolan.engine;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.PortRule;
import io.portolan.engine.RuleIndex.IndexedRule;
import io.portolan.engine.RuleIndex.Term;
import io.portolan.model.Design;
import io.portolan.model.FlowKey;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass of the engine over a design: the flows of every rule between the placed nodes, in engine order, each with
 * where it comes from ({@link FlowOrder}). A pass may be limited to the pairs of nodes at least one of which changed,
 * for an edit of a design already analysed.
 */
final class FlowRun {

    private final RuleIndex index;
    private final Catalog catalog;
    private final Design design;
    private final ZoneGraph graph;
    private final boolean[] changed;
    private final Map<String, List<Node>> nodesByType = new HashMap<>();
    /** By type, the places in its list of {@link #nodesByType} of the changed nodes. */
    private final Map<String, int[]> changedByType = new HashMap<>();
    /** By type, whether each node of its list in {@link #nodesByType} changed. */
    private final Map<String, boolean[]> changedFlagsByType = new HashMap<>();
    private final Map<Node, Integer> position = new IdentityHashMap<>();
    private final Map<String, Integer> zoneIndex = new HashMap<>();
    private final Route[][] routes;
    private final Set<FlowKey> suppressed;
    private final Map<ServiceKey, Integer> sameService = new HashMap<>();
    private final FlowOrder.Builder out;

    /**
     * A pass over the design.
     *
     * @param changed by design position, the nodes whose pairs are worked out; null for every pair
     */
    FlowRun(RuleIndex index, Catalog catalog, Design design, ZoneGraph graph, boolean[] changed) {
        this.index = index;
        this.catalog = catalog;
        this.design = design;
        this.graph = graph;
        this.changed = changed;
        List<Node> nodes = design.nodes();
        Map<String, List<Integer>> changedPlaces = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            position.put(node, i);
            List<Node> ofType = nodesByType.computeIfAbsent(node.typeId(), t -> new ArrayList<>());
            if (changed != null && changed[i]) {
                changedPlaces.computeIfAbsent(node.typeId(), t -> new ArrayList<>()).add(ofType.size());
            }
            ofType.add(node);
        }
        changedPlaces.forEach((type, places) -> {
            int[] at = places.stream().mapToInt(Integer::intValue).toArray();
            boolean[] flags = new boolean[nodesByType.get(type).size()];
            for (int place : at) {
                flags[place] = true;
            }
            changedByType.put(type, at);
            changedFlagsByType.put(type, flags);
        });
        List<Zone> zones = design.zones();
        for (int i = 0; i < zones.size(); i++) {
            zoneIndex.put(zones.get(i).id(), i);
        }
        this.routes = new Route[zones.size()][zones.size()];
        this.suppressed = new HashSet<>(design.overrides().suppressed());
        this.out = new FlowOrder.Builder(changed == null ? Math.max(16, nodes.size() * 8) : 64);
    }

    /** The flows of every rule, in engine order, with their origins. */
    FlowOrder run() {
        List<IndexedRule> rules = index.rules();
        for (int r = 0; r < rules.size(); r++) {
            apply(r, rules.get(r));
        }
        preferTheDesignsVendors();
        return out.build();
    }

    /** The nodes of each type placed, in design order. */
    Map<String, List<Node>> nodesByType() {
        return nodesByType;
    }

    private void apply(int ruleIndex, IndexedRule indexed) {
        for (RuleIndex.Presence presence : indexed.requires()) {
            if (!presence.holds(nodesByType)) {
                return;
            }
        }
        boolean gatewayPlaced = gatewayPlaced(indexed.rule(), nodesByType);
        List<String> fromTypes = indexed.fromTypes();
        List<String> toTypes = indexed.toTypes();
        for (int a = 0; a < fromTypes.size(); a++) {
            List<Node> sources = nodesByType.get(fromTypes.get(a));
            if (sources == null) {
                continue;
            }
            for (int b = 0; b < toTypes.size(); b++) {
                List<Node> destinations = nodesByType.get(toTypes.get(b));
                if (destinations == null || indexed.peer() && !fromTypes.get(a).equals(toTypes.get(b))
                        || changed != null && !changedByType.containsKey(fromTypes.get(a))
                        && !changedByType.containsKey(toTypes.get(b))) {
                    continue;
                }
                new TypePair(indexed, FlowOrder.origin(ruleIndex, a, b), fromTypes.get(a), sources, toTypes.get(b),
                        destinations, gatewayPlaced).emit();
            }
        }
    }

    /** True when a gateway the rule's direct access goes through is placed. */
    static boolean gatewayPlaced(PortRule rule, Map<String, ?> nodesByType) {
        for (String gateway : rule.viaGateways()) {
            if (nodesByType.containsKey(gateway)) {
                return true;
            }
        }
        return false;
    }

    /** The flows of one rule between the nodes of one type and those of another. */
    private final class TypePair {
        private final IndexedRule indexed;
        private final int origin;
        private final String fromType;
        private final List<Node> sources;
        private final String toType;
        private final List<Node> destinations;
        private final boolean gatewayPlaced;
        private final boolean[] destinationHolds;

        TypePair(IndexedRule indexed, int origin, String fromType, List<Node> sources, String toType, List<Node> destinations,
                 boolean gatewayPlaced) {
            this.indexed = indexed;
            this.origin = origin;
            this.fromType = fromType;
            this.sources = sources;
            this.toType = toType;
            this.destinations = destinations;
            this.gatewayPlaced = gatewayPlaced;
            this.destinationHolds = new boolean[destinations.size()];
        }

        void emit() {
            boolean anyDestination = false;
            for (int i = 0; i < destinations.size(); i++) {
                destinationHolds[i] = holds(indexed.terms(), toType, destinations.get(i));
                anyDestination |= destinationHolds[i];
            }
            if (!anyDestination) {
                return;
            }
            FlowReason forward = index.reason(indexed.rule(), fromType, toType);
            FlowReason backward = indexed.rule().bidirectional() ? index.reason(indexed.rule(), toType, fromType) : null;
            int[] changedDestinations = changed == null ? null : changedByType.get(toType);
            boolean[] changedSources = changed == null ? null : changedFlagsByType.get(fromType);
            for (int k = 0; k < sources.size(); k++) {
                Node source = sources.get(k);
                boolean allDestinations = changed == null || changedSources != null && changedSources[k];
                if (!allDestinations && changedDestinations == null
                        || !holds(indexed.terms(), fromType, source) || gatewayPlaced && onInternet(source)) {
                    continue;
                }
                if (allDestinations) {
                    for (int i = 0; i < destinations.size(); i++) {
                        emit(source, destinations.get(i), i, forward, backward);
                    }
                } else {
                    for (int i : changedDestinations) {
                        emit(source, destinations.get(i), i, forward, backward);
                    }
                }
            }
        }

        private void emit(Node source, Node destination, int i, FlowReason forward, FlowReason backward) {
            // A row a gateway stands in for is direct access between a client and a server; the client on
            // the internet may be either end (a console shadowing a client is the client's destination).
            if (!destinationHolds[i] || source == destination && source.count() == 1
                    || gatewayPlaced && onInternet(destination)) {
                return;
            }
            int s = position.get(source);
            int d = position.get(destination);
            add(indexed, forward, source, destination, origin, s, d);
            if (backward != null && source != destination) {
                add(indexed, backward, destination, source, origin | 1, s, d);
            }
        }
    }

    /**
     * Adds the flow, or where a rule of its service group already gave one between the same addresses of the two
     * nodes, its reason to that flow; a rule whose port is a setting takes the destination node's port.
     */
    private void add(IndexedRule indexed, FlowReason reason, Node source, Node destination, int origin, int s, int d) {
        if (!suppressed.isEmpty() && suppressed.contains(new FlowKey(reason.ruleId(), source.id(), destination.id()))) {
            return;
        }
        PortRule rule = indexed.rule();
        if (rule.portSetting() != null) {
            String note = "the " + index.settingName(destination.typeId(), rule.portSetting()) + " set on " + destination.name();
            out.add(Flow.of(source, destination, reason, route(source, destination),
                    index.settingPort(destination, rule.portSetting()), note), origin, s, d);
            return;
        }
        if (indexed.serviceGroup() < 0) {
            out.add(Flow.of(source, destination, reason, route(source, destination)), origin, s, d);
            return;
        }
        ServiceKey key = new ServiceKey(source, destination, indexed.serviceGroup(), source.address(reason.fromAddress()),
                destination.address(reason.toAddress()));
        Integer at = sameService.get(key);
        if (at == null) {
            sameService.put(key, out.size());
            out.add(Flow.of(source, destination, reason, route(source, destination)), origin, s, d);
        } else {
            out.set(at, out.get(at).withReason(reason));
        }
    }

    /**
     * Where two vendors' documents give the same service (HP Anyware's and Teradici's license-server rows), a flow
     * of a design that holds only one of the vendors' components cites that vendor's rows; with both or neither, all.
     */
    private void preferTheDesignsVendors() {
        Set<String> vendors = new HashSet<>();
        for (String typeId : nodesByType.keySet()) {
            catalog.type(typeId).ifPresent(t -> vendors.add(t.vendor()));
        }
        for (Integer at : sameService.values()) {
            Flow flow = out.get(at);
            if (flow.reasons().size() < 2) {
                continue;
            }
            List<FlowReason> kept = flow.reasons().stream().filter(r -> vendors.contains(index.vendorOf(r.rule()))).toList();
            if (!kept.isEmpty() && kept.size() < flow.reasons().size()) {
                out.set(at, flow.withReasons(kept));
            }
        }
    }

    static boolean holds(List<Term> terms, String typeId, Node node) {
        for (Term term : terms) {
            if (!term.holds(typeId, node.features())) {
                return false;
            }
        }
        return true;
    }

    private boolean onInternet(Node node) {
        return design.zone(node.zoneId()).map(z -> z.kind() == ZoneKind.INTERNET).orElse(false);
    }

    /** The route from the source's zone to the destination's, worked out once per pair of zones. */
    Route route(Node source, Node destination) {
        Integer from = source.zoneId() == null ? null : zoneIndex.get(source.zoneId());
        Integer to = destination.zoneId() == null ? null : zoneIndex.get(destination.zoneId());
        if (from == null || to == null) {
            return Route.UNZONED;
        }
        Route route = routes[from][to];
        if (route == null) {
            route = graph.route(source.zoneId(), destination.zoneId());
            routes[from][to] = route;
        }
        return route;
    }

    /** One service between two addresses of two nodes: where a flow of a service group sits in the list. */
    private record ServiceKey(Node source, Node destination, int group, String sourceAddress, String destinationAddress) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ServiceKey other && source == other.source && destination == other.destination
                    && group == other.group && sourceAddress.equals(other.sourceAddress)
                    && destinationAddress.equals(other.destinationAddress);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(source) * 31 + System.identityHashCode(destination)) * 31 + group;
        }
    }
}
