package io.portolan.ui.canvas;

import io.portolan.diagram.Box;
import io.portolan.diagram.BoxIndex;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What the canvas's labels cover that they should not: nodes, their names and badges, firewalls, other labels. */
final class LabelOverlaps {

    private LabelOverlaps() {
    }

    /** One line per label that covers something, naming both; empty when every label is clear. */
    static List<String> of(Design design, Collection<EdgeView> edges) {
        CanvasMetrics metrics = new CanvasMetrics();
        BoxIndex<String> taken = new BoxIndex<>(120);
        for (Node node : design.nodes()) {
            metrics.nodeMarks(node, box -> taken.add(box, "node " + node.name()));
        }
        for (Firewall firewall : design.firewalls()) {
            metrics.firewallMarks(firewall, box -> taken.add(box, "firewall " + firewall.name()));
        }
        List<String> overlaps = new ArrayList<>();
        for (EdgeView edge : edges) {
            Box box = edge.labelBox();
            if (box != null) {
                String label = "label of " + edge.model().first().name() + " - " + edge.model().second().name();
                taken.forEachIntersecting(box, e -> overlaps.add(label + " covers " + e.item()));
                taken.add(box, label);
            }
        }
        return overlaps;
    }
}
