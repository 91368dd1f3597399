package io.portolan.diagram;

import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Arrange > Tidy: lays each zone's nodes out with the Eclipse Layout Kernel's layered algorithm (orthogonal routing,
 * traffic running left to right), sizes each zone to hold them, and sets the zones in columns by how many firewalls
 * they are from the internet ({@link ZoneColumns}), each firewall in the gap between the zones it joins. Nodes keep
 * their zones and zones do not overlap; where the layout could not promise that, a plain grid per zone takes its place.
 */
public final class Tidy {

    /** The room a node takes, for the window's tile and name and the picture's box alike. */
    static final double NODE_WIDTH = 160;
    static final double NODE_HEIGHT = 80;
    /** How far below the top of its room a node's position (the centre of its icon) is. */
    static final double NODE_TOP = 30;
    /** The room at the top of a zone for its name and address ranges. */
    static final double ZONE_TITLE = 56;
    static final double ZONE_PADDING = 30;
    static final double MIN_ZONE_WIDTH = 260;
    static final double MIN_ZONE_HEIGHT = 200;
    /** The gap between zones side by side: room for a firewall and its name. */
    static final double ZONE_GAP = 150;
    /** Far enough apart that zones of different columns never share a span across, before they are squared up. */
    private static final double COLUMN_APART = 1e6;

    private Tidy() {
    }

    /** Where the analysis's design is tidied to. */
    public static Arrangement arrange(FlowAnalysis analysis) {
        Design design = analysis.design();
        Arrangement laidOut = layered(design, DiagramEdge.of(analysis));
        return TidyCheck.keepsZones(design, laidOut) ? laidOut : TidyGrid.arrange(design);
    }

    private static Arrangement layered(Design design, List<DiagramEdge> edges) {
        Map<String, Integer> columns = ZoneColumns.of(design, edges);
        Map<String, Bounds> zones = new HashMap<>();
        Map<String, Point> nodes = new HashMap<>();
        double[] stacked = new double[columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
        for (Zone zone : design.zones()) {
            int column = columns.get(zone.id());
            ElkNode graph = layOut(design.nodesIn(zone.id()), edges, nodes);
            double width = Math.max(MIN_ZONE_WIDTH, graph.getWidth());
            double height = Math.max(MIN_ZONE_HEIGHT, graph.getHeight());
            Bounds bounds = new Bounds(column * COLUMN_APART, stacked[column], width, height);
            stacked[column] += height + TidyColumns.STACK_GAP;
            zones.put(zone.id(), bounds);
            for (Node node : design.nodesIn(zone.id())) {
                nodes.computeIfPresent(node.id(), (id, p) -> p.translate(bounds.x(), bounds.y()));
            }
        }
        return TidyColumns.align(design, zones, nodes, origin(design));
    }

    /** Lays the nodes of one zone out with ELK; their positions (in the zone) go into {@code positions}. */
    private static ElkNode layOut(List<Node> members, List<DiagramEdge> edges, Map<String, Point> positions) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(ZONE_TITLE, ZONE_PADDING, ZONE_PADDING, ZONE_PADDING));
        graph.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
        graph.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(MIN_ZONE_WIDTH, MIN_ZONE_HEIGHT));
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 50.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 110.0);
        Map<String, ElkNode> boxes = new HashMap<>();
        for (Node node : members) {
            ElkNode box = ElkGraphUtil.createNode(graph);
            box.setDimensions(NODE_WIDTH, NODE_HEIGHT);
            boxes.put(node.id(), box);
        }
        for (DiagramEdge edge : edges) {
            ElkNode from = boxes.get(edge.firstId());
            ElkNode to = boxes.get(edge.secondId());
            if (from != null && to != null) {
                ElkGraphUtil.createSimpleEdge(from, to);
            }
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        boxes.forEach((id, box) -> positions.put(id, new Point(Math.round(box.getX() + box.getWidth() / 2),
                Math.round(box.getY() + NODE_TOP))));
        return graph;
    }

    /** The top-left corner of what the design shows, where the tidied design starts too. */
    static Point origin(Design design) {
        double x = Double.MAX_VALUE;
        double y = Double.MAX_VALUE;
        for (Zone zone : design.zones()) {
            x = Math.min(x, zone.bounds().x());
            y = Math.min(y, zone.bounds().y());
        }
        for (Node node : design.nodes()) {
            x = Math.min(x, node.position().x() - NODE_WIDTH / 2);
            y = Math.min(y, node.position().y() - NODE_TOP);
        }
        return x == Double.MAX_VALUE ? Point.ORIGIN : new Point(Math.round(x), Math.round(y));
    }
}
