package io.portolan.edit;

import io.portolan.model.Design;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Switches a feature on or off for the given nodes, such as {@code edt} on a Gateway; the flows that
 * depend on it appear or go at once.
 *
 * @param nodeIds the nodes to change; ids not in the design are ignored
 * @param featureId the feature, e.g. {@code ssl}
 * @param on true to switch it on
 */
public record SetFeature(Set<String> nodeIds, String featureId, boolean on) implements Command {

    public SetFeature {
        nodeIds = Set.copyOf(nodeIds);
        Objects.requireNonNull(featureId, "featureId");
    }

    @Override
    public Design apply(Design design) {
        List<Node> changed = new ArrayList<>();
        for (String id : nodeIds) {
            design.node(id).filter(n -> n.hasFeature(featureId) != on).ifPresent(n -> changed.add(n.withFeature(featureId, on)));
        }
        return changed.isEmpty() ? design : design.withNodes(changed);
    }

    @Override
    public String description() {
        return (on ? "Switch on " : "Switch off ") + featureId;
    }
}
