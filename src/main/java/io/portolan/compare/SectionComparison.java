package io.portolan.compare;

import io.portolan.engine.Boundary;
import io.portolan.engine.FirewallRule;
import io.portolan.model.PortSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the rules of one firewall, implicit boundary or of the flows without a route between two requests. Both
 * sides are sorted by identity ({@link RuleIdentities}) and merged: an identity only the later side has is added, one
 * only the earlier has is removed, and where both have it the rules pair up, first those that agree in every way a
 * firewall sees, then those with the same addresses, then the rest in order. The outcome is kept per rule in an array,
 * so the changes come out in request order.
 */
final class SectionComparison {

    private final RuleDifferences differences;
    private final RuleZones zones;
    private final RuleIdentities.Sorted earlier;
    private final RuleIdentities.Sorted later;
    /** Per later rule in request order: its addition or change, or null when it stays. */
    private final RuleChange[] laterOutcome;
    /** Per earlier rule in request order: its removal, or null when it is paired. */
    private final RuleChange[] earlierOutcome;
    private int unchanged;

    private SectionComparison(RuleDifferences differences, RuleZones zones, RuleIdentities.Sorted earlier,
                              RuleIdentities.Sorted later) {
        this.differences = differences;
        this.zones = zones;
        this.earlier = earlier;
        this.later = later;
        this.laterOutcome = new RuleChange[later.size()];
        this.earlierOutcome = new RuleChange[earlier.size()];
    }

    /**
     * What changed in one section: the later rules added or changed in their order, then the earlier rules removed in
     * theirs, and how many stay.
     */
    static BoundaryDelta compare(Boundary boundary, RuleIdentities.Sorted earlier, RuleIdentities.Sorted later,
                                 RuleDifferences differences, RuleZones zones) {
        SectionComparison comparison = new SectionComparison(differences, zones, earlier, later);
        comparison.merge();
        List<RuleChange> changes = new ArrayList<>();
        collect(comparison.laterOutcome, changes);
        collect(comparison.earlierOutcome, changes);
        return new BoundaryDelta(boundary, changes, comparison.unchanged);
    }

    private static void collect(RuleChange[] outcome, List<RuleChange> changes) {
        for (RuleChange change : outcome) {
            if (change != null) {
                changes.add(change);
            }
        }
    }

    private void merge() {
        int e = 0;
        int l = 0;
        while (e < earlier.size() || l < later.size()) {
            long earlierKey = e < earlier.size() ? earlier.keys()[e] : Long.MAX_VALUE;
            long laterKey = l < later.size() ? later.keys()[l] : Long.MAX_VALUE;
            if (earlierKey < laterKey) {
                removed(e++);
            } else if (laterKey < earlierKey) {
                added(l++);
            } else {
                int earlierEnd = earlier.runEnd(e);
                int laterEnd = later.runEnd(l);
                if (earlierEnd - e == 1 && laterEnd - l == 1) {
                    settle(e, l);
                } else {
                    pairRun(e, earlierEnd, l, laterEnd);
                }
                e = earlierEnd;
                l = laterEnd;
            }
        }
    }

    /**
     * Pairs the rules of one identity that several rules on a side hold (management and service addresses, detailed
     * requests): first those that agree in every way, then those with the same addresses, then the rest in order.
     */
    private void pairRun(int earlierStart, int earlierEnd, int laterStart, int laterEnd) {
        boolean[] earlierPaired = new boolean[earlierEnd - earlierStart];
        boolean[] laterPaired = new boolean[laterEnd - laterStart];
        for (int pass = 0; pass < 3; pass++) {
            for (int l = laterStart; l < laterEnd; l++) {
                if (laterPaired[l - laterStart]) {
                    continue;
                }
                for (int e = earlierStart; e < earlierEnd; e++) {
                    if (!earlierPaired[e - earlierStart] && pairs(e, l, pass)) {
                        earlierPaired[e - earlierStart] = true;
                        laterPaired[l - laterStart] = true;
                        settle(e, l);
                        break;
                    }
                }
            }
        }
        for (int l = laterStart; l < laterEnd; l++) {
            if (!laterPaired[l - laterStart]) {
                added(l);
            }
        }
        for (int e = earlierStart; e < earlierEnd; e++) {
            if (!earlierPaired[e - earlierStart]) {
                removed(e);
            }
        }
    }

    private boolean pairs(int e, int l, int pass) {
        return switch (pass) {
            case 0 -> same(earlier.rule(e), later.rule(l));
            case 1 -> differences.sameEnds(earlier.rule(e), later.rule(l));
            default -> true;
        };
    }

    private void added(int l) {
        FirewallRule rule = later.rule(l);
        laterOutcome[later.order()[l]] = new RuleChange(RuleChange.Kind.ADD, null, rule, List.of());
    }

    private void removed(int e) {
        FirewallRule rule = earlier.rule(e);
        earlierOutcome[earlier.order()[e]] = new RuleChange(RuleChange.Kind.REMOVE, rule, null, List.of());
    }

    private void settle(int e, int l) {
        if (RuleValues.same(earlier.values(), earlier.order()[e], later.values(), later.order()[l])) {
            unchanged++;
            return;
        }
        FirewallRule earlierRule = earlier.rule(e);
        FirewallRule laterRule = later.rule(l);
        if (same(earlierRule, laterRule)) {
            unchanged++;
        } else {
            laterOutcome[later.order()[l]] = new RuleChange(RuleChange.Kind.CHANGE, earlierRule, laterRule,
                    differences.changes(earlierRule, laterRule));
        }
    }

    /** True when nothing a firewall evaluates differs: ports, the address of each end, the zones left and entered. */
    private boolean same(FirewallRule earlierRule, FirewallRule laterRule) {
        PortSet earlierPorts = earlierRule.ports();
        PortSet laterPorts = laterRule.ports();
        if (earlierPorts != laterPorts && !earlierPorts.equals(laterPorts)) {
            return false;
        }
        if (earlierPorts.isEmpty() && !earlierRule.portText().equals(laterRule.portText())) {
            return false;
        }
        return differences.sameEnds(earlierRule, laterRule) && zones.same(earlierRule, laterRule);
    }
}
