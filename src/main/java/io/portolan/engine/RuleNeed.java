package io.portolan.engine;

import io.portolan.model.PortSet;
import java.util.List;

/**
 * Whether a merged rule is required: optional when every flow is optional, otherwise required, with the
 * ports only optional flows need named; a port that a required flow also needs is not named as optional.
 *
 * @param optional true when every flow of the rule is optional
 * @param optionalPorts when the rule is required, the ports only optional flows need; otherwise empty
 * @param optionalWithoutPorts when the rule is required, true if an optional flow without port numbers has no
 *     required flow without port numbers beside it (the protocol as such is optional)
 * @param temporary true when every flow of the rule is needed only while installing (push installation)
 */
public record RuleNeed(boolean optional, PortSet optionalPorts, boolean optionalWithoutPorts, boolean temporary) {

    /** True when the rule is required but some of its ports are only optional. */
    public boolean partlyOptional() {
        return !optional && (!optionalPorts.isEmpty() || optionalWithoutPorts);
    }

    /** Whether the merged flows are needed. */
    static RuleNeed of(List<Flow> flows) {
        boolean allOptional = true;
        PortSet required = PortSet.EMPTY;
        boolean portlessRequired = false;
        for (Flow flow : flows) {
            if (!flow.optional()) {
                allOptional = false;
                required = required.union(flow.ports());
                portlessRequired |= flow.ports().isEmpty();
            }
        }
        boolean temporary = flows.stream().allMatch(Flow::temporary);
        if (allOptional) {
            return new RuleNeed(true, PortSet.EMPTY, false, temporary);
        }
        PortSet optional = PortSet.EMPTY;
        boolean portlessOptional = false;
        for (Flow flow : flows) {
            if (flow.optional()) {
                optional = optional.union(flow.ports().minus(required));
                portlessOptional |= flow.ports().isEmpty() && !portlessRequired;
            }
        }
        return new RuleNeed(false, optional, portlessOptional, temporary);
    }
}
