package io.portolan.compare;

import io.portolan.engine.Boundary;
import io.portolan.engine.BoundaryRules;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.RequestRules;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 */
public final class RequestComparer {

    private static final String ARROW = " \u2192 ";
    private static final String UNROUTED = "unrouted";

    private final FlowAnalysis before;
    private final FlowAnalysis after;
    private final DesignMatching matching;
    private final Map<String, Bucket> buckets = new HashMap<>();
    /** Per rule of the later request its change (or {@link #UNCHANGED}); per rule of the earlier request its removal. */
    private final Map<FirewallRule, RuleChange> outcome = new IdentityHashMap<>();
    private final Map<String, String> canonical = new HashMap<>();

    private static final RuleChange UNCHANGED = new RuleChange(RuleChange.Kind.CHANGE, null, null, List.of());

    private RequestComparer(FlowAnalysis before, FlowAnalysis after) {
        this.before = before;
        this.after = after;
        this.matching = DesignMatching.of(before.design(), after.design());
    }

    /**
     * What changed between the requests of two analyses of the same catalog.
     *
     * @param detailed compare one rule per flow and firewall rather than merged rules
     */
    public static RequestDelta compare(FlowAnalysis before, FlowAnalysis after, boolean detailed) {
        return new RequestComparer(Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"))
                .run(detailed);
    }

    private RequestDelta run(boolean detailed) {
        RequestRules earlier = before.rules(detailed);
        RequestRules later = after.rules(detailed);
        Map<String, BoundaryRules> earlierSections = new LinkedHashMap<>();
        for (BoundaryRules section : earlier.boundaries()) {
            String key = sectionBefore(section.boundary());
            earlierSections.put(key, section);
            section.rules().forEach(r -> bucket(key, r, true).before.add(r));
        }
        earlier.unrouted().forEach(r -> bucket(UNROUTED, r, true).before.add(r));
        for (BoundaryRules section : later.boundaries()) {
            String key = sectionAfter(section.boundary());
            section.rules().forEach(r -> bucket(key, r, false).after.add(r));
        }
        later.unrouted().forEach(r -> bucket(UNROUTED, r, false).after.add(r));
        buckets.values().forEach(this::pair);
        List<BoundaryDelta> deltas = new ArrayList<>();
        for (BoundaryRules section : later.boundaries()) {
            BoundaryRules old = earlierSections.remove(sectionAfter(section.boundary()));
            deltas.add(delta(section.boundary(), section.rules(), old == null ? List.of() : old.rules()));
        }
        earlierSections.values().forEach(old -> deltas.add(delta(old.boundary(), List.of(), old.rules())));
        BoundaryDelta unrouted = delta(null, later.unrouted(), earlier.unrouted());
        return new RequestDelta(before, after, detailed, deltas, unrouted.changes(), unrouted.unchanged());
    }

    private BoundaryDelta delta(Boundary boundary, List<FirewallRule> laterRules, List<FirewallRule> earlierRules) {
        List<RuleChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (FirewallRule rule : laterRules) {
            RuleChange change = outcome.get(rule);
            if (change == UNCHANGED) {
                unchanged++;
            } else {
                changes.add(change);
            }
        }
        for (FirewallRule rule : earlierRules) {
            RuleChange change = outcome.get(rule);
            if (change != null && change.kind() == RuleChange.Kind.REMOVE) {
                changes.add(change);
            }
        }
        return new BoundaryDelta(boundary, changes, unchanged);
    }

    private Bucket bucket(String section, FirewallRule rule, boolean earlier) {
        String source = earlier ? matching.node(rule.source().id()) : rule.source().id();
        String destination = earlier ? matching.node(rule.destination().id()) : rule.destination().id();
        String key = section + '\n' + source + '\n' + destination + '\n' + rule.protocolText();
        return buckets.computeIfAbsent(key, k -> new Bucket());
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
        for (int pass = 0; pass < 3; pass++) {
            for (FirewallRule later : new ArrayList<>(bucket.after)) {
                FirewallRule earlier = find(bucket.before, later, pass);
                if (earlier != null) {
                    bucket.before.remove(earlier);
                    bucket.after.remove(later);
                    List<String> changes = changes(earlier, later);
                    outcome.put(later, changes.isEmpty() ? UNCHANGED : new RuleChange(RuleChange.Kind.CHANGE, earlier, later, changes));
                }
            }
        }
        bucket.after.forEach(r -> outcome.put(r, new RuleChange(RuleChange.Kind.ADD, null, r, List.of())));
        bucket.before.forEach(r -> outcome.put(r, new RuleChange(RuleChange.Kind.REMOVE, r, null, List.of())));
    }

    private FirewallRule find(List<FirewallRule> candidates, FirewallRule later, int pass) {
        for (FirewallRule earlier : candidates) {
            boolean sameEnds = pass == 2 || sameEnds(earlier, later);
            if (sameEnds && (pass > 0 || changes(earlier, later).isEmpty())) {
                return earlier;
            }
        }
        return null;
    }

    private boolean sameEnds(FirewallRule earlier, FirewallRule later) {
        return end(before, earlier.source(), earlier.sourceAddress()).equals(end(after, later.source(), later.sourceAddress()))
                && end(before, earlier.destination(), earlier.destinationAddress())
                .equals(end(after, later.destination(), later.destinationAddress()));
    }

    /** What a firewall team sees change between two rules of one pair of nodes and protocol. */
    private List<String> changes(FirewallRule earlier, FirewallRule later) {
        List<String> changes = new ArrayList<>(2);
        PortSet added = later.ports().minus(earlier.ports());
        PortSet dropped = earlier.ports().minus(later.ports());
        if (!added.isEmpty() && !dropped.isEmpty()) {
            changes.add("ports changed: adds " + added + ", drops " + dropped);
        } else if (!added.isEmpty()) {
            changes.add("ports widened: adds " + added);
        } else if (!dropped.isEmpty()) {
            changes.add("ports narrowed: drops " + dropped);
        } else if (!earlier.portText().equals(later.portText())) {
            changes.add("ports " + earlier.portText() + ARROW + later.portText());
        }
        endChange(changes, "source address", earlier.source(), earlier.sourceAddress(), later.source(), later.sourceAddress());
        endChange(changes, "destination address", earlier.destination(), earlier.destinationAddress(), later.destination(),
                later.destinationAddress());
        zoneChange(changes, "source zone", fromZone(earlier), fromZone(later));
        zoneChange(changes, "destination zone", toZone(earlier), toZone(later));
        return changes;
    }

    private void endChange(List<String> changes, String what, Node earlierNode, String earlierAddress, Node laterNode,
                           String laterAddress) {
        if (!end(before, earlierNode, earlierAddress).equals(end(after, laterNode, laterAddress))) {
            changes.add(what + " " + shown(before, earlierNode, earlierAddress) + ARROW + shown(after, laterNode, laterAddress));
        }
    }

    private void zoneChange(List<String> changes, String what, String earlierZone, String laterZone) {
        String translated = earlierZone == null ? null : matching.zone(earlierZone);
        if (!Objects.equals(translated, laterZone)) {
            changes.add(what + " " + zoneName(before, earlierZone) + ARROW + zoneName(after, laterZone));
        }
    }

    private static String fromZone(FirewallRule rule) {
        return rule.hop() != null ? rule.hop().fromZoneId() : rule.source().zoneId();
    }

    private static String toZone(FirewallRule rule) {
        return rule.hop() != null ? rule.hop().toZoneId() : rule.destination().zoneId();
    }

    private static String zoneName(FlowAnalysis analysis, String zoneId) {
        return zoneId == null ? "(outside every zone)" : analysis.design().zone(zoneId).map(z -> z.name()).orElse(zoneId);
    }

    /** One end as a firewall sees it: its address in one spelling, else its host name, else the node itself. */
    private String end(FlowAnalysis analysis, Node node, String address) {
        if (!address.isBlank()) {
            return canonical.computeIfAbsent(address, DesignMatching::canonical);
        }
        String host = analysis.hostOf(node);
        if (!host.isEmpty()) {
            return "host:" + host.toLowerCase(java.util.Locale.ROOT);
        }
        return "node:" + (analysis == before ? matching.node(node.id()) : node.id());
    }

    private static String shown(FlowAnalysis analysis, Node node, String address) {
        if (!address.isBlank()) {
            return address;
        }
        String host = analysis.hostOf(node);
        return host.isEmpty() ? "(no address)" : host;
    }

    /** The earlier and later rules between one pair of nodes on one protocol and boundary. */
    private static final class Bucket {
        private final List<FirewallRule> before = new ArrayList<>(1);
        private final List<FirewallRule> after = new ArrayList<>(1);
    }
}
