package io.portolan.diagram;

import io.portolan.model.Design;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a picture of a design needs to know about where things go, worked out without drawing: the design it
 * draws (the design itself, or for a very large one its overview), each edge's route and label, the notes for labels
 * that found no place, and what the overview says about itself.
 *
 * @param design what is drawn: the design, or its overview of one box per zone
 * @param edges the edges, in the order their labels were placed (crossing edges first)
 * @param notes the labels that are shown beside the picture, by number
 * @param overview what the picture says when it is an overview instead of every node, or null when it is not
 * @param details a line to show on a node instead of its type, by node id (the overview's boxes list what they hold)
 */
public record DiagramGeometry(Design design, List<EdgeGeometry> edges, List<DiagramNote> notes, String overview,
                              Map<String, String> details) {

    public DiagramGeometry {
        edges = List.copyOf(edges);
        notes = List.copyOf(notes);
        details = Map.copyOf(details);
    }

    /** The line shown on the node instead of its type, if any. */
    public Optional<String> detail(String nodeId) {
        return Optional.ofNullable(details.get(nodeId));
    }

    /** True when the picture is an overview per zone rather than every node. */
    public boolean isOverview() {
        return overview != null;
    }
}
