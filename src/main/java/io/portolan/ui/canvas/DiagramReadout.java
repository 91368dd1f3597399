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

    /** How many edges are drawn. */
    public int drawnEdgeCount() {
        return shapes.edgeCount();
    }
}
