package io.portolan.ui.document;

import io.portolan.compare.RequestComparer;
import io.portolan.compare.RequestDelta;
import io.portolan.compare.RuleChange;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.export.CheckedTable;
import io.portolan.io.export.DeltaTable;
import io.portolan.io.export.RuleTable;
import io.portolan.rulebase.CheckResult;
import io.portolan.rulebase.RuleCheck;
import io.portolan.rulebase.Rulebase;
import io.portolan.rulebase.RulebaseCheck;
import io.portolan.ui.document.Selection.EdgeKey;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the open design is compared with: an earlier revision (a design file, or the file as last committed) and the
 * rulebase in place. After each edit the comparison is worked out again for the committed design, so that the canvas
 * marks and the flows table follow what the user changes.
 */
public final class Comparison {

    /** The mark of an edge whose rules include added ones. */
    public static final String ADDED = "rules-added";
    /** The mark of an edge whose rules include removed ones. */
    public static final String REMOVED = "rules-removed";
    /** The mark of an edge whose rules changed, or were both added and removed. */
    public static final String CHANGED = "rules-changed";
    /** The mark of an edge whose rules the rulebase in place already allows. */
    public static final String ALLOWED = "rules-allowed";
    /** The mark of an edge whose rules the rulebase in place allows only in part. */
    public static final String PARTLY = "rules-partly";

    private final DesignDocument document;
    private FlowAnalysis baseline;
    private String baselineName = "";
    private Rulebase rulebase;
    private final ReadOnlyObjectWrapper<RequestDelta> delta = new ReadOnlyObjectWrapper<>(this, "delta");
    private final ReadOnlyObjectWrapper<CheckResult> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ReadOnlyObjectWrapper<Map<EdgeKey, String>> marks = new ReadOnlyObjectWrapper<>(this, "marks", Map.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Set<Flow> changedFlows = Set.of();

    public Comparison(DesignDocument document) {
        this.document = document;
        document.designProperty().addListener((o, a, b) -> refresh());
    }

    /** Compares the design with an earlier revision from now on. */
    public void compareWith(FlowAnalysis earlier, String name) {
        baseline = earlier;
        baselineName = name;
        refresh();
    }

    /** Checks the design against the rulebase in place from now on. */
    public void checkAgainst(Rulebase rules) {
        rulebase = rules;
        refresh();
    }

    /** Stops comparing with anything. */
    public void clear() {
        baseline = null;
        rulebase = null;
        refresh();
    }

    /** True while the design is compared with an earlier revision or a rulebase. */
    public boolean active() {
        return baseline != null || rulebase != null;
    }

    /** The changes since the earlier revision; null when not comparing with one. */
    public ReadOnlyObjectProperty<RequestDelta> deltaProperty() {
        return delta.getReadOnlyProperty();
    }

    /** The check against the rulebase; null when not checking. */
    public ReadOnlyObjectProperty<CheckResult> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** Per edge between two nodes, its mark ({@link #ADDED}, ...); edges without a mark are left out. */
    public ReadOnlyObjectProperty<Map<EdgeKey, String>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** {@code Compared with v1.portolan: 3 to add, 1 to remove, 2 to change}, or empty when not comparing. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True when the flow belongs to a rule that is added or changed since the earlier revision. */
    public boolean changed(Flow flow) {
        return changedFlows.contains(flow);
    }

    /** The rows a compared request exports: the changes (when comparing with a revision), only what is missing (with a rulebase). */
    public RuleTable table(boolean detailed) {
        return tableLater(detailed).get();
    }

    /**
     * The rows a compared request exports, worked out when asked, on any thread: the design and what it is compared with
     * are taken now, so that an export in the background writes what the window showed when it started.
     */
    public java.util.function.Supplier<RuleTable> tableLater(boolean detailed) {
        FlowAnalysis analysis = document.analysis();
        FlowAnalysis earlier = baseline;
        String earlierName = baselineName;
        Rulebase inPlace = rulebase;
        return () -> {
            RuleTable table = earlier == null ? RuleTable.of(analysis, detailed)
                    : DeltaTable.of(RequestComparer.compare(earlier, analysis, detailed), earlierName);
            return inPlace == null ? table : CheckedTable.of(table, RulebaseCheck.check(analysis, detailed, inPlace), true);
        };
    }

    private void refresh() {
        FlowAnalysis analysis = document.analysis();
        RequestDelta changes = baseline == null ? null : RequestComparer.compare(baseline, analysis, false);
        CheckResult checked = rulebase == null ? null : RulebaseCheck.check(analysis, false, rulebase);
        Map<EdgeKey, String> edgeMarks = new HashMap<>();
        Set<Flow> flows = Collections.newSetFromMap(new IdentityHashMap<>());
        if (checked != null) {
            markChecked(checked, edgeMarks);
        }
        if (changes != null) {
            for (RuleChange change : changes.all()) {
                FirewallRule rule = change.rule();
                String mark = change.kind() == RuleChange.Kind.ADD ? ADDED : change.kind() == RuleChange.Kind.REMOVE ? REMOVED : CHANGED;
                edgeMarks.merge(EdgeKey.of(rule.source().id(), rule.destination().id()), mark, (a, b) -> a.equals(b) ? a : CHANGED);
                if (change.after() != null) {
                    flows.addAll(change.after().flows());
                }
            }
        }
        changedFlows = flows;
        delta.set(changes);
        check.set(checked);
        marks.set(Map.copyOf(edgeMarks));
        summary.set(summary(changes, checked));
    }

    private static void markChecked(CheckResult checked, Map<EdgeKey, String> edgeMarks) {
        Map<EdgeKey, Boolean> allAllowed = new HashMap<>();
        checked.checks().forEach((rule, result) -> allAllowed.merge(EdgeKey.of(rule.source().id(), rule.destination().id()),
                result.status() == RuleCheck.Status.ALLOWED, Boolean::logicalAnd));
        checked.checks().forEach((rule, result) -> {
            EdgeKey key = EdgeKey.of(rule.source().id(), rule.destination().id());
            if (result.status() != RuleCheck.Status.MISSING) {
                edgeMarks.put(key, allAllowed.get(key) ? ALLOWED : PARTLY);
            }
        });
    }

    private String summary(RequestDelta changes, CheckResult checked) {
        StringBuilder text = new StringBuilder();
        if (changes != null) {
            text.append("Compared with ").append(baselineName).append(": ").append(changes.count(RuleChange.Kind.ADD))
                    .append(" to add, ").append(changes.count(RuleChange.Kind.REMOVE)).append(" to remove, ")
                    .append(changes.count(RuleChange.Kind.CHANGE)).append(" to change");
        }
        if (checked != null) {
            text.append(text.length() > 0 ? "; " : "").append("rulebase: ").append(checked.count(RuleCheck.Status.ALLOWED))
                    .append(" allowed, ").append(checked.count(RuleCheck.Status.PARTLY)).append(" partly, ")
                    .append(checked.count(RuleCheck.Status.MISSING)).append(" missing");
        }
        return text.toString();
    }
}
