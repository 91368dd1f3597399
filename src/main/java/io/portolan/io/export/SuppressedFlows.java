package io.portolan.io.export;

import io.portolan.catalog.PortRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.Route;
import io.portolan.model.AddressRole;
import io.portolan.model.Design;
import io.portolan.model.FlowKey;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inferred flows the user left out of the design, as a table beside the request: each with its catalog rule, its
 * ends, protocol and ports, the firewalls it would pass and the vendor reference, so that a reviewer sees what was
 * deliberately not asked for. A design records neither who suppressed a flow nor why, so the table cannot say.
 * Suppressed flows whose nodes are gone are left out, as the window leaves them out.
 */
public final class SuppressedFlows {

    /** The sheet's name, and the table's. */
    public static final String SHEET = "Suppressed flows";
    /** The columns, in order; {@link #KEYS} names them in JSON. */
    public static final List<String> HEADERS = List.of("Rule", "Source zone", "Source", "Source host", "Source address",
            "Destination zone", "Destination", "Destination host", "Destination address", "Protocol", "Port(s)",
            "Service / purpose", "Would pass", "Vendor reference");
    /** The JSON key of each column. */
    public static final List<String> KEYS = List.of("rule", "sourceZone", "source", "sourceHost", "sourceAddress",
            "destinationZone", "destination", "destinationHost", "destinationAddress", "protocol", "ports", "purpose",
            "wouldPass", "reference");

    private SuppressedFlows() {
    }

    /** The table of the analysed design's suppressed flows; it has no rows when none is suppressed. */
    public static RuleTable.SideTable table(FlowAnalysis analysis) {
        Design design = analysis.design();
        RuleText text = new RuleText(analysis);
        List<List<String>> rows = new ArrayList<>(design.overrides().suppressed().size());
        for (FlowKey key : design.overrides().suppressed()) {
            Optional<Node> source = design.node(key.sourceId());
            Optional<Node> destination = design.node(key.destinationId());
            if (source.isPresent() && destination.isPresent()) {
                rows.add(row(analysis, text, key, source.get(), destination.get()));
            }
        }
        return new RuleTable.SideTable(SHEET, HEADERS, rows);
    }

    /** How many of the design's suppressed flows the table lists. */
    public static int count(FlowAnalysis analysis) {
        Design design = analysis.design();
        return (int) design.overrides().suppressed().stream()
                .filter(k -> design.node(k.sourceId()).isPresent() && design.node(k.destinationId()).isPresent()).count();
    }

    private static List<String> row(FlowAnalysis analysis, RuleText text, FlowKey key, Node source, Node destination) {
        PortRule rule = analysis.catalog().rule(key.ruleId()).orElse(null);
        AddressRole from = rule == null ? AddressRole.OUTBOUND : rule.fromAddress();
        AddressRole to = rule == null ? AddressRole.SERVICE : rule.toAddress();
        List<String> cells = List.of(key.ruleId(), text.zoneName(source.zoneId()), source.name(), text.host(source),
                source.address(from), text.zoneName(destination.zoneId()), destination.name(), text.host(destination),
                destination.address(to), rule == null ? "" : rule.protocolText(), rule == null ? "" : rule.portText(),
                rule == null ? "(a rule this catalog lacks)" : rule.purpose(),
                wouldPass(analysis.route(source.zoneId(), destination.zoneId())),
                rule == null || rule.reference() == null ? "" : text.reference(rule.reference()));
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(text.cell(cell));
        }
        return safe;
    }

    private static String wouldPass(Route route) {
        return switch (route.crossing()) {
            case SAME_ZONE -> "(inside one zone: no firewall)";
            case UNZONED -> RuleTable.UNZONED;
            case UNROUTABLE -> RuleTable.UNROUTABLE;
            case CROSSING -> String.join(" \u2192 ", route.boundaryNames());
        };
    }
}
