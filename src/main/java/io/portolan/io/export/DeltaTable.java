package io.portolan.io.export;

import io.portolan.compare.BoundaryDelta;
import io.portolan.compare.RequestDelta;
import io.portolan.compare.RuleChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a delta request: per firewall only the rules to add, to remove and to change, each with its Change
 * column, and for a changed rule what changed. A removed rule is written as the earlier revision had it.
 */
public final class DeltaTable {

    /** The columns of a delta request: the request's own, with Change after the number and What changed after the ports. */
    public static final List<RequestColumn> COLUMNS = columns();

    private DeltaTable() {
    }

    private static List<RequestColumn> columns() {
        List<RequestColumn> columns = new ArrayList<>(RuleColumn.request());
        columns.add(columns.indexOf(RuleColumn.NUMBER) + 1, CompareColumn.CHANGE);
        columns.add(columns.indexOf(RuleColumn.PORTS) + 1, CompareColumn.WHAT_CHANGED);
        return List.copyOf(columns);
    }

    /**
     * The rows of the changes.
     *
     * @param delta the changes between two revisions
     * @param against what the earlier revision is, as the Request sheet names it ({@code design.portolan at HEAD (3f2a9c1)})
     */
    public static RuleTable of(RequestDelta delta, String against) {
        RuleCells now = new RuleCells(new RuleText(delta.after()));
        RuleCells was = new RuleCells(new RuleText(delta.before()));
        List<RuleRow> rows = new ArrayList<>();
        List<RuleTable.Section> sections = new ArrayList<>();
        for (BoundaryDelta boundary : delta.boundaries()) {
            int from = rows.size();
            boundary.changes().forEach(change -> rows.add(row(change, now, was)));
            sections.add(new RuleTable.Section(boundary.boundary(), from, rows.size()));
        }
        delta.unrouted().forEach(change -> rows.add(row(change, now, was)));
        return new RuleTable(delta.after(), delta.detailed(), COLUMNS, rows, sections, notes(delta, against), List.of());
    }

    private static RuleRow row(RuleChange change, RuleCells now, RuleCells was) {
        RuleRow row = change.kind() == RuleChange.Kind.REMOVE ? was.row(change.before()) : now.row(change.after());
        return row.marked(CompareColumn.CHANGE, change.kind().label()).marked(CompareColumn.WHAT_CHANGED, change.description());
    }

    private static List<RuleTable.Note> notes(RequestDelta delta, String against) {
        String summary = delta.changed()
                ? count(delta.count(RuleChange.Kind.ADD), "rule") + " to add, " + delta.count(RuleChange.Kind.REMOVE) + " to remove, "
                + delta.count(RuleChange.Kind.CHANGE) + " to change; " + count(delta.unchanged(), "rule") + " stay as they are"
                + " and are not listed."
                : "Nothing changed: every one of the " + count(delta.unchanged(), "rule") + " stays as it is.";
        return List.of(new RuleTable.Note("Compared with", against),
                new RuleTable.Note("Changes", summary + " The Rules sheet lists only what to add, remove and change."));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
