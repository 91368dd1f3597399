package io.portolan.engine;

import io.portolan.model.Design;
import io.portolan.model.Node;
import java.util.List;
import java.util.Objects;

/**
 * All flows from one node to another: what an edge of the diagram stands for. A value: two are equal when their
 * nodes, flows, label and route are.
 */
public final class NodePairFlows {

    private final Node source;
    private final Node destination;
    private final List<Flow> flows;
    private final String label;
    private final Route route;
    private volatile PairReview review;

    /**
     * The flows of a pair.
     *
     * @param source the node the flows start at
     * @param destination the node they go to
     * @param flows the flows, in engine order
     * @param label the ports, merged per protocol ({@code TCP 80, 443 | UDP 443})
     * @param route the route shared by the flows
     */
    public NodePairFlows(Node source, Node destination, List<Flow> flows, String label, Route route) {
        this.source = Objects.requireNonNull(source, "source");
        this.destination = Objects.requireNonNull(destination, "destination");
        this.flows = List.copyOf(flows);
        this.label = Objects.requireNonNull(label, "label");
        this.route = Objects.requireNonNull(route, "route");
    }

    /** The node the flows start at. */
    public Node source() {
        return source;
    }

    /** The node they go to. */
    public Node destination() {
        return destination;
    }

    /** The flows, in engine order. */
    public List<Flow> flows() {
        return flows;
    }

    /** The ports, merged per protocol ({@code TCP 80, 443 | UDP 443}). */
    public String label() {
        return label;
    }

    /** The route shared by the flows. */
    public Route route() {
        return route;
    }

    /** True when the pair's flows cross a zone boundary (or cannot be routed). */
    public boolean needsRule() {
        return route.crossing().needsRule();
    }

    /**
     * What the design review reads of the pair's flows, worked out once: a pair an edit leaves as it was keeps it (an
     * edit that keeps pairs keeps the zones' names and kinds), so that the review after an edit reads only the pairs
     * the edit touched anew.
     */
    PairReview review(Design design) {
        PairReview result = review;
        if (result == null) {
            result = PairReview.of(this, design);
            review = result;
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodePairFlows other && source.equals(other.source) && destination.equals(other.destination)
                && flows.equals(other.flows) && label.equals(other.label) && route.equals(other.route);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, destination, flows, label, route);
    }

    @Override
    public String toString() {
        return "NodePairFlows[" + source.id() + " > " + destination.id() + ": " + label + "]";
    }
}
