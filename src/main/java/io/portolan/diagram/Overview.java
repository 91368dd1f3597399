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
    /** The size of a zone in an overview: room for its box and the labels beside it. */
    static final double ZONE_WIDTH = 300;
    static final double ZONE_HEIGHT = 240;

    /** True when the design is too large to draw node by node. */
    static boolean needed(Design design, int edgeCount) {
        return design.nodes().size() > MAX_NODES || edgeCount > MAX_EDGES;
    }

    /** The overview of the analysis's design, whose edges drawn node by node are given, too many to draw one by one. */
    static Overview of(FlowAnalysis analysis, List<DiagramEdge> nodeEdges) {
        return of(analysis, nodeEdges, 0);
    }

    /**
     * The overview of the analysis's design, whose edges drawn node by node are given: too many to draw one by one, or
     * when {@code unlabelled} is more than 0, so crowded that that many of their labels find no room.
     */
    static Overview of(FlowAnalysis analysis, List<DiagramEdge> nodeEdges, int unlabelled) {
        int edgeCount = nodeEdges.size();
        Design design = compact(analysis.design(), nodeEdges);
        Map<String, List<Node>> byZone = new LinkedHashMap<>();
        for (Node node : design.nodes()) {
            byZone.computeIfAbsent(node.zoneId() == null ? OUTSIDE : node.zoneId(), k -> new ArrayList<>()).add(node);
        }
        Map<String, Node> boxes = new LinkedHashMap<>();
        Design original = analysis.design();
        Map<String, String> details = new HashMap<>();
        byZone.forEach((zoneId, nodes) -> {
            Node box = box(design, zoneId, nodes);
            boxes.put(zoneId, box);
            details.put(box.id(), typesOf(analysis, nodes));
        });
        Design overview = new Design(design.zones(), design.firewalls(), List.copyOf(boxes.values()), io.portolan.model.FlowOverrides.NONE,
                design.request());
        List<DiagramEdge> edges = zoneEdges(analysis, boxes, overview);
        String why = unlabelled > 0
                ? " edges are drawn so close together that " + number(unlabelled) + " of their labels find no room"
                : " edges are too many to draw one by one (more than " + MAX_NODES + " nodes or " + number(MAX_EDGES) + " edges)";
        String note = "Overview: " + number(original.nodes().size()) + " nodes and " + number(edgeCount) + why
                + ", so each zone shows one box and each pair of zones one edge with its flows and ports.";
        return new Overview(overview, edges, details, note);
    }

    /**
     * The zones and firewalls of the design rearranged for an overview: each zone as large as one box needs, the zones
     * in columns by how many firewalls they are from the internet, each firewall in a gap between its zones. Drawn
     * where the design has them, the zones of a large design would make a picture too large to read.
     */
    static Design compact(Design design, List<DiagramEdge> edges) {
        Map<String, Integer> columns = ZoneColumns.of(design, edges);
        Map<String, Bounds> zones = new HashMap<>();
        double[] stacked = new double[columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
        for (Zone zone : design.zones()) {
            int column = columns.get(zone.id());
            zones.put(zone.id(), new Bounds(column * 1e6, stacked[column], ZONE_WIDTH, ZONE_HEIGHT));
            stacked[column] += ZONE_HEIGHT + TidyColumns.STACK_GAP;
        }
        Design skeleton = new Design(design.zones(), design.firewalls(), List.of(), io.portolan.model.FlowOverrides.NONE,
                design.request());
        Arrangement arranged = TidyColumns.align(skeleton, zones, Map.of(), Point.ORIGIN);
        List<Zone> placed = design.zones().stream().map(z -> z.withBounds(arranged.zones().get(z.id()))).toList();
        List<io.portolan.model.Firewall> firewalls = design.firewalls().stream()
                .map(f -> f.withPosition(arranged.firewalls().getOrDefault(f.id(), f.position()))).toList();
        return new Design(placed, firewalls, design.nodes(), design.overrides(), design.request());
    }

    /** The box standing for the nodes of a zone: at the zone's centre, or amid the nodes outside every zone. */
    private static Node box(Design design, String zoneId, List<Node> nodes) {
        Point at;
        Zone zone = design.zone(zoneId).orElse(null);
        if (zone != null) {
            Bounds b = zone.bounds();
            at = new Point(b.x() + b.width() / 2, b.y() + b.height() / 2);
        } else {
            // under the zones
            double bottom = design.zones().stream().mapToDouble(z -> z.bounds().y() + z.bounds().height()).max().orElse(0);
            at = new Point(ZONE_WIDTH / 2, bottom + ZONE_HEIGHT / 2);
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

    /** What the nodes are: their type's name when they share one, else how many types ({@code 4 types}). */
    private static String typesOf(FlowAnalysis analysis, List<Node> nodes) {
        java.util.Set<String> types = new java.util.TreeSet<>();
        nodes.forEach(n -> types.add(n.typeId()));
        if (types.size() == 1) {
            String type = types.iterator().next();
            return analysis.catalog().type(type).map(ComponentType::name).orElse(type);
        }
        return types.size() + " types";
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
