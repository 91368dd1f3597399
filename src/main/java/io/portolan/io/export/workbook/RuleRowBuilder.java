package io.portolan.io.export.workbook;

import io.portolan.engine.Boundary;
import io.portolan.engine.Crossing;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.Flow;
import io.portolan.engine.Hop;
import io.portolan.engine.Route;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns one merged firewall rule (or one flow) into the text of a Rules row. */
final class RuleRowBuilder {

    private static final String ARROW = " \u2192 ";
    private static final String REQUIRED = "Required";
    private static final String OPTIONAL = "Optional";

    private final RuleText text;

    RuleRowBuilder(RuleText text) {
        this.text = text;
    }

    /**
     * The row for a rule.
     *
     * @param order the firewall's sort position
     * @param boundary the firewall or implicit boundary, or null for a flow without a route
     * @param rule the flows merged into the row
     * @param route the route the flows share
     */
    RuleRow row(int order, Boundary boundary, FirewallRule rule, Route route) {
        Node source = rule.source();
        Node destination = rule.destination();
        String[] cells = new String[RuleColumn.values().length];
        cells[RuleColumn.NUMBER.ordinal()] = "";
        List<Flow> flows = rule.flows();
        boolean single = flows.size() == 1;
        cells[RuleColumn.RULE_ID.ordinal()] = single ? flows.get(0).ruleId() : text.canonical(joinDistinct(flows, Flow::ruleId, ", "));
        cells[RuleColumn.FIREWALL.ordinal()] = boundary != null ? boundary.name()
                : route.crossing() == Crossing.UNROUTABLE ? RuleTable.UNROUTABLE : RuleTable.UNZONED;
        cells[RuleColumn.SOURCE_ZONE.ordinal()] = text.zoneName(source.zoneId());
        cells[RuleColumn.SOURCE_NAME.ordinal()] = source.name();
        cells[RuleColumn.SOURCE_HOST.ordinal()] = text.host(source);
        cells[RuleColumn.SOURCE_ADDRESS.ordinal()] = source.sourceAddress();
        cells[RuleColumn.DESTINATION_ZONE.ordinal()] = text.zoneName(destination.zoneId());
        cells[RuleColumn.DESTINATION_NAME.ordinal()] = destination.name();
        cells[RuleColumn.DESTINATION_HOST.ordinal()] = text.host(destination);
        cells[RuleColumn.DESTINATION_ADDRESS.ordinal()] = destination.address();
        cells[RuleColumn.PROTOCOL.ordinal()] = rule.protocolText();
        cells[RuleColumn.PORTS.ordinal()] = text.canonical(rule.portText());
        cells[RuleColumn.PURPOSE.ordinal()] = single ? flows.get(0).purpose() : text.canonical(joinDistinct(flows, Flow::purpose, "\n"));
        cells[RuleColumn.CONDITION.ordinal()] = single ? text.condition(flows.get(0)) : text.canonical(condition(rule));
        cells[RuleColumn.REQUIRED.ordinal()] = single ? (flows.get(0).optional() ? OPTIONAL : REQUIRED) : text.canonical(requirement(rule));
        cells[RuleColumn.REFERENCE.ordinal()] = single ? text.reference(flows.get(0))
                : text.canonical(joinDistinct(flows, text::reference, "\n"));
        cells[RuleColumn.STATUS.ordinal()] = RuleColumn.REQUESTED;
        cells[RuleColumn.COMMENTS.ordinal()] = text.canonical(comments(rule, route));
        int firstPort = rule.ports().isEmpty() ? -1 : rule.ports().ranges().get(0).low();
        return new RuleRow(order, cells[RuleColumn.FIREWALL.ordinal()],
                route.crossing(), source, destination, text.zoneOrder(source.zoneId()), text.zoneOrder(destination.zoneId()),
                RuleTable.protocolOrder(rule.protocol(), rule.ipProtocol()), firstPort, cells);
    }

    /**
     * The features the rule depends on. When the merged flows differ (port 80 always, 8080 only with SSL),
     * each port that only a conditional flow needs is named with its condition, ports sharing a condition
     * are named together, and a port that an unconditional flow also needs is not named at all, so that
     * no port looks more conditional than it is.
     */
    private String condition(FirewallRule rule) {
        List<Flow> flows = rule.flows();
        Set<String> distinct = new LinkedHashSet<>();
        for (Flow flow : flows) {
            distinct.add(text.condition(flow));
        }
        if (distinct.size() == 1) {
            return distinct.iterator().next();
        }
        PortSet always = PortSet.EMPTY;
        boolean portlessAlways = false;
        for (Flow flow : flows) {
            if (text.condition(flow).isEmpty()) {
                always = always.union(flow.ports());
                portlessAlways |= flow.ports().isEmpty();
            }
        }
        Map<String, PortSet> portsByCondition = new LinkedHashMap<>();
        for (Flow flow : flows) {
            String condition = text.condition(flow);
            if (condition.isEmpty()) {
                continue;
            }
            if (flow.ports().isEmpty()) {
                if (!portlessAlways) {
                    portsByCondition.putIfAbsent(condition, PortSet.EMPTY);
                }
                continue;
            }
            PortSet onlyHere = flow.ports().minus(always);
            if (!onlyHere.isEmpty()) {
                portsByCondition.merge(condition, onlyHere, PortSet::union);
            }
        }
        List<String> parts = new ArrayList<>(portsByCondition.size());
        portsByCondition.forEach((condition, ports) ->
                parts.add((ports.isEmpty() ? rule.protocolText() : ports.toString()) + ": " + condition));
        return String.join("; ", parts);
    }

    /**
     * Required, Optional, or Required with the optional ports named when the merged flows differ; a port
     * that a required flow also needs is not named as optional.
     */
    private static String requirement(FirewallRule rule) {
        if (rule.optional()) {
            return OPTIONAL;
        }
        PortSet required = PortSet.EMPTY;
        boolean portlessRequired = false;
        for (Flow flow : rule.flows()) {
            if (!flow.optional()) {
                required = required.union(flow.ports());
                portlessRequired |= flow.ports().isEmpty();
            }
        }
        PortSet optional = PortSet.EMPTY;
        boolean portlessOptional = false;
        for (Flow flow : rule.flows()) {
            if (flow.optional()) {
                optional = optional.union(flow.ports().minus(required));
                portlessOptional |= flow.ports().isEmpty() && !portlessRequired;
            }
        }
        if (optional.isEmpty() && !portlessOptional) {
            return REQUIRED;
        }
        return REQUIRED + " (optional: " + (optional.isEmpty() ? rule.protocolText() : optional.toString()) + ")";
    }

    /** Notes the firewall team needs: why a row has no firewall, the whole path, how many machines an end stands for. */
    private String comments(FirewallRule rule, Route route) {
        List<String> notes = new ArrayList<>(3);
        Node source = rule.source();
        Node destination = rule.destination();
        if (route.crossing() == Crossing.UNROUTABLE) {
            notes.add("No chain of firewalls joins " + text.zoneName(source.zoneId()) + " and "
                    + text.zoneName(destination.zoneId()) + ": connect a firewall to both zones in the design, then export again.");
        } else if (route.crossing() == Crossing.UNZONED) {
            Node outside = source.zoneId() == null ? source : destination;
            notes.add(outside.name() + " is outside every zone, so no firewall can be named: place it in a zone, then export again.");
        } else if (route.hops().size() > 1) {
            List<String> path = new ArrayList<>(route.hops().size());
            for (Hop hop : route.hops()) {
                path.add(hop.boundary().name() + " (" + text.zoneName(hop.fromZoneId()) + ARROW + text.zoneName(hop.toZoneId()) + ")");
            }
            notes.add("Passes " + String.join(", then ", path) + ".");
        }
        if (source.count() > 1) {
            notes.add("Source is " + source.count() + " machines.");
        }
        if (destination.count() > 1) {
            notes.add("Destination is " + destination.count() + " machines.");
        }
        return notes.isEmpty() ? "" : String.join(" ", notes);
    }

    /** The distinct values of the flows, in order, joined. */
    private static String joinDistinct(List<Flow> flows, Function<Flow, String> value, String separator) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Flow flow : flows) {
            distinct.add(value.apply(flow));
        }
        return String.join(separator, distinct);
    }
}
