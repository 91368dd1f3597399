package io.portolan.io.export.workbook;

import io.portolan.engine.Boundary;
import io.portolan.engine.BoundaryRules;
import io.portolan.engine.Crossing;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.Hop;
import io.portolan.engine.Route;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the Rules sheet, worked out from an analysis and sorted the way a firewall engineer reads
 * them: by firewall (in the engine's order), then source zone, source, destination zone, destination,
 * protocol and port. Flows that stay inside one zone need no rule and are left out; flows that have no
 * route (unroutable, or with an end outside every zone) come last, marked, never dropped.
 */
final class RuleTable {

    /** The rows of one firewall or implicit boundary: {@code rows().subList(from, to)}. */
    record Section(Boundary boundary, int from, int to) {
        int size() {
            return to - from;
        }
    }

    static final String UNROUTABLE = "Unroutable (no firewall path)";
    static final String UNZONED = "Unzoned (outside every zone)";

    private static final Comparator<Node> BY_NAME = Comparator.comparing(Node::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Node::name).thenComparing(Node::id);
    private static final Comparator<RuleRow> ORDER = Comparator.comparingInt(RuleRow::firewallOrder)
            .thenComparingInt(RuleRow::sourceZoneOrder)
            .thenComparing(RuleRow::source, BY_NAME)
            .thenComparingInt(RuleRow::destinationZoneOrder)
            .thenComparing(RuleRow::destination, BY_NAME)
            .thenComparingInt(RuleRow::protocolOrder)
            .thenComparingInt(RuleRow::firstPort)
            .thenComparing(r -> r.cell(RuleColumn.PORTS))
            .thenComparing(r -> r.cell(RuleColumn.RULE_ID));

    private final FlowAnalysis analysis;
    private final boolean detailed;
    private final RuleText text;
    private final RuleRowBuilder builder;
    private final List<RuleRow> rows;
    private final List<Section> sections;

    private RuleTable(FlowAnalysis analysis, boolean detailed) {
        this.analysis = analysis;
        this.detailed = detailed;
        this.text = new RuleText(analysis.design(), analysis.catalog());
        this.builder = new RuleRowBuilder(text);
        List<BoundaryRules> boundaries = analysis.byFirewall();
        List<RuleRow> built = detailed ? detailedRows(boundaries) : consolidatedRows(boundaries);
        built.sort(ORDER);
        this.rows = List.copyOf(built);
        this.sections = sections(boundaries, rows);
    }

    /** The rows for an analysis: merged rules, or one row per flow and firewall when {@code detailed}. */
    static RuleTable of(FlowAnalysis analysis, boolean detailed) {
        return new RuleTable(analysis, detailed);
    }

    private List<RuleRow> consolidatedRows(List<BoundaryRules> boundaries) {
        List<RuleRow> result = new ArrayList<>();
        for (int i = 0; i < boundaries.size(); i++) {
            Boundary boundary = boundaries.get(i).boundary();
            for (FirewallRule rule : boundaries.get(i).rules()) {
                result.add(builder.row(i, boundary, rule, rule.flows().get(0).route()));
            }
        }
        Map<UnroutedKey, List<Flow>> unrouted = new LinkedHashMap<>();
        for (Flow flow : analysis.flows()) {
            Crossing crossing = flow.crossing();
            if (crossing == Crossing.UNROUTABLE || crossing == Crossing.UNZONED) {
                unrouted.computeIfAbsent(new UnroutedKey(crossing, flow.source().id(), flow.destination().id(), flow.protocolText()),
                        k -> new ArrayList<>()).add(flow);
            }
        }
        for (List<Flow> flows : unrouted.values()) {
            result.add(unroutedRow(boundaries.size(), merge(null, flows)));
        }
        return result;
    }

    private List<RuleRow> detailedRows(List<BoundaryRules> boundaries) {
        Map<Boundary, Integer> order = new HashMap<>();
        for (int i = 0; i < boundaries.size(); i++) {
            order.put(boundaries.get(i).boundary(), i);
        }
        List<RuleRow> result = new ArrayList<>();
        for (Flow flow : analysis.flows()) {
            Route route = flow.route();
            if (route.crossing() == Crossing.CROSSING) {
                for (Hop hop : route.hops()) {
                    result.add(builder.row(order.get(hop.boundary()), hop.boundary(), merge(hop, List.of(flow)), route));
                }
            } else if (route.crossing() != Crossing.SAME_ZONE) {
                result.add(unroutedRow(boundaries.size(), merge(null, List.of(flow))));
            }
        }
        return result;
    }

    private RuleRow unroutedRow(int firewallCount, FirewallRule rule) {
        Route route = rule.flows().get(0).route();
        int order = firewallCount + (route.crossing() == Crossing.UNROUTABLE ? 0 : 1);
        return builder.row(order, null, rule, route);
    }

    private static FirewallRule merge(Hop hop, List<Flow> flows) {
        Flow first = flows.get(0);
        PortSet ports = PortSet.EMPTY;
        for (Flow flow : flows) {
            ports = ports.union(flow.ports());
        }
        return new FirewallRule(hop, first.source(), first.destination(), first.protocol(), first.ipProtocol(), ports, flows);
    }

    private static List<Section> sections(List<BoundaryRules> boundaries, List<RuleRow> rows) {
        List<Section> result = new ArrayList<>(boundaries.size());
        int index = 0;
        for (int i = 0; i < boundaries.size(); i++) {
            int from = index;
            while (index < rows.size() && rows.get(index).firewallOrder() == i) {
                index++;
            }
            result.add(new Section(boundaries.get(i).boundary(), from, index));
        }
        return List.copyOf(result);
    }

    /** The rows, numbered from 1 in this order. */
    List<RuleRow> rows() {
        return rows;
    }

    /** One section per firewall and implicit boundary, in the engine's order, including firewalls no rule passes. */
    List<Section> sections() {
        return sections;
    }

    /** True when the rows are one per flow rather than merged. */
    boolean detailed() {
        return detailed;
    }

    /** The analysis the rows come from. */
    FlowAnalysis analysis() {
        return analysis;
    }

    /** The shared words for zones, hosts and conditions. */
    RuleText text() {
        return text;
    }

    /** Rows of flows without a route (unroutable or unzoned). */
    long unroutedRows() {
        return rows.stream().filter(RuleRow::unrouted).count();
    }

    /** Flows that stay inside one zone and so need no firewall rule. */
    long sameZoneFlows() {
        return analysis.flows().stream().filter(f -> f.crossing() == Crossing.SAME_ZONE).count();
    }

    /** The zones that rows start or end in, in design order (nodes outside every zone not counted). */
    List<String> zonesCrossed() {
        Set<String> ids = new LinkedHashSet<>();
        for (RuleRow row : rows) {
            ids.add(row.source().zoneId());
            ids.add(row.destination().zoneId());
        }
        return analysis.design().zones().stream().map(z -> z.id()).filter(ids::contains).toList();
    }

    /** The sort position of a protocol: TCP, UDP, ICMP, then IP protocols by number. */
    static int protocolOrder(Protocol protocol, Integer ipProtocol) {
        return protocol.ordinal() * 1000 + (ipProtocol == null ? 0 : ipProtocol);
    }

    private record UnroutedKey(Crossing crossing, String source, String destination, String protocol) {
    }
}
