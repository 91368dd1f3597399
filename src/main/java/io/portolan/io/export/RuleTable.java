package io.portolan.io.export;

import io.portolan.engine.BoundaryRules;
import io.portolan.engine.Boundary;
import io.portolan.engine.Crossing;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.RequestRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of an analysis as rows of text, in the engine's request order: every output of the request
 * (workbook, CSV, JSON) writes these rows, so they agree row for row.
 */
public final class RuleTable {

    /** The rows of one firewall or implicit boundary: {@code rows().subList(from, to)}. */
    public record Section(Boundary boundary, int from, int to) {
        /** The number of rows. */
        public int size() {
            return to - from;
        }
    }

    /** What the Firewall column says for a flow no chain of firewalls can carry. */
    public static final String UNROUTABLE = "Unroutable (no firewall path)";
    /** What the Firewall column says for a flow with an end outside every zone. */
    public static final String UNZONED = "Unzoned (outside every zone)";

    private final FlowAnalysis analysis;
    private final RequestRules rules;
    private final RuleText text;
    private final List<RuleRow> rows;
    private final List<Section> sections;

    private RuleTable(FlowAnalysis analysis, boolean detailed, AddressNaming naming) {
        this.analysis = analysis;
        this.rules = analysis.rules(detailed);
        this.text = new RuleText(analysis);
        RuleCells cells = new RuleCells(text, naming);
        List<RuleRow> built = new ArrayList<>(rules.size());
        List<Section> parts = new ArrayList<>(rules.boundaries().size());
        for (BoundaryRules boundary : rules.boundaries()) {
            int from = built.size();
            for (FirewallRule rule : boundary.rules()) {
                built.add(cells.row(rule));
            }
            parts.add(new Section(boundary.boundary(), from, built.size()));
        }
        for (FirewallRule rule : rules.unrouted()) {
            built.add(cells.row(rule));
        }
        this.rows = List.copyOf(built);
        this.sections = List.copyOf(parts);
    }

    /** The rows for an analysis: merged rules, or one row per flow and firewall when {@code detailed}. */
    public static RuleTable of(FlowAnalysis analysis, boolean detailed) {
        return new RuleTable(analysis, detailed, AddressNaming.ADDRESSES);
    }

    /** The rows for an analysis, the address columns written as the naming says (object names, for one). */
    public static RuleTable of(FlowAnalysis analysis, boolean detailed, AddressNaming naming) {
        return new RuleTable(analysis, detailed, naming);
    }

    /** The rows, numbered from 1 in this order. */
    public List<RuleRow> rows() {
        return rows;
    }

    /** One section per firewall and implicit boundary, in the engine's order, including firewalls no rule passes. */
    public List<Section> sections() {
        return sections;
    }

    /** True when the rows are one per flow rather than merged. */
    public boolean detailed() {
        return rules.detailed();
    }

    /** The analysis the rows come from. */
    public FlowAnalysis analysis() {
        return analysis;
    }

    /** The shared words for zones, hosts and references. */
    public RuleText text() {
        return text;
    }

    /** Rows of flows without a route (unroutable or unzoned). */
    public long unroutedRows() {
        return rules.unrouted().size();
    }

    /** Flows that stay inside one zone and so need no firewall rule. */
    public long sameZoneFlows() {
        return analysis.count(Crossing.SAME_ZONE);
    }

    /** The zones that rows start or end in, in design order (nodes outside every zone not counted). */
    public List<String> zonesCrossed() {
        Set<String> ids = new LinkedHashSet<>();
        for (RuleRow row : rows) {
            ids.add(row.source().zoneId());
            ids.add(row.destination().zoneId());
        }
        return analysis.design().zones().stream().map(z -> z.id()).filter(ids::contains).toList();
    }
}
