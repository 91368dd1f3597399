package io.portolan.rulebase;

import java.util.List;

/**
 * The rules in place on the firewalls, as read from a rulebase CSV, in the order each firewall evaluates them.
 *
 * @param file the rulebase file, as messages name it
 * @param rules every rule that is not disabled, in file order
 * @param mapping the columns it was read with
 */
public record Rulebase(String file, List<ExistingRule> rules, ColumnMapping mapping) {

    public Rulebase {
        rules = List.copyOf(rules);
    }
}
