package io.portolan.engine;

import io.portolan.model.Node;
import java.util.List;

/**
 * All flows from one node to another: what an edge of the diagram stands for.
 *
 * @param source the node the flows start at
 * @param destination the node they go to
 * @param flows the flows, in engine order
 * @param label the ports, merged per protocol ({@code TCP 80, 443 | UDP 443})
 * @param route the route shared by the flows
 */
public record NodePairFlows(Node source, Node destination, List<Flow> flows, String label, Route route) {

    public NodePairFlows {
        flows = List.copyOf(flows);
    }

    /** True when the pair's flows cross a zone boundary (or cannot be routed). */
    public boolean needsRule() {
        return route.crossing().needsRule();
    }
}
