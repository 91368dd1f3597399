package io.portolan.io.export;

import io.portolan.engine.FirewallRule;
import io.portolan.model.Node;

/**
 * One row of the Rules sheet, the rules CSV and the rules JSON: an engine rule and its text.
 *
 * @param rule the rule of the engine's request
 * @param cells the text of every column but the number, in {@link RuleColumn} order
 */
public record RuleRow(FirewallRule rule, String[] cells) {

    /** The text of a column; empty, never null, for an empty cell; the number column is not held here. */
    public String cell(RuleColumn column) {
        return cells[column.ordinal()];
    }

    /** True for a flow that has no route through the firewalls (unroutable or outside every zone). */
    public boolean unrouted() {
        return rule.unrouted();
    }

    /** The node that opens the connections. */
    public Node source() {
        return rule.source();
    }

    /** The node that listens. */
    public Node destination() {
        return rule.destination();
    }
}
