package io.portolan.ui.canvas;

import io.portolan.diagram.DiagramEdge;
import io.portolan.diagram.Waypoints;
import io.portolan.engine.Crossing;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.NodePairFlows;
import io.portolan.model.Node;
import io.portolan.ui.document.Selection.EdgeKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one edge of the diagram shows: the two nodes (in key order), the port label each way, how the
 * traffic crosses zones and the firewalls it passes. A value, so the canvas redraws an edge only when its
 * model changes.
 *
 * @param key the pair of nodes
 * @param first the node {@code key.first()}
 * @param second the node {@code key.second()}
 * @param forward the label of the flows from first to second, or null when there are none
 * @param backward the label of the flows from second to first, or null
 * @param crossing how the traffic crosses zones (the most serious of the two directions)
 * @param firewalls the names of the boundaries passed, in order, each once
 * @param waypoints the ids of the firewalls the edge runs through, from first to second
 * @param flows the flows of both directions, for the tooltip; left out of equality, since the labels
 *     and the route already say what the edge shows
 */
public record EdgeModel(EdgeKey key, Node first, Node second, String forward, String backward, Crossing crossing,
                        List<String> firewalls, List<String> waypoints, List<Flow> flows) {

    public EdgeModel {
        firewalls = List.copyOf(firewalls);
        waypoints = List.copyOf(waypoints);
        flows = List.copyOf(flows);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EdgeModel other && key.equals(other.key) && first.equals(other.first) && second.equals(other.second)
                && java.util.Objects.equals(forward, other.forward) && java.util.Objects.equals(backward, other.backward)
                && crossing == other.crossing && firewalls.equals(other.firewalls) && waypoints.equals(other.waypoints);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(key, forward, backward, crossing);
    }

    /** One line per flow: {@code Gateway -> StoreFront   TCP 443   Enumeration}. */
    public List<String> details() {
        List<String> lines = new ArrayList<>(flows.size());
        for (Flow flow : flows) {
            lines.add(flow.source().name() + " \u2192 " + flow.destination().name() + "   " + flow.protocolText()
                    + (flow.portText().isEmpty() ? "" : " " + flow.portText()) + "   " + flow.purpose());
        }
        return lines;
    }

    /** True when the traffic stays inside one zone. */
    public boolean sameZone() {
        return crossing == Crossing.SAME_ZONE;
    }

    /** The edges of an analysis, one per pair of nodes that exchange traffic, in engine order. */
    public static List<EdgeModel> of(FlowAnalysis analysis, boolean includeSameZone) {
        Map<EdgeKey, List<NodePairFlows>> grouped = new LinkedHashMap<>();
        for (NodePairFlows pair : analysis.byNodePair()) {
            if (pair.source().id().equals(pair.destination().id())) {
                continue;
            }
            if (!includeSameZone && !pair.needsRule()) {
                continue;
            }
            grouped.computeIfAbsent(EdgeKey.of(pair.source().id(), pair.destination().id()), k -> new ArrayList<>(2)).add(pair);
        }
        List<EdgeModel> models = new ArrayList<>(grouped.size());
        grouped.forEach((key, pairs) -> models.add(build(key, pairs)));
        return models;
    }

    /** The edge of the flows between the key's two nodes (both directions, in engine order). */
    static EdgeModel fromFlows(EdgeKey key, List<Flow> flows) {
        Map<Boolean, List<Flow>> byDirection = new LinkedHashMap<>();
        for (Flow flow : flows) {
            byDirection.computeIfAbsent(flow.source().id().equals(key.first()), d -> new ArrayList<>()).add(flow);
        }
        List<NodePairFlows> pairs = new ArrayList<>(2);
        byDirection.forEach((forward, directed) -> pairs.add(new NodePairFlows(directed.get(0).source(),
                directed.get(0).destination(), directed, io.portolan.engine.PortLabels.label(directed), directed.get(0).route())));
        return build(key, pairs);
    }

    private static EdgeModel build(EdgeKey key, List<NodePairFlows> pairs) {
        Node first = null;
        Node second = null;
        String forward = null;
        String backward = null;
        Crossing crossing = Crossing.SAME_ZONE;
        Set<String> firewalls = new LinkedHashSet<>();
        List<String> waypoints = null;
        List<Flow> flows = new ArrayList<>();
        for (NodePairFlows pair : pairs) {
            boolean isForward = pair.source().id().equals(key.first());
            if (waypoints == null || isForward && pair.route().crossing() == Crossing.CROSSING) {
                waypoints = Waypoints.of(pair.route(), !isForward);
            }
            if (isForward) {
                first = pair.source();
                second = pair.destination();
                forward = pair.label();
            } else {
                first = pair.destination();
                second = pair.source();
                backward = pair.label();
            }
            if (DiagramEdge.severity(pair.route().crossing()) > DiagramEdge.severity(crossing)) {
                crossing = pair.route().crossing();
            }
            firewalls.addAll(pair.route().boundaryNames());
            flows.addAll(pair.flows());
        }
        return new EdgeModel(key, first, second, forward, backward, crossing, List.copyOf(firewalls), waypoints, flows);
    }
}
