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

    /**
     * A line of the Request sheet that says what the request was compared with.
     *
     * @param label what the line is ({@code Compared with})
     * @param text what it says
     */
    public record Note(String label, String text) {
    }

    /**
     * A table a comparison adds beside the rules, written as a sheet of its own (the rules in place that nothing
     * in the design needs).
     *
     * @param name the sheet's name
     * @param headers the column headers
     * @param rows the rows, each as long as the headers
     */
    public record SideTable(String name, List<String> headers, List<List<String>> rows) {
        public SideTable {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** What the Firewall column says for a flow no chain of firewalls can carry. */
    public static final String UNROUTABLE = "Unroutable (no firewall path)";
    /** What the Firewall column says for a flow with an end outside every zone. */
    public static final String UNZONED = "Unzoned (outside every zone)";

    private final FlowAnalysis analysis;
    private final boolean detailed;
    private final RuleText text;
    private final List<RequestColumn> columns;
    private final List<RuleRow> rows;
    private final List<Section> sections;
    private final List<Note> notes;
    private final List<SideTable> sideTables;

    /** A table of prepared rows: the sections cover the rows per boundary, the rows after the last section have no route. */
    RuleTable(FlowAnalysis analysis, boolean detailed, List<RequestColumn> columns, List<RuleRow> rows, List<Section> sections,
              List<Note> notes, List<SideTable> sideTables) {
        this.analysis = analysis;
        this.detailed = detailed;
        this.text = new RuleText(analysis);
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.sections = List.copyOf(sections);
        this.notes = List.copyOf(notes);
        this.sideTables = List.copyOf(sideTables);
    }

    /** The rows for an analysis: merged rules, or one row per flow and firewall when {@code detailed}. */
    public static RuleTable of(FlowAnalysis analysis, boolean detailed) {
        return of(analysis, detailed, AddressNaming.ADDRESSES);
    }

    /** The rows for an analysis, the address columns written as the naming says (object names, for one). */
    public static RuleTable of(FlowAnalysis analysis, boolean detailed, AddressNaming naming) {
        RequestRules rules = analysis.rules(detailed);
        RuleCells cells = new RuleCells(new RuleText(analysis), naming);
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
        return new RuleTable(analysis, detailed, RuleColumn.request(), built, parts, List.of(), List.of());
    }

    /** The columns written, in order: the request's own, with those a comparison adds among them. */
    public List<RequestColumn> columns() {
        return columns;
    }

    /** What the request was compared with, for the Request sheet; empty for a request compared with nothing. */
    public List<Note> notes() {
        return notes;
    }

    /** The tables a comparison adds beside the rules, each a sheet of its own. */
    public List<SideTable> sideTables() {
        return sideTables;
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
        return detailed;
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
        return rows.stream().filter(RuleRow::unrouted).count();
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
