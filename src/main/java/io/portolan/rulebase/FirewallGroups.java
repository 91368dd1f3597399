package io.portolan.rulebase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules in place sorted out by firewall in one pass over the rulebase: for each firewall of the design the rules it
 * evaluates (its own and those on every firewall, in rulebase order), which rules are on a firewall of the design at
 * all, and which firewalls the rulebase names that the design does not have. Firewall names are matched without blanks
 * around them and in any case.
 */
final class FirewallGroups {

    private final List<ExistingRule> rules;
    private final Map<String, IntList> own = new HashMap<>();
    private final IntList everyFirewall = new IntList();
    private final boolean[] onDesign;
    private final Set<String> unknown = new LinkedHashSet<>();

    /**
     * Sorts the rules out.
     *
     * @param firewalls the design's firewalls and boundaries, as {@link #key} gives their names
     */
    FirewallGroups(List<ExistingRule> rules, Set<String> firewalls) {
        this.rules = rules;
        this.onDesign = new boolean[rules.size()];
        Map<String, String> keys = new HashMap<>();
        for (ExistingRule rule : rules) {
            if (rule.firewalls().isEmpty()) {
                everyFirewall.add(rule.index());
                onDesign[rule.index()] = true;
                continue;
            }
            for (String name : rule.firewalls()) {
                String key = keys.computeIfAbsent(name, FirewallGroups::key);
                if (firewalls.contains(key)) {
                    onDesign[rule.index()] = true;
                    IntList list = own.computeIfAbsent(key, k -> new IntList());
                    if (list.size() == 0 || list.last() != rule.index()) {
                        list.add(rule.index());
                    }
                }
            }
            if (!onDesign[rule.index()]) {
                unknown.add(rule.firewalls().get(0));
            }
        }
    }

    /** A firewall's name as rulebases and designs are matched on: without blanks around it, in any case. */
    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** The rules the firewall (a key of the design's) evaluates, in rulebase order. */
    List<ExistingRule> rulesOf(String firewall) {
        IntList mine = own.getOrDefault(firewall, new IntList());
        List<ExistingRule> merged = new ArrayList<>(mine.size() + everyFirewall.size());
        int m = 0;
        int e = 0;
        while (m < mine.size() || e < everyFirewall.size()) {
            boolean takeMine = e == everyFirewall.size() || m < mine.size() && mine.get(m) < everyFirewall.get(e);
            merged.add(rules.get(takeMine ? mine.get(m++) : everyFirewall.get(e++)));
        }
        return merged;
    }

    /** True when the rule is on a firewall of the design, or on every firewall. */
    boolean onDesign(ExistingRule rule) {
        return onDesign[rule.index()];
    }

    /** The firewalls the rulebase names that the design does not have, as the rulebase first spells them. */
    List<String> unknownFirewalls() {
        return List.copyOf(unknown);
    }
}
