package io.portolan.compare;

import io.portolan.engine.FlowAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between the requests of two revisions of a design, per firewall and implicit boundary (the later
 * revision's in its order, then those only the earlier had), then the rules of flows without a route.
 *
 * @param before the earlier revision's analysis
 * @param after the later revision's analysis
 * @param detailed true when one rule per flow and firewall was compared, false for merged rules
 * @param boundaries what changed on each firewall and boundary, including those where nothing did
 * @param unrouted the changes among the rules of flows without a route
 * @param unroutedUnchanged how many rules of flows without a route stay as they are
 */
public record RequestDelta(FlowAnalysis before, FlowAnalysis after, boolean detailed, List<BoundaryDelta> boundaries,
                           List<RuleChange> unrouted, int unroutedUnchanged) {

    public RequestDelta {
        boundaries = List.copyOf(boundaries);
        unrouted = List.copyOf(unrouted);
    }

    /** Every change, in order: per boundary, then those without a route. */
    public List<RuleChange> all() {
        List<RuleChange> all = new ArrayList<>();
        boundaries.forEach(b -> all.addAll(b.changes()));
        all.addAll(unrouted);
        return all;
    }

    /** True when any rule is added, removed or changed. */
    public boolean changed() {
        return !unrouted.isEmpty() || boundaries.stream().anyMatch(b -> !b.changes().isEmpty());
    }

    /** How many changes are of the kind. */
    public int count(RuleChange.Kind kind) {
        return (int) all().stream().filter(c -> c.kind() == kind).count();
    }

    /** How many rules stay as they are. */
    public int unchanged() {
        return unroutedUnchanged + boundaries.stream().mapToInt(BoundaryDelta::unchanged).sum();
    }
}
