package io.portolan.model;

import java.util.Objects;

/**
 * Names one inferred flow, so that a design can suppress it: the rule and the two nodes.
 *
 * @param ruleId the catalog rule
 * @param sourceId the node the flow starts at
 * @param destinationId the node it goes to
 */
public record FlowKey(String ruleId, String sourceId, String destinationId) implements Comparable<FlowKey> {

    public FlowKey {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(destinationId, "destinationId");
    }

    @Override
    public int compareTo(FlowKey other) {
        int c = ruleId.compareTo(other.ruleId);
        if (c == 0) {
            c = sourceId.compareTo(other.sourceId);
        }
        return c != 0 ? c : destinationId.compareTo(other.destinationId);
    }
}
