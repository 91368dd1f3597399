package io.portolan.ui.canvas;

import io.portolan.ui.document.Selection.EdgeKey;
import java.util.List;
import java.util.Optional;

/** What the canvas shows, read back as text and flags: for tests, the benchmark and accessibility tools. */
public final class DiagramReadout {

    private final CanvasShapes shapes;
    private final StepCaption caption;

    DiagramReadout(CanvasShapes shapes, StepCaption caption) {
        this.shapes = shapes;
        this.caption = caption;
    }

    /** The text of the edge between two nodes, line by line, as drawn (shortened lines included); empty for no edge. */
    public Optional<String> edgeLabelText(String nodeA, String nodeB) {
        EdgeView edge = shapes.edge(EdgeKey.of(nodeA, nodeB));
        return edge == null ? Optional.empty() : Optional.of(String.join("\n", edge.labelLines()));
    }

    /** The comparison's mark of the edge between two nodes, or empty. */
    public Optional<String> edgeMark(String nodeA, String nodeB) {
        EdgeView edge = shapes.edge(EdgeKey.of(nodeA, nodeB));
        return edge == null ? Optional.empty() : Optional.ofNullable(edge.mark());
    }

    /** True when the node is drawn faded (focus mode, a walkthrough step). */
    public boolean isFaded(String nodeId) {
        NodeView node = shapes.node(nodeId);
        return node != null && node.getOpacity() < 1;
    }

    /** True when the firewall is drawn faded (focus mode, a walkthrough step). */
    public boolean isFirewallFaded(String firewallId) {
        FirewallView firewall = shapes.firewall(firewallId);
        return firewall != null && firewall.isFaded();
    }

    /** The walkthrough caption's text, line by line, as shown; empty when no step is shown. */
    public List<String> captionLines() {
        return caption.lines();
    }

    /** What the edge labels cover that they should not (nodes, names, badges, firewalls, other labels); empty when nothing. */
    public List<String> labelOverlaps() {
        return LabelOverlaps.of(shapes.design(), shapes.edgeViews());
    }

    /** The route of the edge between two nodes ({@code x0, y0, x1, y1, ...}), or empty for no edge. */
    public Optional<double[]> edgeRoute(String nodeA, String nodeB) {
        EdgeView edge = shapes.edge(EdgeKey.of(nodeA, nodeB));
        return edge == null ? Optional.empty() : Optional.of(edge.route().clone());
    }

    /** How many labels show a marker instead of their ports, for want of room, and how many are not drawn at all. */
    public int[] crowdedLabels() {
        int collapsed = 0;
        int hidden = 0;
        for (EdgeView edge : shapes.edgeViews()) {
            collapsed += edge.collapsed() && !edge.labelHidden() ? 1 : 0;
            hidden += edge.labelHidden() ? 1 : 0;
        }
        return new int[] {collapsed, hidden};
    }

    /** How many edges are drawn. */
    public int drawnEdgeCount() {
        return shapes.edgeCount();
    }
}
