package io.portolan.compare;

import io.portolan.engine.Boundary;
import io.portolan.engine.BoundaryRules;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.RequestRules;
import io.portolan.model.Node;
import io.portolan.model.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The comparison {@link RequestComparer} makes, written plainly: every rule of both requests filed in one hash map of
 * buckets under its section, protocol and two nodes, each bucket paired on its own, the outcome kept per rule. It was
 * the comparer until the sorted, per-section one replaced it, and it stays here so that a property test proves the two
 * give the same delta.
 */
final class ReferenceRequestComparer {

    private static final String UNROUTED = "unrouted";
    private static final int NODE_BITS = 20;
    private static final int PROTOCOL_BITS = 13;

    private final FlowAnalysis before;
    private final FlowAnalysis after;
    private final DesignMatching matching;
    private final RuleDifferences differences;
    private final Map<Node, Integer> laterNodes = new IdentityHashMap<>();
    private final Map<Node, Integer> earlierNodes = new IdentityHashMap<>();
    private final Map<String, Integer> sections = new HashMap<>();
    private final LongMap<Bucket> buckets = new LongMap<>(1 << 12);
    /** The changes found, by rule: added and changed rules under the later rule, removed ones under the earlier. */
    private final Map<FirewallRule, RuleChange> outcome = new IdentityHashMap<>();
    private int[] unchanged = new int[8];

    private ReferenceRequestComparer(FlowAnalysis before, FlowAnalysis after) {
        this.before = before;
        this.after = after;
        this.matching = DesignMatching.of(before.design(), after.design());
        this.differences = new RuleDifferences(before, after, matching);
        List<Node> nodes = after.design().nodes();
        Map<String, Integer> laterIds = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            laterNodes.put(nodes.get(i), i);
            laterIds.put(nodes.get(i).id(), i);
        }
        int next = nodes.size();
        for (Node node : before.design().nodes()) {
            Integer index = laterIds.get(matching.node(node.id()));
            earlierNodes.put(node, index != null ? index : next++);
        }
        if (next >= 1 << NODE_BITS) {
            throw new IllegalArgumentException("more than " + (1 << NODE_BITS) + " nodes to compare");
        }
    }

    /**
     * What changed between the requests of two analyses of the same catalog.
     *
     * @param detailed compare one rule per flow and firewall rather than merged rules
     */
    static RequestDelta compare(FlowAnalysis before, FlowAnalysis after, boolean detailed) {
        return new ReferenceRequestComparer(Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"))
                .run(detailed);
    }

    private RequestDelta run(boolean detailed) {
        RequestRules earlier = before.rules(detailed);
        RequestRules later = after.rules(detailed);
        Map<Integer, BoundaryRules> earlierSections = new java.util.LinkedHashMap<>();
        for (BoundaryRules section : earlier.boundaries()) {
            int index = section(sectionBefore(section.boundary()));
            earlierSections.put(index, section);
            file(index, section.rules(), true);
        }
        file(section(UNROUTED), earlier.unrouted(), true);
        for (BoundaryRules section : later.boundaries()) {
            file(section(sectionAfter(section.boundary())), section.rules(), false);
        }
        file(section(UNROUTED), later.unrouted(), false);
        buckets.forEachValue(this::pair);
        List<BoundaryDelta> deltas = new ArrayList<>();
        for (BoundaryRules section : later.boundaries()) {
            int index = section(sectionAfter(section.boundary()));
            BoundaryRules old = earlierSections.remove(index);
            deltas.add(delta(section.boundary(), index, section.rules(), old == null ? List.of() : old.rules()));
        }
        earlierSections.forEach((index, old) -> deltas.add(delta(old.boundary(), -1, List.of(), old.rules())));
        BoundaryDelta unrouted = delta(null, section(UNROUTED), later.unrouted(), earlier.unrouted());
        return new RequestDelta(before, after, detailed, deltas, unrouted.changes(), unrouted.unchanged());
    }

    private int section(String key) {
        Integer index = sections.get(key);
        if (index == null) {
            index = sections.size();
            sections.put(key, index);
            if (index >= unchanged.length) {
                unchanged = java.util.Arrays.copyOf(unchanged, unchanged.length * 2);
            }
        }
        return index;
    }

    private void file(int section, List<FirewallRule> rules, boolean earlier) {
        Map<Node, Integer> nodes = earlier ? earlierNodes : laterNodes;
        long sectionBits = (long) section << (2 * NODE_BITS + PROTOCOL_BITS);
        for (FirewallRule rule : rules) {
            long protocol = rule.protocol().ordinal() * 1000L + (rule.protocol() == Protocol.IP ? rule.ipProtocol() : 0);
            long key = sectionBits | protocol << (2 * NODE_BITS) | (long) nodes.get(rule.source()) << NODE_BITS
                    | nodes.get(rule.destination());
            Bucket bucket = buckets.get(key);
            if (bucket == null) {
                bucket = new Bucket(section);
                buckets.put(key, bucket);
            }
            bucket.add(rule, earlier);
        }
    }

    private BoundaryDelta delta(Boundary boundary, int section, List<FirewallRule> laterRules, List<FirewallRule> earlierRules) {
        List<RuleChange> changes = new ArrayList<>();
        if (!outcome.isEmpty()) {
            for (FirewallRule rule : laterRules) {
                RuleChange change = outcome.get(rule);
                if (change != null) {
                    changes.add(change);
                }
            }
            for (FirewallRule rule : earlierRules) {
                RuleChange change = outcome.get(rule);
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        return new BoundaryDelta(boundary, changes, section < 0 ? 0 : unchanged[section]);
    }

    private String sectionAfter(Boundary boundary) {
        return boundary.implicit() ? "implicit:" + new TreeSet<>(boundary.zoneIds()) : "firewall:" + boundary.id();
    }

    private String sectionBefore(Boundary boundary) {
        if (!boundary.implicit()) {
            return "firewall:" + matching.firewall(boundary.id());
        }
        TreeSet<String> zones = new TreeSet<>();
        boundary.zoneIds().forEach(z -> zones.add(matching.zone(z)));
        return "implicit:" + zones;
    }

    /**
     * Pairs the earlier and later rules of one bucket: first those that agree in every way a firewall sees, then those
     * with the same addresses, then the rest in order; what is left is added or removed.
     */
    private void pair(Bucket bucket) {
        if (bucket.earlier == null && bucket.later == null) {
            if (bucket.firstEarlier != null && bucket.firstLater != null) {
                settle(bucket.section, bucket.firstEarlier, bucket.firstLater);
            } else if (bucket.firstLater != null) {
                outcome.put(bucket.firstLater, new RuleChange(RuleChange.Kind.ADD, null, bucket.firstLater, List.of()));
            } else {
                outcome.put(bucket.firstEarlier, new RuleChange(RuleChange.Kind.REMOVE, bucket.firstEarlier, null, List.of()));
            }
            return;
        }
        List<FirewallRule> earlierRules = Bucket.all(bucket.earlier, bucket.firstEarlier);
        List<FirewallRule> laterRules = Bucket.all(bucket.later, bucket.firstLater);
        for (int pass = 0; pass < 3; pass++) {
            for (FirewallRule later : new ArrayList<>(laterRules)) {
                FirewallRule earlier = find(earlierRules, later, pass);
                if (earlier != null) {
                    earlierRules.remove(earlier);
                    laterRules.remove(later);
                    settle(bucket.section, earlier, later);
                }
            }
        }
        laterRules.forEach(r -> outcome.put(r, new RuleChange(RuleChange.Kind.ADD, null, r, List.of())));
        earlierRules.forEach(r -> outcome.put(r, new RuleChange(RuleChange.Kind.REMOVE, r, null, List.of())));
    }

    private void settle(int section, FirewallRule earlier, FirewallRule later) {
        if (differences.same(earlier, later)) {
            unchanged[section]++;
        } else {
            outcome.put(later, new RuleChange(RuleChange.Kind.CHANGE, earlier, later, differences.changes(earlier, later)));
        }
    }

    private FirewallRule find(List<FirewallRule> candidates, FirewallRule later, int pass) {
        for (FirewallRule earlier : candidates) {
            if (pass == 2 || pass == 1 && differences.sameEnds(earlier, later) || pass == 0 && differences.same(earlier, later)) {
                return earlier;
            }
        }
        return null;
    }

    /**
     * The earlier and later rules between one pair of nodes on one protocol and boundary. Nearly every bucket holds one
     * rule a side, kept in a field; lists are made only for the few that hold more.
     */
    private static final class Bucket {
        private final int section;
        private FirewallRule firstEarlier;
        private FirewallRule firstLater;
        private List<FirewallRule> earlier;
        private List<FirewallRule> later;

        Bucket(int section) {
            this.section = section;
        }

        void add(FirewallRule rule, boolean isEarlier) {
            if (isEarlier) {
                earlier = more(earlier, firstEarlier, rule);
                firstEarlier = firstEarlier == null ? rule : firstEarlier;
            } else {
                later = more(later, firstLater, rule);
                firstLater = firstLater == null ? rule : firstLater;
            }
        }

        /** Every rule of one side, in a list of its own. */
        static List<FirewallRule> all(List<FirewallRule> list, FirewallRule first) {
            List<FirewallRule> all = new ArrayList<>(2);
            if (list != null) {
                all.addAll(list);
            } else if (first != null) {
                all.add(first);
            }
            return all;
        }

        /** The list of a side that holds two rules or more; null while it holds one or none. */
        private static List<FirewallRule> more(List<FirewallRule> list, FirewallRule first, FirewallRule rule) {
            if (first == null) {
                return null;
            }
            List<FirewallRule> all = list == null ? new ArrayList<>(List.of(first)) : list;
            all.add(rule);
            return all;
        }
    }
}
