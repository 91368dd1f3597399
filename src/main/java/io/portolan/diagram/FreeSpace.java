package io.portolan.diagram;

import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.util.List;

/**
 * Where a pasted or newly added node can go without covering anything: not over another node or its name, not over
 * a firewall, not on an edge. It looks outwards from where the node was meant to land, on the grid, and keeps to the
 * zone the node was meant to land in. Nodes, firewalls and edges are filed in {@link BoxIndex}es, so a look costs what
 * is near it.
 */
public final class FreeSpace {

    /** The grid the search steps on, in canvas units: the canvas's snapping grid. */
    public static final double STEP = 20;
    /** How far out the search looks, in steps. */
    private static final int RINGS = 50;
    private static final double MARGIN = 6;
    private static final double CELL = 160;

    private final Design design;
    private final BoxIndex<Object> taken = new BoxIndex<>(CELL);
    private final BoxIndex<double[]> lines = new BoxIndex<>(CELL);

    /** The free space of the analysis's design: its nodes, firewalls and the edges between them. */
    public FreeSpace(FlowAnalysis analysis) {
        this.design = analysis.design();
        for (Node node : design.nodes()) {
            taken.add(room(node.position()), node);
        }
        for (Firewall firewall : design.firewalls()) {
            taken.add(Box.centred(firewall.position().x(), firewall.position().y() + 14, 120, 72), firewall);
        }
        for (DiagramEdge edge : DiagramEdge.of(analysis)) {
            fileEdge(edge);
        }
    }

    /** Files the edge's straight legs: node, each firewall it passes, node. */
    private void fileEdge(DiagramEdge edge) {
        Point last = design.node(edge.firstId()).map(Node::position).orElse(null);
        if (last == null) {
            return;
        }
        for (String id : edge.waypoints()) {
            Point next = design.firewall(id).map(Firewall::position).orElse(last);
            fileLine(last, next);
            last = next;
        }
        Point end = design.node(edge.secondId()).map(Node::position).orElse(last);
        fileLine(last, end);
    }

    private void fileLine(Point a, Point b) {
        Box bounds = new Box(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(b.x() - a.x()), Math.abs(b.y() - a.y()));
        lines.add(bounds, new double[] {a.x(), a.y(), b.x(), b.y()});
    }

    /** The room a node at the position takes: its icon or box and its name, for the window and the pictures alike. */
    public static Box room(Point position) {
        return new Box(position.x() - Tidy.NODE_WIDTH / 2 + 5, position.y() - 28, Tidy.NODE_WIDTH - 10, 76);
    }

    /** True when a node at the position would cover nothing: no node, name, firewall or edge. */
    public boolean free(Point position) {
        return clear(position) && !onAnEdge(position);
    }

    /** True when a node at the position would cover no node, name or firewall (edges aside). */
    public boolean clear(Point position) {
        return !taken.anyIntersecting(room(position).grow(MARGIN));
    }

    private boolean onAnEdge(Point position) {
        Box room = room(position).grow(MARGIN);
        boolean[] crossed = {false};
        lines.forEachIntersecting(room.grow(1), e -> crossed[0] |= room.crossedBy(e.item()[0], e.item()[1], e.item()[2], e.item()[3]));
        return crossed[0];
    }

    /**
     * The free position nearest the wanted one on the grid, inside the zone the wanted position is in (or outside
     * every zone when it is in none); the wanted position itself when nothing near is free.
     */
    public Point near(Point wanted) {
        Point offset = offset(List.of(wanted), 0, 0);
        return wanted.translate(offset.x(), offset.y());
    }

    /**
     * The offset nearest to (dx, dy), on the grid, that puts every one of the positions somewhere free, each in the
     * zone it would land in at (dx, dy); where the zone has no such room, the nearest that at least covers no node,
     * name or firewall; (dx, dy) itself when not even that is near.
     */
    public Point offset(List<Point> positions, double dx, double dy) {
        for (boolean edgesToo : new boolean[] {true, false}) {
            for (int ring = 0; ring <= RINGS; ring++) {
                for (int i = -ring; i <= ring; i++) {
                    for (int j = -ring; j <= ring; j++) {
                        if (Math.max(Math.abs(i), Math.abs(j)) == ring
                                && fits(positions, dx, dy, dx + i * STEP, dy + j * STEP, edgesToo)) {
                            return new Point(dx + i * STEP, dy + j * STEP);
                        }
                    }
                }
            }
        }
        return new Point(dx, dy);
    }

    private boolean fits(List<Point> positions, double wantedX, double wantedY, double x, double y, boolean edgesToo) {
        for (Point position : positions) {
            Point at = position.translate(x, y);
            Zone meant = design.zoneAt(position.translate(wantedX, wantedY)).orElse(null);
            Zone lands = design.zoneAt(at).orElse(null);
            if (meant != lands || meant != null && !inside(room(at), meant.bounds()) || !(edgesToo ? free(at) : clear(at))) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(Box box, Bounds zone) {
        return box.x() >= zone.x() && box.y() >= zone.y() && box.maxX() <= zone.x() + zone.width()
                && box.maxY() <= zone.y() + zone.height();
    }
}
