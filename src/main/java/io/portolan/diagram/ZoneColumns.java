package io.portolan.diagram;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column each zone of a tidied design takes: how many steps it is from the internet, a step being a firewall
 * between two zones or, where none is drawn, traffic between them. Users' zones come first, the DMZ next, the zones
 * behind it after, as engineers draw them; zones no step reaches come last.
 */
final class ZoneColumns {

    private ZoneColumns() {
    }

    /** The column of each zone, by id, from 0. */
    static Map<String, Integer> of(Design design, List<DiagramEdge> edges) {
        Map<String, Set<String>> byFirewall = neighbours(design);
        Map<String, Set<String>> byTraffic = trafficNeighbours(design, edges);
        Map<String, Integer> columns = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (Zone zone : starts(design)) {
            columns.put(zone.id(), 0);
            queue.add(zone.id());
        }
        walk(queue, columns, byFirewall);
        // zones joined to the rest by traffic only, on an implicit boundary
        queue.addAll(columns.keySet());
        walk(queue, columns, byTraffic);
        int last = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (Zone zone : design.zones()) {
            columns.putIfAbsent(zone.id(), last + 1);
        }
        return columns;
    }

    /** Where the walk starts: the internet zones, else the cloud zones, else the first zone. */
    private static List<Zone> starts(Design design) {
        for (ZoneKind kind : List.of(ZoneKind.INTERNET, ZoneKind.CLOUD)) {
            List<Zone> zones = design.zones().stream().filter(z -> z.kind() == kind).toList();
            if (!zones.isEmpty()) {
                return zones;
            }
        }
        return design.zones().isEmpty() ? List.of() : List.of(design.zones().get(0));
    }

    private static void walk(Deque<String> queue, Map<String, Integer> columns, Map<String, Set<String>> neighbours) {
        while (!queue.isEmpty()) {
            String zone = queue.poll();
            for (String next : neighbours.getOrDefault(zone, Set.of())) {
                if (!columns.containsKey(next)) {
                    columns.put(next, columns.get(zone) + 1);
                    queue.add(next);
                }
            }
        }
    }

    private static Map<String, Set<String>> neighbours(Design design) {
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (Firewall firewall : design.firewalls()) {
            for (String a : firewall.zoneIds()) {
                for (String b : firewall.zoneIds()) {
                    if (!a.equals(b)) {
                        neighbours.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
                    }
                }
            }
        }
        return neighbours;
    }

    private static Map<String, Set<String>> trafficNeighbours(Design design, List<DiagramEdge> edges) {
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (DiagramEdge edge : edges) {
            String a = design.node(edge.firstId()).map(Node::zoneId).orElse(null);
            String b = design.node(edge.secondId()).map(Node::zoneId).orElse(null);
            if (a != null && b != null && !a.equals(b)) {
                neighbours.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
                neighbours.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
            }
        }
        return neighbours;
    }
}
