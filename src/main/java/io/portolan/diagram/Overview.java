package io.portolan.diagram;

import io.portolan.catalog.ComponentType;
import io.portolan.engine.Crossing;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.NodePairFlows;
import io.portolan.engine.PortLabels;
import io.portolan.engine.Route;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The picture of a design too large to draw node by node: each zone holds one box that counts its nodes and names
 * their commonest types, and each pair of zones that talk gets one edge, through the firewalls between them, labelled
 * with the flows, the pairs of nodes and the ports each way. Drawn node by node, thousands of nodes and tens of
 * thousands of edges make a hairball that says nothing and takes minutes to lay out.
 *
 * @param design the zones, the firewalls and one box per zone
 * @param edges one edge per pair of zones that exchange traffic
 * @param details what each box holds, by box id
 * @param note what the picture says about itself
 */
record Overview(Design design, List<DiagramEdge> edges, Map<String, String> details, String note) {

    /** Past this many nodes a picture is an overview. */
    static final int MAX_NODES = 400;
    /** Past this many edges (pairs of nodes that talk) a picture is an overview. */
    static final int MAX_EDGES = 3000;
    private static final String OUTSIDE = "";
    private static final int TYPES_NAMED = 2;

    /** True when the design is too large to draw node by node. */
    static boolean needed(Design design, int edgeCount) {
        return design.nodes().size() > MAX_NODES || edgeCount > MAX_EDGES;
    }

    /** The overview of the analysis's design, which has {@code edgeCount} edges drawn node by node. */
    static Overview of(FlowAnalysis analysis, int edgeCount) {
        Design design = analysis.design();
        Map<String, List<Node>> byZone = new LinkedHashMap<>();
        for (Node node : design.nodes()) {
            byZone.computeIfAbsent(node.zoneId() == null ? OUTSIDE : node.zoneId(), k -> new ArrayList<>()).add(node);
        }
        Map<String, Node> boxes = new LinkedHashMap<>();
        Map<String, String> details = new HashMap<>();
        byZone.forEach((zoneId, nodes) -> {
            Node box = box(design, zoneId, nodes);
            boxes.put(zoneId, box);
            details.put(box.id(), typesOf(analysis, nodes));
        });
        Design overview = new Design(design.zones(), design.firewalls(), List.copyOf(boxes.values()), io.portolan.model.FlowOverrides.NONE,
                design.request());
        List<DiagramEdge> edges = zoneEdges(analysis, boxes, overview);
        String note = "Overview: " + number(design.nodes().size()) + " nodes and " + number(edgeCount)
                + " edges are too many to draw one by one (more than " + MAX_NODES + " nodes or " + number(MAX_EDGES)
                + " edges), so each zone shows one box and each pair of zones one edge with its flows and ports.";
        return new Overview(overview, edges, details, note);
    }

    /** The box standing for the nodes of a zone: at the zone's centre, or amid the nodes outside every zone. */
    private static Node box(Design design, String zoneId, List<Node> nodes) {
        Point at;
        Zone zone = design.zone(zoneId).orElse(null);
        if (zone != null) {
            Bounds b = zone.bounds();
            at = new Point(b.x() + b.width() / 2, b.y() + Math.min(b.height() / 2, 70 + b.height() / 4));
        } else {
            at = new Point(nodes.stream().mapToDouble(n -> n.position().x()).average().orElse(0),
                    nodes.stream().mapToDouble(n -> n.position().y()).average().orElse(0));
        }
        int machines = nodes.stream().mapToInt(Node::count).sum();
        String name = number(nodes.size()) + (nodes.size() == 1 ? " node" : " nodes")
                + (machines > nodes.size() ? " (" + number(machines) + " machines)" : "");
        String id = "overview:" + (zone == null ? "outside" : zoneId);
        while (design.containsId(id)) {
            id = id + "'";
        }
        return new Node(id, "overview", name, "", "", zone == null ? null : zoneId, at, List.of(), 1);
    }

    /** The commonest types among the nodes, most first: {@code Virtual Delivery Agent 1,200, StoreFront 4, 3 more types}. */
    private static String typesOf(FlowAnalysis analysis, List<Node> nodes) {
        Map<String, Integer> counts = new HashMap<>();
        nodes.forEach(n -> counts.merge(n.typeId(), 1, Integer::sum));
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(TYPES_NAMED, sorted.size()); i++) {
            String type = sorted.get(i).getKey();
            parts.add(analysis.catalog().type(type).map(ComponentType::name).orElse(type) + " " + number(sorted.get(i).getValue()));
        }
        if (sorted.size() > TYPES_NAMED) {
            parts.add((sorted.size() - TYPES_NAMED) + " more types");
        }
        return String.join(", ", parts);
    }

    /** One edge per pair of zones that talk, both ways, through the firewalls of the route between them. */
    private static List<DiagramEdge> zoneEdges(FlowAnalysis analysis, Map<String, Node> boxes, Design overview) {
        Map<String, ZonePair> pairs = new LinkedHashMap<>();
        for (NodePairFlows pair : analysis.byNodePair()) {
            String from = zoneOf(pair.source());
            String to = zoneOf(pair.destination());
            if (from.equals(to)) {
                continue;
            }
            boolean forward = from.compareTo(to) < 0;
            ZonePair zones = pairs.computeIfAbsent(forward ? from + '\n' + to : to + '\n' + from,
                    k -> new ZonePair(forward ? from : to, forward ? to : from, pair.route()));
            zones.add(pair, forward);
        }
        List<DiagramEdge> edges = new ArrayList<>(pairs.size());
        for (ZonePair zones : pairs.values()) {
            edges.add(zones.edge(boxes, overview));
        }
        return edges;
    }

    private static String zoneOf(Node node) {
        return node.zoneId() == null ? OUTSIDE : node.zoneId();
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    /** The traffic between two zones, each way, as the flows of the node pairs it gathers. */
    private static final class ZonePair {
        private final String first;
        private final String second;
        private final Route route;
        private final List<Flow> forward = new ArrayList<>();
        private final List<Flow> backward = new ArrayList<>();
        private int forwardPairs;
        private int backwardPairs;
        private Crossing crossing = Crossing.SAME_ZONE;
        private final java.util.Set<String> firewalls = new java.util.LinkedHashSet<>();

        ZonePair(String first, String second, Route route) {
            this.first = first;
            this.second = second;
            this.route = route;
        }

        void add(NodePairFlows pair, boolean isForward) {
            (isForward ? forward : backward).addAll(pair.flows());
            if (isForward) {
                forwardPairs++;
            } else {
                backwardPairs++;
            }
            if (DiagramEdge.severity(pair.route().crossing()) > DiagramEdge.severity(crossing)) {
                crossing = pair.route().crossing();
            }
            firewalls.addAll(pair.route().boundaryNames());
        }

        DiagramEdge edge(Map<String, Node> boxes, Design overview) {
            boolean routeForward = route.hops().isEmpty() || first.equals(route.hops().get(0).fromZoneId());
            return new DiagramEdge(boxes.get(first).id(), boxes.get(second).id(), label(forward, forwardPairs),
                    label(backward, backwardPairs), crossing, List.copyOf(firewalls), Waypoints.of(route, overview, !routeForward));
        }

        private static String label(List<Flow> flows, int pairs) {
            if (flows.isEmpty()) {
                return null;
            }
            return number(flows.size()) + (flows.size() == 1 ? " flow" : " flows") + " of " + number(pairs)
                    + (pairs == 1 ? " pair: " : " pairs: ") + PortLabels.label(flows);
        }
    }
}
