package io.portolan.engine;

import io.portolan.model.PortSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When a merged rule applies. Either every flow of the rule has the same condition ({@link #shared}), or
 * the flows differ, and then each port that only a conditional flow needs is named with its condition
 * ({@link #byPorts}); a port that an unconditional flow also needs is not named, so that no port looks
 * more conditional than it is.
 *
 * @param shared the condition every flow shares, empty when they are all unconditional; null when they differ
 * @param byPorts when they differ, the conditional ports grouped by condition in order of first flow; otherwise empty
 */
public record RuleConditions(String shared, List<ConditionalPorts> byPorts) {

    private static final RuleConditions UNCONDITIONAL = new RuleConditions("", List.of());

    public RuleConditions {
        byPorts = List.copyOf(byPorts);
    }

    /** True when no flow of the rule needs a condition. */
    public boolean unconditional() {
        return "".equals(shared);
    }

    /** The conditions of the merged flows. */
    static RuleConditions of(List<Flow> flows) {
        String first = flows.get(0).condition();
        boolean same = true;
        for (Flow flow : flows) {
            same &= flow.condition().equals(first);
        }
        if (same) {
            return first.isEmpty() ? UNCONDITIONAL : new RuleConditions(first, List.of());
        }
        PortSet always = PortSet.EMPTY;
        boolean portlessAlways = false;
        for (Flow flow : flows) {
            if (flow.condition().isEmpty()) {
                always = always.union(flow.ports());
                portlessAlways |= flow.ports().isEmpty();
            }
        }
        Map<String, PortSet> portsByCondition = new LinkedHashMap<>();
        for (Flow flow : flows) {
            String condition = flow.condition();
            if (condition.isEmpty()) {
                continue;
            }
            if (flow.ports().isEmpty()) {
                if (!portlessAlways) {
                    portsByCondition.putIfAbsent(condition, PortSet.EMPTY);
                }
                continue;
            }
            PortSet onlyHere = flow.ports().minus(always);
            if (!onlyHere.isEmpty()) {
                portsByCondition.merge(condition, onlyHere, PortSet::union);
            }
        }
        List<ConditionalPorts> parts = new ArrayList<>(portsByCondition.size());
        portsByCondition.forEach((condition, ports) -> parts.add(new ConditionalPorts(condition, ports)));
        return new RuleConditions(null, parts);
    }
}
