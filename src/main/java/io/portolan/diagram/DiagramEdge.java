package io.portolan.diagram;

import io.portolan.engine.Crossing;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.NodePairFlows;
import io.portolan.model.Design;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One edge of the diagram: the traffic between two nodes, both ways.
 *
 * @param firstId the node the edge is drawn from
 * @param secondId the node it is drawn to
 * @param forward the ports from first to second ({@code TCP 80, 443 | UDP 443}), or null when there are none
 * @param backward the ports from second to first, or null
 * @param crossing how the traffic crosses zones (the most serious of the two ways)
 * @param firewalls the names of the boundaries passed, each once
 * @param waypoints the ids of the design's firewalls the edge runs through, from first to second
 */
public record DiagramEdge(String firstId, String secondId, String forward, String backward, Crossing crossing,
                          List<String> firewalls, List<String> waypoints) {

    public DiagramEdge {
        firewalls = List.copyOf(firewalls);
        waypoints = List.copyOf(waypoints);
    }

    /** The edges of an analysis, one per pair of nodes that exchange traffic, in engine order. */
    public static List<DiagramEdge> of(FlowAnalysis analysis) {
        return of(analysis, true);
    }

    /** The edges of an analysis in engine order; without {@code sameZone}, only those whose traffic needs a rule. */
    public static List<DiagramEdge> of(FlowAnalysis analysis, boolean sameZone) {
        Map<String, List<NodePairFlows>> grouped = new LinkedHashMap<>();
        for (NodePairFlows pair : analysis.byNodePair()) {
            String a = pair.source().id();
            String b = pair.destination().id();
            if (!a.equals(b) && (sameZone || pair.needsRule())) {
                grouped.computeIfAbsent(a.compareTo(b) < 0 ? a + '\n' + b : b + '\n' + a, k -> new ArrayList<>(2)).add(pair);
            }
        }
        List<DiagramEdge> edges = new ArrayList<>(grouped.size());
        grouped.values().forEach(pairs -> edges.add(of(pairs, analysis.design())));
        return edges;
    }

    /** The edge of one or both directions between two nodes; the first pair's source is the edge's first node. */
    static DiagramEdge of(List<NodePairFlows> pairs, Design design) {
        NodePairFlows lead = pairs.get(0);
        String first = lead.source().id();
        String forward = null;
        String backward = null;
        Crossing crossing = Crossing.SAME_ZONE;
        Set<String> firewalls = new LinkedHashSet<>();
        for (NodePairFlows pair : pairs) {
            if (pair.source().id().equals(first)) {
                forward = pair.label();
            } else {
                backward = pair.label();
            }
            if (severity(pair.route().crossing()) > severity(crossing)) {
                crossing = pair.route().crossing();
            }
            firewalls.addAll(pair.route().boundaryNames());
        }
        return new DiagramEdge(first, lead.destination().id(), forward, backward, crossing, List.copyOf(firewalls),
                Waypoints.of(lead.route(), design, false));
    }

    /** How serious a way of crossing is, for an edge that carries two: no route beats crossing beats staying. */
    public static int severity(Crossing crossing) {
        return switch (crossing) {
            case SAME_ZONE -> 0;
            case UNZONED -> 1;
            case CROSSING -> 2;
            case UNROUTABLE -> 3;
        };
    }
}
