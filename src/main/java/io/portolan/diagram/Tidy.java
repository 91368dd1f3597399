package io.portolan.diagram;

import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Arrange > Tidy: lays a design out with the Eclipse Layout Kernel's layered algorithm (orthogonal routing), each zone
 * a box that holds its nodes, the zones side by side in the direction the traffic flows (users on the left, the
 * servers they reach to the right), and each firewall in the gap between the zones it joins. Nodes keep their zones and
 * zones do not overlap; where the layout could not promise that, a plain grid per zone takes its place.
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
    /** The gap between zones: room for a firewall and its name. */
    static final double ZONE_GAP = 150;

    private Tidy() {
    }

    /** Where the analysis's design is tidied to. */
    public static Arrangement arrange(FlowAnalysis analysis) {
        Design design = analysis.design();
        Arrangement laidOut = layered(design, DiagramEdge.of(analysis));
        return TidyCheck.keepsZones(design, laidOut) ? laidOut : TidyGrid.arrange(design);
    }

    private static Arrangement layered(Design design, java.util.List<DiagramEdge> edges) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, ZONE_GAP - 40);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, ZONE_GAP);
        Map<String, ElkNode> zones = new LinkedHashMap<>();
        for (Zone zone : design.zones()) {
            ElkNode box = ElkGraphUtil.createNode(root);
            box.setProperty(CoreOptions.PADDING, new ElkPadding(ZONE_TITLE, ZONE_PADDING, ZONE_PADDING, ZONE_PADDING));
            box.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
            box.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(MIN_ZONE_WIDTH, MIN_ZONE_HEIGHT));
            box.setProperty(CoreOptions.SPACING_NODE_NODE, 50.0);
            box.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 110.0);
            zones.put(zone.id(), box);
        }
        Map<String, ElkNode> nodes = new HashMap<>();
        for (Node node : design.nodes()) {
            ElkNode box = ElkGraphUtil.createNode(node.zoneId() != null && zones.containsKey(node.zoneId())
                    ? zones.get(node.zoneId()) : root);
            box.setDimensions(NODE_WIDTH, NODE_HEIGHT);
            nodes.put(node.id(), box);
        }
        for (DiagramEdge edge : edges) {
            ElkGraphUtil.updateContainment(ElkGraphUtil.createSimpleEdge(nodes.get(edge.firstId()), nodes.get(edge.secondId())));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return read(design, root, zones, nodes);
    }

    /** The positions ELK gave, moved so that the design keeps its top-left corner. */
    private static Arrangement read(Design design, ElkNode root, Map<String, ElkNode> zones, Map<String, ElkNode> nodes) {
        Point origin = origin(design);
        Map<String, Bounds> zoneBounds = new HashMap<>();
        zones.forEach((id, box) -> zoneBounds.put(id, new Bounds(origin.x() + box.getX(), origin.y() + box.getY(),
                box.getWidth(), box.getHeight())));
        Map<String, Point> positions = new HashMap<>();
        nodes.forEach((id, box) -> {
            double x = box.getX() + box.getWidth() / 2;
            double y = box.getY() + NODE_TOP;
            ElkNode parent = box.getParent();
            if (parent != root) {
                x += parent.getX();
                y += parent.getY();
            }
            positions.put(id, new Point(Math.round(origin.x() + x), Math.round(origin.y() + y)));
        });
        return new Arrangement(positions, zoneBounds, FirewallPlaces.between(design, zoneBounds));
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
