package io.portolan.diagram;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import java.util.List;
import java.util.Set;

/**
 * Where an edge runs: from its first node through the icon of each firewall it crosses, in order, to its second node,
 * stepping around the nodes in its way. An edge within one zone runs straight. The nodes are filed once in a
 * {@link BoxIndex}, so routing every edge of a large design costs about the length of each edge, not the number of
 * nodes.
 */
public final class EdgeRouter {

    /** How far an edge keeps from a node it passes. */
    static final double CLEARANCE = 10;
    /** How many times one leg steps around something before it gives up and runs on. */
    private static final int MAX_DETOURS = 3;
    /** Past this many nodes in its way a leg runs straight: nodes packed that close leave no way around. */
    private static final int CROWDED = 6;
    private static final double CELL = 160;

    private final Design design;
    private final DiagramShapes shapes;
    private final BoxIndex<Node> bodies = new BoxIndex<>(CELL);

    /** A router for the design's edges, the nodes sized as the shapes say. */
    public EdgeRouter(Design design, DiagramShapes shapes) {
        this.design = design;
        this.shapes = shapes;
        for (Node node : design.nodes()) {
            bodies.add(shapes.footprint(node).grow(CLEARANCE), node);
        }
    }

    /**
     * The route of an edge as a polyline ({@code x0, y0, x1, y1, ...}): it starts on the first node's border, passes
     * the centre of each firewall icon named (ids of the design's firewalls, first to second), and ends on the second
     * node's border. {@code direct} routes straight, through the firewalls only.
     */
    public double[] route(Node first, Node second, List<String> firewallIds, boolean direct) {
        Polyline line = new Polyline();
        Box from = shapes.node(first);
        Box to = shapes.node(second);
        line.add(from.centreX(), from.centreY());
        Set<Node> ends = Set.of(first, second);
        for (String id : firewallIds) {
            Firewall firewall = design.firewall(id).orElse(null);
            if (firewall != null) {
                Box icon = shapes.firewall(firewall);
                leg(line, icon.centreX(), icon.centreY(), ends, direct ? 0 : MAX_DETOURS);
            }
        }
        leg(line, to.centreX(), to.centreY(), ends, direct ? 0 : MAX_DETOURS);
        return line.clipped(from, to);
    }

    /** Runs on from the last point to (x, y), stepping around the nodes in the way, up to {@code depth} times. */
    private void leg(Polyline line, double x, double y, Set<Node> ends, int depth) {
        double ax = line.lastX();
        double ay = line.lastY();
        if (Math.hypot(x - ax, y - ay) < 1) {
            return;
        }
        Box obstacle = depth == 0 ? null : firstInTheWay(ax, ay, x, y, ends);
        if (obstacle == null) {
            line.add(x, y);
            return;
        }
        double[] bypass = bypass(ax, ay, x, y, obstacle);
        if (bypass == null) {
            line.add(x, y);
            return;
        }
        leg(line, bypass[0], bypass[1], ends, depth - 1);
        leg(line, bypass[2], bypass[3], ends, depth - 1);
        leg(line, x, y, ends, depth - 1);
    }

    /** The body nearest the start that the segment passes through, other than the edge's own ends and what holds an end. */
    private Box firstInTheWay(double ax, double ay, double bx, double by, Set<Node> ends) {
        Box nearest = null;
        double nearestT = Double.MAX_VALUE;
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        List<BoxIndex.Entry<Node>> hits = bodies.crossedBy(ax, ay, bx, by, CROWDED + 1);
        if (hits.size() > CROWDED) {
            return null;
        }
        for (BoxIndex.Entry<Node> hit : hits) {
            Box box = hit.box();
            if (ends.contains(hit.item()) || box.contains(ax, ay) || box.contains(bx, by)) {
                continue;
            }
            double t = ((box.centreX() - ax) * dx + (box.centreY() - ay) * dy) / lengthSquared;
            if (t < nearestT) {
                nearestT = t;
                nearest = box;
            }
        }
        return nearest;
    }

    /**
     * Two points that take the segment around the box on its nearer side, parallel to the segment: one level with
     * where the box begins along it, one with where it ends. Null when the box reaches past either end.
     */
    static double[] bypass(double ax, double ay, double bx, double by, Box box) {
        double length = Math.hypot(bx - ax, by - ay);
        double ux = (bx - ax) / length;
        double uy = (by - ay) / length;
        double nx = -uy;
        double ny = ux;
        double minU = Double.MAX_VALUE;
        double maxU = -Double.MAX_VALUE;
        double minN = Double.MAX_VALUE;
        double maxN = -Double.MAX_VALUE;
        double[][] corners = {{box.x(), box.y()}, {box.maxX(), box.y()}, {box.x(), box.maxY()}, {box.maxX(), box.maxY()}};
        for (double[] c : corners) {
            double u = (c[0] - ax) * ux + (c[1] - ay) * uy;
            double n = (c[0] - ax) * nx + (c[1] - ay) * ny;
            minU = Math.min(minU, u);
            maxU = Math.max(maxU, u);
            minN = Math.min(minN, n);
            maxN = Math.max(maxN, n);
        }
        if (minU <= 0 || maxU >= length) {
            return null;
        }
        double side = Math.abs(maxN) <= Math.abs(minN) ? maxN + 1 : minN - 1;
        return new double[] {ax + ux * minU + nx * side, ay + uy * minU + ny * side,
            ax + ux * maxU + nx * side, ay + uy * maxU + ny * side};
    }
}
