package io.portolan.compare;

import io.portolan.engine.Boundary;
import java.util.List;

/**
 * What changed on one firewall or implicit boundary between two requests.
 *
 * @param boundary the firewall or boundary, as the later revision has it (the earlier one's when it is gone)
 * @param changes the rules to add and change in the later request's order, then the rules to remove in the earlier's
 * @param unchanged how many rules stay as they are
 */
public record BoundaryDelta(Boundary boundary, List<RuleChange> changes, int unchanged) {

    public BoundaryDelta {
        changes = List.copyOf(changes);
    }

    /** How many changes are of the kind. */
    public int count(RuleChange.Kind kind) {
        return (int) changes.stream().filter(c -> c.kind() == kind).count();
    }
}
