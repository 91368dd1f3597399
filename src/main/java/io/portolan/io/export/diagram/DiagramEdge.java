package io.portolan.io.export.diagram;

import io.portolan.engine.Crossing;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.NodePairFlows;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One edge of the picture, as the canvas draws it: the two nodes that exchange traffic (in id order), the port label
 * each way, how the traffic crosses zones and the boundaries it passes.
 *
 * @param first the node whose id sorts first
 * @param second the other node
 * @param forward the ports from first to second, or null when there are none
 * @param backward the ports from second to first, or null
 * @param crossing the most serious of the two directions' crossings
 * @param firewalls the names of the boundaries passed, in order, each once
 */
record DiagramEdge(Node first, Node second, String forward, String backward, Crossing crossing, List<String> firewalls) {

    DiagramEdge {
        firewalls = List.copyOf(firewalls);
    }

    /** The edges of an analysis in engine order; without {@code sameZone}, only those that need a rule. */
    static List<DiagramEdge> of(FlowAnalysis analysis, boolean sameZone) {
        Map<String, List<NodePairFlows>> byPair = new LinkedHashMap<>();
        for (NodePairFlows pair : analysis.byNodePair()) {
            String a = pair.source().id();
            String b = pair.destination().id();
            if (!a.equals(b) && (sameZone || pair.needsRule())) {
                String key = a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
                byPair.computeIfAbsent(key, k -> new ArrayList<>(2)).add(pair);
            }
        }
        List<DiagramEdge> edges = new ArrayList<>(byPair.size());
        byPair.values().forEach(pairs -> edges.add(of(pairs)));
        return edges;
    }

    private static DiagramEdge of(List<NodePairFlows> pairs) {
        NodePairFlows any = pairs.get(0);
        boolean sourceFirst = any.source().id().compareTo(any.destination().id()) <= 0;
        Node first = sourceFirst ? any.source() : any.destination();
        Node second = sourceFirst ? any.destination() : any.source();
        String forward = null;
        String backward = null;
        Crossing crossing = Crossing.SAME_ZONE;
        Set<String> firewalls = new LinkedHashSet<>();
        for (NodePairFlows pair : pairs) {
            if (pair.source().id().equals(first.id())) {
                forward = pair.label();
            } else {
                backward = pair.label();
            }
            if (severity(pair.route().crossing()) > severity(crossing)) {
                crossing = pair.route().crossing();
            }
            firewalls.addAll(pair.route().boundaryNames());
        }
        return new DiagramEdge(first, second, forward, backward, crossing, List.copyOf(firewalls));
    }

    private static int severity(Crossing crossing) {
        return switch (crossing) {
            case SAME_ZONE -> 0;
            case UNZONED -> 1;
            case CROSSING -> 2;
            case UNROUTABLE -> 3;
        };
    }
}
