package io.portolan.engine;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.PortRule;
import io.portolan.engine.RuleIndex.IndexedRule;
import io.portolan.engine.RuleIndex.Term;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.FlowKey;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out every flow of a design: for each network rule of the catalog whose condition holds, one
 * flow per pair of placed nodes whose types match the rule's ends; then the design's custom flows.
 * Each flow carries its route through the zone graph.
 *
 * <p>Flows come out rule by rule in catalog order, then source and destination in design order, so the
 * same design always gives the same flows. The engine keeps nothing between calls but the catalog's
 * rule index.
 */
public final class FlowEngine {

    private final Catalog catalog;
    private final RuleIndex index;

    /** An engine for designs drawn from the catalog; the catalog's rules are indexed once, here. */
    public FlowEngine(Catalog catalog) {
        this.catalog = catalog;
        this.index = new RuleIndex(catalog);
    }

    /** The catalog the engine matches designs against. */
    public Catalog catalog() {
        return catalog;
    }

    /** Every flow of the design, with routes, views and warnings. */
    public FlowAnalysis analyze(Design design) {
        Run run = new Run(design);
        for (IndexedRule rule : index.rules()) {
            run.apply(rule);
        }
        run.preferTheDesignsVendors();
        for (CustomFlow custom : design.overrides().custom()) {
            run.addCustom(custom);
        }
        return new FlowAnalysis(design, catalog, run.graph, run.flows, run.standIns);
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

    /** The state of one analysis: the design's nodes by type and the routes found so far. */
    private final class Run {
        private final Design design;
        private final ZoneGraph graph;
        private final Map<String, List<Node>> nodesByType = new HashMap<>();
        private final Map<String, Integer> zoneIndex = new HashMap<>();
        private final Route[][] routes;
        private final Set<FlowKey> suppressed;
        private final List<Flow> flows;
        private final Map<ServiceKey, Integer> sameService = new HashMap<>();
        private final List<StandIn> standIns = new ArrayList<>();

        Run(Design design) {
            this.design = design;
            this.graph = new ZoneGraph(design);
            for (Node node : design.nodes()) {
                nodesByType.computeIfAbsent(node.typeId(), t -> new ArrayList<>()).add(node);
            }
            List<Zone> zones = design.zones();
            for (int i = 0; i < zones.size(); i++) {
                zoneIndex.put(zones.get(i).id(), i);
            }
            this.routes = new Route[zones.size()][zones.size()];
            this.suppressed = new HashSet<>(design.overrides().suppressed());
            this.flows = new ArrayList<>(Math.max(16, design.nodes().size() * 8));
        }

        void apply(IndexedRule indexed) {
            for (RuleIndex.Presence presence : indexed.requires()) {
                if (!presence.holds(nodesByType)) {
                    return;
                }
            }
            boolean gatewayPlaced = false;
            for (String gateway : indexed.rule().viaGateways()) {
                gatewayPlaced |= nodesByType.containsKey(gateway);
            }
            for (String fromType : indexed.fromTypes()) {
                List<Node> sources = nodesByType.get(fromType);
                if (sources == null) {
                    continue;
                }
                for (String toType : indexed.toTypes()) {
                    List<Node> destinations = nodesByType.get(toType);
                    if (destinations == null || indexed.peer() && !fromType.equals(toType)) {
                        continue;
                    }
                    pair(indexed, fromType, sources, toType, destinations, gatewayPlaced);
                }
            }
        }

        private void pair(IndexedRule indexed, String fromType, List<Node> sources, String toType, List<Node> destinations,
                          boolean gatewayPlaced) {
            boolean[] destinationHolds = new boolean[destinations.size()];
            boolean anyDestination = false;
            for (int i = 0; i < destinations.size(); i++) {
                destinationHolds[i] = holds(indexed.terms(), toType, destinations.get(i));
                anyDestination |= destinationHolds[i];
            }
            if (!anyDestination) {
                return;
            }
            boolean bidirectional = indexed.rule().bidirectional();
            FlowReason forward = index.reason(indexed.rule(), fromType, toType);
            FlowReason backward = bidirectional ? index.reason(indexed.rule(), toType, fromType) : null;
            for (Node source : sources) {
                if (!holds(indexed.terms(), fromType, source)) {
                    continue;
                }
                if (gatewayPlaced && onInternet(source)) {
                    standIn(indexed.rule(), source, destinations, destinationHolds);
                    continue;
                }
                for (int i = 0; i < destinations.size(); i++) {
                    Node destination = destinations.get(i);
                    // A row a gateway stands in for is direct access between a client and a server; the client on
                    // the internet may be either end (a console shadowing a client is the client's destination).
                    if (!destinationHolds[i] || source == destination && source.count() == 1
                            || gatewayPlaced && onInternet(destination)) {
                        continue;
                    }
                    add(indexed, forward, source, destination);
                    if (bidirectional && source != destination) {
                        add(indexed, backward, destination, source);
                    }
                }
            }
        }

        /**
         * Adds the flow, or where a rule of its service group already gave one between the two nodes, its reason to that
         * flow; a rule whose port is a setting takes the destination node's port.
         */
        private void add(IndexedRule indexed, FlowReason reason, Node source, Node destination) {
            if (!suppressed.isEmpty() && suppressed.contains(new FlowKey(reason.ruleId(), source.id(), destination.id()))) {
                return;
            }
            if (indexed.rule().portSetting() != null) {
                addSetting(reason, source, destination);
                return;
            }
            int serviceGroup = indexed.serviceGroup();
            if (serviceGroup < 0) {
                flows.add(Flow.of(source, destination, reason, route(source, destination)));
                return;
            }
            ServiceKey key = new ServiceKey(source, destination, serviceGroup, source.address(reason.fromAddress()),
                    destination.address(reason.toAddress()));
            Integer at = sameService.get(key);
            if (at == null) {
                sameService.put(key, flows.size());
                flows.add(Flow.of(source, destination, reason, route(source, destination)));
            } else {
                flows.set(at, flows.get(at).withReason(reason));
            }
        }

        /** Records that a placed gateway stands in for the client's direct access to the first server it would reach. */
        private void standIn(PortRule rule, Node client, List<Node> servers, boolean[] serverHolds) {
            for (int i = 0; i < servers.size(); i++) {
                if (serverHolds[i] && !onInternet(servers.get(i))) {
                    standIns.add(new StandIn(rule, client, servers.get(i)));
                    return;
                }
            }
        }

        /** Adds the flow of a rule whose port is a setting of the destination node. */
        private void addSetting(FlowReason reason, Node source, Node destination) {
            String setting = reason.rule().portSetting();
            String note = "the " + index.settingName(destination.typeId(), setting) + " set on " + destination.name();
            flows.add(Flow.of(source, destination, reason, route(source, destination), index.settingPort(destination, setting), note));
        }

        /**
         * Where two vendors' documents give the same service (HP Anyware's and Teradici's license-server rows), a flow
         * of a design that holds only one of the vendors' components cites that vendor's rows; with both or neither, all.
         */
        void preferTheDesignsVendors() {
            Set<String> vendors = new HashSet<>();
            for (String typeId : nodesByType.keySet()) {
                catalog.type(typeId).ifPresent(t -> vendors.add(t.vendor()));
            }
            for (Integer at : sameService.values()) {
                Flow flow = flows.get(at);
                if (flow.reasons().size() < 2) {
                    continue;
                }
                List<FlowReason> kept = flow.reasons().stream().filter(r -> vendors.contains(index.vendorOf(r.rule()))).toList();
                if (!kept.isEmpty() && kept.size() < flow.reasons().size()) {
                    flows.set(at, flow.withReasons(kept));
                }
            }
        }

        void addCustom(CustomFlow custom) {
            Node source = design.node(custom.sourceId()).orElseThrow();
            Node destination = design.node(custom.destinationId()).orElseThrow();
            flows.add(Flow.of(source, destination, custom, route(source, destination)));
        }

        private static boolean holds(List<Term> terms, String typeId, Node node) {
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

        private Route route(Node source, Node destination) {
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
    }
}
