package io.portolan.engine;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The zones and firewalls of a design as a graph: a zone vertex per zone, a firewall vertex per
 * firewall, an edge where a firewall joins a zone. A path between two zones alternates zones and
 * firewalls, so the shortest path passes the fewest firewalls; breadth-first search in design order
 * breaks ties the same way every time.
 *
 * <p>A zone that no firewall joins has not been wired up yet: a crossing to or from it is charged to an
 * implicit boundary named after the two zones. Two zones that both have firewalls but no path between
 * them are unroutable.
 */
public final class ZoneGraph {

    private static final String ZONE = "z:";
    private static final String FIREWALL = "f:";

    private final Design design;
    private final Graph<String, DefaultEdge> graph;
    private final Map<String, Boundary> firewallBoundaries = new HashMap<>();
    private final Set<String> wiredZones = new HashSet<>();
    private final Map<String, Integer> zoneOrder = new HashMap<>();
    private final BFSShortestPath<String, DefaultEdge> search;
    /** The breadth-first tree from each zone routes have left so far: one search per zone, not one per pair of zones. */
    private final Map<String, ShortestPathAlgorithm.SingleSourcePaths<String, DefaultEdge>> treesFrom = new ConcurrentHashMap<>();

    /** The graph of a design's zones and firewalls, built once for one analysis. */
    public ZoneGraph(Design design) {
        this.design = design;
        this.graph = new SimpleGraph<>(DefaultEdge.class);
        List<Zone> zones = design.zones();
        for (int i = 0; i < zones.size(); i++) {
            graph.addVertex(ZONE + zones.get(i).id());
            zoneOrder.put(zones.get(i).id(), i);
        }
        for (Firewall firewall : design.firewalls()) {
            graph.addVertex(FIREWALL + firewall.id());
            firewallBoundaries.put(firewall.id(), new Boundary(firewall.id(), firewall.name(), false, firewall.zoneIds()));
            for (String zoneId : firewall.zoneIds()) {
                graph.addEdge(FIREWALL + firewall.id(), ZONE + zoneId);
                wiredZones.add(zoneId);
            }
        }
        this.search = new BFSShortestPath<>(graph);
    }

    /** The route from one zone to another; either id may be null for a node outside every zone. */
    public Route route(String fromZoneId, String toZoneId) {
        if (fromZoneId == null || toZoneId == null) {
            return Route.UNZONED;
        }
        if (fromZoneId.equals(toZoneId)) {
            return Route.SAME_ZONE;
        }
        if (!wiredZones.contains(fromZoneId) || !wiredZones.contains(toZoneId)) {
            return new Route(Crossing.CROSSING, List.of(new Hop(implicitBoundary(fromZoneId, toZoneId), fromZoneId, toZoneId)));
        }
        GraphPath<String, DefaultEdge> path = treesFrom.computeIfAbsent(fromZoneId, zone -> search.getPaths(ZONE + zone))
                .getPath(ZONE + toZoneId);
        if (path == null) {
            return Route.UNROUTABLE;
        }
        List<String> vertices = path.getVertexList();
        List<Hop> hops = new ArrayList<>(vertices.size() / 2);
        for (int i = 1; i < vertices.size() - 1; i += 2) {
            String firewallId = vertices.get(i).substring(FIREWALL.length());
            String entered = vertices.get(i - 1).substring(ZONE.length());
            String left = vertices.get(i + 1).substring(ZONE.length());
            hops.add(new Hop(firewallBoundaries.get(firewallId), entered, left));
        }
        return new Route(Crossing.CROSSING, hops);
    }

    /** The implicit boundary between two zones, the same object for both directions. */
    public Boundary implicitBoundary(String zoneA, String zoneB) {
        boolean aFirst = zoneOrder.getOrDefault(zoneA, 0) <= zoneOrder.getOrDefault(zoneB, 0);
        String first = aFirst ? zoneA : zoneB;
        String second = aFirst ? zoneB : zoneA;
        String name = zoneName(first) + " / " + zoneName(second) + " boundary";
        return new Boundary("boundary:" + first + ":" + second, name, true, List.of(first, second));
    }

    private String zoneName(String zoneId) {
        return design.zone(zoneId).map(Zone::name).orElse(zoneId);
    }
}
