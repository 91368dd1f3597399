package io.portolan.rulebase;

import io.portolan.engine.BoundaryRules;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.RequestRules;
import io.portolan.model.AddressItem;
import io.portolan.model.AddressRole;
import io.portolan.model.Addresses;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rules of a request against the rulebase in place, as the firewall evaluates it: the rules of the
 * firewall (and those on every firewall) in order, the first that matches a packet decides it, so a deny above an
 * allow hides it; addresses and ports are covered by containment. Each required rule is evaluated as one box of
 * traffic that each matching rule cuts; what no allow rule takes is missing.
 *
 * <p>A large request holds hundreds of thousands of rules, nearly all allowed whole by the first rule in place that
 * meets them, so that path makes no object: candidates come in one reused list, ports are compared without making sets,
 * and the result of a rule allowed whole by one rule in place is one value shared by every rule it allows.
 */
public final class RulebaseCheck {

    private final Rulebase rulebase;
    private final List<ExistingRule> rules;
    private final Map<String, RulebaseIndex> indexes = new HashMap<>();
    private final Map<String, Target> targets = new HashMap<>();
    private final boolean[] used;
    /** Per rule in place, the last result of a required rule it allows whole: most such results are alike. */
    private final RuleCheck[] allowedWhole;
    private final IntList candidates = new IntList();

    private RulebaseCheck(Rulebase rulebase) {
        this.rulebase = rulebase;
        this.rules = rulebase.rules();
        this.used = new boolean[rules.size()];
        this.allowedWhole = new RuleCheck[rules.size()];
    }

    /**
     * Checks the request of the analysis against the rulebase.
     *
     * @param detailed check one rule per flow and firewall rather than merged rules
     */
    public static CheckResult check(FlowAnalysis analysis, boolean detailed, Rulebase rulebase) {
        return new RulebaseCheck(rulebase).run(analysis, analysis.rules(detailed));
    }

    private CheckResult run(FlowAnalysis analysis, RequestRules request) {
        Map<FirewallRule, RuleCheck> checks = new IdentityHashMap<>(request.size());
        Set<String> firewalls = new LinkedHashSet<>();
        request.boundaries().forEach(boundary -> firewalls.add(FirewallGroups.key(boundary.boundary().name())));
        FirewallGroups groups = new FirewallGroups(rules, firewalls);
        for (BoundaryRules boundary : request.boundaries()) {
            if (!boundary.rules().isEmpty()) {
                RulebaseIndex index = indexes.computeIfAbsent(FirewallGroups.key(boundary.boundary().name()),
                        name -> new RulebaseIndex(groups.rulesOf(name)));
                boundary.rules().forEach(rule -> checks.put(rule, evaluate(rule, index)));
            }
        }
        for (FirewallRule rule : request.unrouted()) {
            checks.put(rule, new RuleCheck(RuleCheck.Status.MISSING, List.of(), List.of(), List.of(), rule.protocolText(),
                    "the flow has no route, so no firewall can be named"));
        }
        return new CheckResult(rulebase, checks, unneeded(analysis, groups), groups.unknownFirewalls());
    }

    private RuleCheck evaluate(FirewallRule rule, RulebaseIndex index) {
        String protocol = Services.key(rule.protocol(), rule.ipProtocol());
        PortSet ports = !rule.protocol().hasPorts() ? Services.PORTLESS : rule.ports().isEmpty() ? Services.ALL_PORTS : rule.ports();
        Target destination = target(rule.destinationAddress());
        Box whole = new Box(target(rule.sourceAddress()).addresses(), destination.addresses(), ports);
        index.candidates(protocol, ports, destination.ipv4(), destination.block(), candidates);
        for (int i = 0; i < candidates.size(); i++) {
            ExistingRule existing = rules.get(candidates.get(i));
            PortSet matched = existing.services().ports(protocol);
            if (matched.isEmpty() || !whole.meets(existing.source(), existing.destination(), matched)) {
                continue;
            }
            if (existing.allow() && whole.inside(existing.source(), existing.destination(), matched)) {
                used[existing.index()] = true;
                return allowedWhole(existing, rule.protocolText());
            }
            return cut(rule, protocol, whole, candidates.toArray(), i);
        }
        return result(rule, List.of(), List.of(), List.of(), List.of(whole));
    }

    /** The result of a required rule of the protocol allowed whole by the rule in place. */
    private RuleCheck allowedWhole(ExistingRule existing, String protocolText) {
        RuleCheck last = allowedWhole[existing.index()];
        if (last == null || !last.protocol().equals(protocolText)) {
            last = new RuleCheck(RuleCheck.Status.ALLOWED, List.of(existing), List.of(), List.of(), protocolText, "");
            allowedWhole[existing.index()] = last;
        }
        return last;
    }

    /** Evaluates the box rule by rule from the candidate at {@code first}, the first that meets it without deciding all of it. */
    private RuleCheck cut(FirewallRule rule, String protocol, Box whole, int[] candidates, int first) {
        List<Box> region = List.of(whole);
        List<ExistingRule> allowedBy = new ArrayList<>(2);
        List<ExistingRule> deniedBy = new ArrayList<>(1);
        List<Box> denied = new ArrayList<>(1);
        for (int i = first; i < candidates.length && !region.isEmpty(); i++) {
            ExistingRule existing = rules.get(candidates[i]);
            PortSet matched = existing.services().ports(protocol);
            List<Box> outside = new ArrayList<>(region.size() + 2);
            boolean decided = false;
            for (Box box : region) {
                if (matched.isEmpty() || !box.meets(existing.source(), existing.destination(), matched)) {
                    outside.add(box);
                    continue;
                }
                decided = true;
                boolean inside = box.inside(existing.source(), existing.destination(), matched);
                if (!existing.allow()) {
                    denied.add(inside ? box : box.inter(existing.source(), existing.destination(), matched));
                }
                if (!inside) {
                    box.outside(existing.source(), existing.destination(), matched, outside);
                }
            }
            if (decided) {
                (existing.allow() ? allowedBy : deniedBy).add(existing);
                used[existing.index()] |= existing.allow();
            }
            region = outside;
        }
        return result(rule, allowedBy, deniedBy, denied, region);
    }

    private static RuleCheck result(FirewallRule rule, List<ExistingRule> allowedBy, List<ExistingRule> deniedBy, List<Box> denied,
                                    List<Box> unmatched) {
        List<Box> missing = new ArrayList<>(denied);
        missing.addAll(unmatched);
        RuleCheck.Status status = missing.isEmpty() ? RuleCheck.Status.ALLOWED
                : allowedBy.isEmpty() ? RuleCheck.Status.MISSING : RuleCheck.Status.PARTLY;
        return new RuleCheck(status, allowedBy, deniedBy, missing, rule.protocolText(), "");
    }

    /** The addresses of an end; an end without an IP address (a host name, nothing) is {@link AddressSet#UNKNOWN}. */
    private Target target(String text) {
        Target known = targets.get(text);
        if (known == null) {
            AddressSet addresses;
            try {
                List<AddressItem> items = Addresses.items(text);
                addresses = items.isEmpty() ? AddressSet.UNKNOWN : AddressSet.of(items);
            } catch (IllegalArgumentException e) {
                addresses = AddressSet.UNKNOWN;
            }
            known = new Target(addresses, addresses.ipv4Addresses(RulebaseIndex.SMALL), addresses.ipv4Block());
            targets.put(text, known);
        }
        return known;
    }

    private List<ExistingRule> unneeded(FlowAnalysis analysis, FirewallGroups groups) {
        List<AddressItem> items = new ArrayList<>();
        for (Node node : analysis.design().nodes()) {
            for (AddressRole role : AddressRole.values()) {
                try {
                    items.addAll(Addresses.items(node.addresses().own(role)));
                } catch (IllegalArgumentException e) {
                    // an address the design cannot read touches no rule; the design's own warnings name it
                }
            }
        }
        AddressSet design = AddressSet.of(items);
        List<ExistingRule> unneeded = new ArrayList<>();
        for (ExistingRule rule : rules) {
            if (rule.allow() && !used[rule.index()] && groups.onDesign(rule) && touches(design, rule)) {
                unneeded.add(rule);
            }
        }
        return unneeded;
    }

    private static boolean touches(AddressSet design, ExistingRule rule) {
        return !rule.source().isAny() && design.overlaps(rule.source())
                || !rule.destination().isAny() && design.overlaps(rule.destination());
    }

    /**
     * An end of required rules as the index looks it up, worked out once per address text.
     *
     * @param addresses its addresses
     * @param ipv4 its IPv4 addresses when it has at most {@link RulebaseIndex#SMALL}, else null
     * @param block its /16 block, or -1
     */
    private record Target(AddressSet addresses, long[] ipv4, int block) {
    }
}
