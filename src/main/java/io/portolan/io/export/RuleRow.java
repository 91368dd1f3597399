package io.portolan.io.export;

import io.portolan.engine.FirewallRule;
import io.portolan.model.Node;

/**
 * One row of the Rules sheet, the rules CSV and the rules JSON: an engine rule and its text.
 *
 * @param rule the rule of the engine's request
 * @param cells the text of every column but the number, in {@link RuleColumn} order
 * @param marks the text of the columns a comparison adds, in {@link CompareColumn} order; empty text where none
 */
public record RuleRow(FirewallRule rule, String[] cells, String[] marks) {

    /** A row of the request's own columns, with no comparison. */
    public RuleRow(FirewallRule rule, String[] cells) {
        this(rule, cells, blankMarks());
    }

    private static String[] blankMarks() {
        String[] marks = new String[CompareColumn.values().length];
        java.util.Arrays.fill(marks, "");
        return marks;
    }

    /** The text of any column; the number column is not held here. */
    public String text(RequestColumn column) {
        return column instanceof RuleColumn rule ? cells[rule.ordinal()] : marks[((CompareColumn) column).ordinal()];
    }

    /** This row with a comparison column's text set. */
    public RuleRow marked(CompareColumn column, String text) {
        String[] changed = marks.clone();
        changed[column.ordinal()] = text == null ? "" : text;
        return new RuleRow(rule, cells, changed);
    }

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
