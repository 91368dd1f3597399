package io.portolan.rulebase;

import io.portolan.engine.FirewallRule;
import java.util.List;
import java.util.Map;

/**
 * A request checked against the rulebase in place: what the rulebase does with each required rule, which rules in
 * place touch the design's addresses though nothing in it needs them, and which firewalls of the rulebase the design
 * does not have.
 *
 * @param rulebase the rulebase checked against
 * @param checks per rule of the request (by identity), what the rulebase does with it
 * @param unneeded the allow rules in place on the design's firewalls that touch its addresses but allow nothing it needs
 * @param unknownFirewalls the firewalls the rulebase names that are not in the design, as the rulebase spells them
 */
public record CheckResult(Rulebase rulebase, Map<FirewallRule, RuleCheck> checks, List<ExistingRule> unneeded,
                          List<String> unknownFirewalls) {

    public CheckResult {
        unneeded = List.copyOf(unneeded);
        unknownFirewalls = List.copyOf(unknownFirewalls);
    }

    /** What the rulebase does with a rule of the request. */
    public RuleCheck of(FirewallRule rule) {
        return checks.get(rule);
    }

    /** How many rules of the request have the status. */
    public long count(RuleCheck.Status status) {
        return checks.values().stream().filter(c -> c.status() == status).count();
    }

    /** True when every required rule is allowed. */
    public boolean allAllowed() {
        return checks.values().stream().allMatch(c -> c.status() == RuleCheck.Status.ALLOWED);
    }
}
