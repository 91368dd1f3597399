package io.portolan.io.export;

import io.portolan.rulebase.CheckResult;
import io.portolan.rulebase.ExistingRule;
import io.portolan.rulebase.RuleCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a request checked against the rulebase in place: each with its Already allowed column, and, when only
 * what is missing is requested, without the rules the rulebase already allows; beside them, the rules in place that
 * touch the design's addresses but that nothing in it needs.
 */
public final class CheckedTable {

    /** The name of the sheet of rules in place that nothing needs. */
    public static final String UNNEEDED_SHEET = "Existing rules not needed";
    /** Its columns. */
    public static final List<String> UNNEEDED_HEADERS = List.of("Firewall", "Rule", "Row", "Source", "Destination", "Service",
            "Action", "Why listed");

    private CheckedTable() {
    }

    /**
     * The rows of a table (a full or a delta request) with what the rulebase does with each.
     *
     * @param onlyMissing leave out the rules the rulebase already allows, so that the request asks only for what is missing
     */
    public static RuleTable of(RuleTable table, CheckResult result, boolean onlyMissing) {
        List<RuleRow> rows = new ArrayList<>(table.rows().size());
        List<RuleTable.Section> sections = new ArrayList<>(table.sections().size());
        int next = 0;
        for (RuleTable.Section section : table.sections()) {
            int from = rows.size();
            for (int i = section.from(); i < section.to(); i++) {
                add(rows, table.rows().get(i), result, onlyMissing);
            }
            next = section.to();
            sections.add(new RuleTable.Section(section.boundary(), from, rows.size()));
        }
        for (int i = next; i < table.rows().size(); i++) {
            add(rows, table.rows().get(i), result, onlyMissing);
        }
        List<RuleTable.Note> notes = new ArrayList<>(table.notes());
        notes.addAll(notes(result, onlyMissing));
        return new RuleTable(table.analysis(), table.detailed(), columns(table.columns()), rows, sections, notes,
                List.of(unneeded(result)));
    }

    /** The columns with Already allowed after What changed, or after the ports. */
    private static List<RequestColumn> columns(List<RequestColumn> base) {
        List<RequestColumn> columns = new ArrayList<>(base);
        int after = columns.contains(CompareColumn.WHAT_CHANGED) ? columns.indexOf(CompareColumn.WHAT_CHANGED)
                : columns.indexOf(RuleColumn.PORTS);
        columns.add(after + 1, CompareColumn.ALREADY_ALLOWED);
        return columns;
    }

    private static void add(List<RuleRow> rows, RuleRow row, CheckResult result, boolean onlyMissing) {
        RuleCheck check = "Remove".equals(row.text(CompareColumn.CHANGE)) ? null : result.of(row.rule());
        if (onlyMissing && check != null && check.status() == RuleCheck.Status.ALLOWED) {
            return;
        }
        rows.add(row.marked(CompareColumn.ALREADY_ALLOWED, check == null ? "" : check.text()));
    }

    private static List<RuleTable.Note> notes(CheckResult result, boolean onlyMissing) {
        String counts = result.count(RuleCheck.Status.ALLOWED) + " already allowed, " + result.count(RuleCheck.Status.PARTLY)
                + " partly allowed, " + result.count(RuleCheck.Status.MISSING) + " missing"
                + (onlyMissing ? ". The Rules sheet lists only what is missing or partly allowed." : ".");
        return List.of(new RuleTable.Note("Checked against", result.rulebase().file() + " (" + result.rulebase().rules().size()
                        + " rules in place, read with " + result.rulebase().mapping().name() + ")"),
                new RuleTable.Note("Already allowed", counts),
                new RuleTable.Note("Rules in place not needed", result.unneeded().size() + " touch the design's addresses but allow"
                        + " nothing it needs; see the sheet '" + UNNEEDED_SHEET + "'."));
    }

    private static RuleTable.SideTable unneeded(CheckResult result) {
        List<List<String>> rows = new ArrayList<>(result.unneeded().size());
        for (ExistingRule rule : result.unneeded()) {
            rows.add(List.of(rule.firewalls().isEmpty() ? "(every firewall)" : String.join(", ", rule.firewalls()), rule.name(),
                    Integer.toString(rule.row()), rule.sourceText(), rule.destinationText(), rule.serviceText(), rule.actionText(),
                    "Touches the design's addresses; allows nothing the design needs"));
        }
        return new RuleTable.SideTable(UNNEEDED_SHEET, UNNEEDED_HEADERS, rows);
    }
}
