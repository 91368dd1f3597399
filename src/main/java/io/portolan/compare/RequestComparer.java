package io.portolan.compare;

import io.portolan.engine.Boundary;
import io.portolan.engine.BoundaryRules;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.RequestRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares the requests of two revisions of a design as a firewall team reads them: per firewall, the rules between
 * the same two nodes (paired by meaning, see {@link DesignMatching}) on the same protocol are the same rule, and what
 * differs between them is what a firewall evaluates: the ports, the addresses at each end and the zones they sit in.
 * A rule renamed, moved on the canvas or cited from another document is unchanged.
 *
 * <p>A request of a large design holds hundreds of thousands of rules, so the sections (firewalls and implicit
 * boundaries) are paired by name, and within each the rules of both sides are sorted by a number that says their two
 * nodes and protocol and then merged ({@link SectionComparison}); most pairs are told unchanged by comparing a few
 * values they hold.
 */
public final class RequestComparer {

    private final DesignMatching matching;
    private final RuleIdentities identities;
    private final RuleDifferences differences;
    private final RuleZones zones;

    private RequestComparer(FlowAnalysis before, FlowAnalysis after) {
        this.matching = DesignMatching.of(before.design(), after.design());
        this.differences = new RuleDifferences(before, after, matching);
        this.zones = new RuleZones(matching);
        this.identities = new RuleIdentities(before.design(), after.design(), matching, new RuleValues(zones));
    }

    /**
     * What changed between the requests of two analyses of the same catalog.
     *
     * @param detailed compare one rule per flow and firewall rather than merged rules
     */
    public static RequestDelta compare(FlowAnalysis before, FlowAnalysis after, boolean detailed) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new RequestComparer(before, after).run(before, after, detailed);
    }

    private RequestDelta run(FlowAnalysis before, FlowAnalysis after, boolean detailed) {
        RequestRules earlier = before.rules(detailed);
        RequestRules later = after.rules(detailed);
        Map<String, BoundaryRules> earlierSections = new LinkedHashMap<>();
        for (BoundaryRules section : earlier.boundaries()) {
            earlierSections.put(sectionBefore(section.boundary()), section);
        }
        List<BoundaryDelta> deltas = new ArrayList<>();
        for (BoundaryRules section : later.boundaries()) {
            BoundaryRules old = earlierSections.remove(sectionAfter(section.boundary()));
            deltas.add(section(section.boundary(), old == null ? List.of() : old.rules(), section.rules()));
        }
        earlierSections.values().forEach(old -> deltas.add(section(old.boundary(), old.rules(), List.of())));
        BoundaryDelta unrouted = section(null, earlier.unrouted(), later.unrouted());
        return new RequestDelta(before, after, detailed, deltas, unrouted.changes(), unrouted.unchanged());
    }

    private BoundaryDelta section(Boundary boundary, List<FirewallRule> earlierRules,
                                  List<FirewallRule> laterRules) {
        return SectionComparison.compare(boundary, identities.sort(earlierRules, true), identities.sort(laterRules, false),
                differences, zones);
    }

    private String sectionAfter(Boundary boundary) {
        return boundary.implicit() ? "implicit:" + new TreeSet<>(boundary.zoneIds()) : "firewall:" + boundary.id();
    }

    private String sectionBefore(Boundary boundary) {
        if (!boundary.implicit()) {
            return "firewall:" + matching.firewall(boundary.id());
        }
        TreeSet<String> zoneIds = new TreeSet<>();
        boundary.zoneIds().forEach(z -> zoneIds.add(matching.zone(z)));
        return "implicit:" + zoneIds;
    }
}
