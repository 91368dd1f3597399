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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The check {@link RulebaseCheck} makes, as it was written before it was made fast: each firewall's rules found by a
 * stream over the whole rulebase, indexes of boxed maps, port sets subtracted to test containment, one result object
 * per required rule. It stays in the tests so that a property test proves the fast check gives the same result; without
 * its index ({@link #checkEveryRule}) it is the plain scan of every rule that both indexes must agree with.
 */
final class ReferenceRulebaseCheck {

    private final Rulebase rulebase;
    private final List<ExistingRule> rules;
    private final Map<String, ReferenceRulebaseIndex> indexes = new HashMap<>();
    private final Map<String, AddressSet> addresses = new HashMap<>();
    private final boolean[] used;
    private final boolean everyRule;

    private ReferenceRulebaseCheck(Rulebase rulebase, boolean everyRule) {
        this.rulebase = rulebase;
        this.everyRule = everyRule;
        this.rules = rulebase.rules();
        this.used = new boolean[rules.size()];
    }

    /**
     * Checks the request of the analysis against the rulebase.
     *
     * @param detailed check one rule per flow and firewall rather than merged rules
     */
    static CheckResult check(FlowAnalysis analysis, boolean detailed, Rulebase rulebase) {
        return new ReferenceRulebaseCheck(rulebase, false).run(analysis, analysis.rules(detailed));
    }

    /** The check without an index: each required rule evaluated against every rule of its firewall, in order. */
    static CheckResult checkEveryRule(FlowAnalysis analysis, boolean detailed, Rulebase rulebase) {
        return new ReferenceRulebaseCheck(rulebase, true).run(analysis, analysis.rules(detailed));
    }

    private CheckResult run(FlowAnalysis analysis, RequestRules request) {
        Map<FirewallRule, RuleCheck> checks = new IdentityHashMap<>(request.size() * 2);
        Set<String> firewalls = new LinkedHashSet<>();
        for (BoundaryRules boundary : request.boundaries()) {
            String name = key(boundary.boundary().name());
            firewalls.add(name);
            if (!boundary.rules().isEmpty()) {
                ReferenceRulebaseIndex index = indexes.computeIfAbsent(name, this::index);
                boundary.rules().forEach(rule -> checks.put(rule, evaluate(rule, index)));
            }
        }
        for (FirewallRule rule : request.unrouted()) {
            checks.put(rule, new RuleCheck(RuleCheck.Status.MISSING, List.of(), List.of(), List.of(), rule.protocolText(),
                    "the flow has no route, so no firewall can be named"));
        }
        return new CheckResult(rulebase, checks, unneeded(analysis, firewalls), unknownFirewalls(firewalls));
    }

    /** A firewall's name as rulebases and designs are matched on: without blanks around it, in any case. */
    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private ReferenceRulebaseIndex index(String firewall) {
        List<ExistingRule> own = new ArrayList<>();
        for (ExistingRule rule : rules) {
            if (rule.firewalls().isEmpty() || rule.firewalls().stream().anyMatch(f -> key(f).equals(firewall))) {
                own.add(rule);
            }
        }
        return new ReferenceRulebaseIndex(own, everyRule);
    }

    private RuleCheck evaluate(FirewallRule rule, ReferenceRulebaseIndex index) {
        String protocol = Services.key(rule.protocol(), rule.ipProtocol());
        PortSet ports = !rule.protocol().hasPorts() ? Services.PORTLESS : rule.ports().isEmpty() ? Services.ALL_PORTS : rule.ports();
        AddressSet destination = address(rule.destinationAddress());
        Box whole = new Box(address(rule.sourceAddress()), destination, ports);
        int[] candidates = index.candidates(protocol, ports, destination);
        for (int i = 0; i < candidates.length; i++) {
            ExistingRule existing = rules.get(candidates[i]);
            PortSet matched = existing.services().ports(protocol);
            if (matched.isEmpty() || !whole.meets(existing.source(), existing.destination(), matched)) {
                continue;
            }
            if (existing.allow() && whole.inside(existing.source(), existing.destination(), matched)) {
                used[existing.index()] = true;
                return new RuleCheck(RuleCheck.Status.ALLOWED, List.of(existing), List.of(), List.of(), rule.protocolText(), "");
            }
            return cut(rule, protocol, whole, candidates, i);
        }
        return result(rule, List.of(), List.of(), List.of(), List.of(whole));
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
    private AddressSet address(String text) {
        return addresses.computeIfAbsent(text, t -> {
            try {
                List<AddressItem> items = Addresses.items(t);
                return items.isEmpty() ? AddressSet.UNKNOWN : AddressSet.of(items);
            } catch (IllegalArgumentException e) {
                return AddressSet.UNKNOWN;
            }
        });
    }

    private List<ExistingRule> unneeded(FlowAnalysis analysis, Set<String> firewalls) {
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
            boolean onDesign = rule.firewalls().isEmpty()
                    || rule.firewalls().stream().anyMatch(f -> firewalls.contains(key(f)));
            boolean touches = !rule.source().isAny() && design.overlaps(rule.source())
                    || !rule.destination().isAny() && design.overlaps(rule.destination());
            if (rule.allow() && !used[rule.index()] && onDesign && touches) {
                unneeded.add(rule);
            }
        }
        return unneeded;
    }

    private List<String> unknownFirewalls(Set<String> firewalls) {
        Set<String> unknown = new LinkedHashSet<>();
        for (ExistingRule rule : rules) {
            if (!rule.firewalls().isEmpty() && rule.firewalls().stream().noneMatch(f -> firewalls.contains(key(f)))) {
                unknown.add(rule.firewalls().get(0));
            }
        }
        return List.copyOf(unknown);
    }
}
