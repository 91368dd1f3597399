package io.portolan.io.export;

import io.portolan.engine.ConditionalPorts;
import io.portolan.engine.Crossing;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowReason;
import io.portolan.engine.Hop;
import io.portolan.engine.Route;
import io.portolan.engine.RuleConditions;
import io.portolan.engine.RuleNeed;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Writes one rule of the engine's request as the text of a row. */
final class RuleCells {

    private static final String ARROW = " \u2192 ";
    private static final String REQUIRED = "Required";
    private static final String OPTIONAL = "Optional";
    private static final String TEMPORARY = "temporary (install time)";

    private final RuleText text;
    private final AddressNaming naming;
    /** The rule ids, purposes and references of the rules whose flows have the same reasons, worked out once. */
    private final Map<Reasons, String[]> byReasons = new HashMap<>();
    /** The path through several firewalls of each route, worked out once. */
    private final Map<Route, String> paths = new IdentityHashMap<>();

    /** Cells whose address columns hold the addresses. */
    RuleCells(RuleText text) {
        this(text, AddressNaming.ADDRESSES);
    }

    /** Cells whose address columns are written as the naming says. */
    RuleCells(RuleText text, AddressNaming naming) {
        this.text = text;
        this.naming = naming;
    }

    /** The row of a rule. */
    RuleRow row(FirewallRule rule) {
        Node source = rule.source();
        Node destination = rule.destination();
        String[] cells = new String[RuleColumn.values().length];
        cells[RuleColumn.NUMBER.ordinal()] = "";
        String[] reasons = byReasons.computeIfAbsent(new Reasons(rule), k -> reasonTexts(rule));
        cells[RuleColumn.RULE_ID.ordinal()] = reasons[0];
        cells[RuleColumn.FIREWALL.ordinal()] = rule.boundary() != null ? rule.boundary().name()
                : rule.crossing() == Crossing.UNROUTABLE ? RuleTable.UNROUTABLE : RuleTable.UNZONED;
        cells[RuleColumn.SOURCE_ZONE.ordinal()] = text.zoneName(source.zoneId());
        cells[RuleColumn.SOURCE_NAME.ordinal()] = source.name();
        cells[RuleColumn.SOURCE_HOST.ordinal()] = text.host(source);
        cells[RuleColumn.SOURCE_ADDRESS.ordinal()] = naming.source(rule);
        cells[RuleColumn.DESTINATION_ZONE.ordinal()] = text.zoneName(destination.zoneId());
        cells[RuleColumn.DESTINATION_NAME.ordinal()] = destination.name();
        cells[RuleColumn.DESTINATION_HOST.ordinal()] = text.host(destination);
        cells[RuleColumn.DESTINATION_ADDRESS.ordinal()] = naming.destination(rule);
        cells[RuleColumn.PROTOCOL.ordinal()] = rule.protocolText();
        cells[RuleColumn.PORTS.ordinal()] = text.canonical(rule.portText());
        cells[RuleColumn.PURPOSE.ordinal()] = reasons[1];
        cells[RuleColumn.CONDITION.ordinal()] = text.canonical(condition(rule));
        cells[RuleColumn.REQUIRED.ordinal()] = text.canonical(need(rule));
        cells[RuleColumn.REFERENCE.ordinal()] = reasons[2];
        cells[RuleColumn.STATUS.ordinal()] = RuleColumn.REQUESTED;
        cells[RuleColumn.COMMENTS.ordinal()] = text.canonical(comments(rule));
        for (int i = 0; i < cells.length; i++) {
            cells[i] = text.cell(cells[i]);
        }
        return new RuleRow(rule, cells);
    }

    /** The rule ids, the purposes and the references of a rule, each one shared text. */
    private String[] reasonTexts(FirewallRule rule) {
        return new String[] {text.canonical(String.join(", ", rule.ruleIds())), text.canonical(String.join("\n", rule.purposes())),
            text.canonical(references(rule))};
    }

    /**
     * What a rule's ids, purposes and references are made of: the reasons of its flows, in order, each flow's ended by
     * a null (whether a flow is custom is its first reason's). The engine shares one reason between every flow a
     * catalog row gives between two types, so the rows of a farm's nodes share one key; reasons are compared as the
     * same objects, so two keys are equal only where the texts are.
     */
    private static final class Reasons {
        private final FlowReason[] reasons;
        private final int hash;

        Reasons(FirewallRule rule) {
            List<Flow> flows = rule.flows();
            int size = flows.size();
            for (Flow flow : flows) {
                size += flow.reasons().size();
            }
            reasons = new FlowReason[size];
            int at = 0;
            int h = 1;
            for (Flow flow : flows) {
                for (FlowReason reason : flow.reasons()) {
                    reasons[at++] = reason;
                    h = h * 31 + System.identityHashCode(reason);
                }
                at++;
                h *= 31;
            }
            hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Reasons other) || other.hash != hash || other.reasons.length != reasons.length) {
                return false;
            }
            for (int i = 0; i < reasons.length; i++) {
                if (reasons[i] != other.reasons[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The shared condition, or each conditional port with its condition ({@code 8080: SSL; UDP: EDT}). */
    private static String condition(FirewallRule rule) {
        RuleConditions conditions = rule.conditions();
        if (conditions.shared() != null) {
            return conditions.shared();
        }
        List<String> parts = new ArrayList<>(conditions.byPorts().size());
        for (ConditionalPorts part : conditions.byPorts()) {
            parts.add((part.ports().isEmpty() ? rule.protocolText() : part.ports().toString()) + ": " + part.condition());
        }
        return String.join("; ", parts);
    }

    /**
     * Required, Optional, or Required with the ports only optional flows need ({@code Required (optional: 5900)}),
     * said to be temporary when the rule is needed only while installing.
     */
    private static String need(FirewallRule rule) {
        RuleNeed need = rule.need();
        String text;
        if (need.optional()) {
            text = OPTIONAL;
        } else if (!need.partlyOptional()) {
            text = REQUIRED;
        } else {
            text = REQUIRED + " (optional: " + (need.optionalPorts().isEmpty() ? rule.protocolText() : need.optionalPorts()) + ")";
        }
        return need.temporary() ? text + ", " + TEMPORARY : text;
    }

    /** Every vendor reference, one per line, and a note for a flow added by hand. */
    private String references(FirewallRule rule) {
        List<String> lines = new ArrayList<>(2);
        rule.references().forEach(r -> lines.add(text.reference(r)));
        if (rule.hasCustomFlow()) {
            lines.add(RuleText.CUSTOM_REFERENCE);
        }
        return String.join("\n", lines);
    }

    /** Notes the firewall team needs: why a row has no firewall, the whole path, how many machines an end stands for. */
    private String comments(FirewallRule rule) {
        List<String> notes = new ArrayList<>(3);
        Node source = rule.source();
        Node destination = rule.destination();
        Route route = rule.route();
        if (rule.crossing() == Crossing.UNROUTABLE) {
            notes.add("No chain of firewalls joins " + text.zoneName(source.zoneId()) + " and "
                    + text.zoneName(destination.zoneId()) + ": connect a firewall to both zones in the design, then export again.");
        } else if (rule.crossing() == Crossing.UNZONED) {
            Node outside = source.zoneId() == null ? source : destination;
            notes.add(outside.name() + " is outside every zone, so no firewall can be named: place it in a zone, then export again.");
        } else if (route.hops().size() > 1) {
            notes.add(paths.computeIfAbsent(route, this::path));
        }
        if (rule.need().temporary()) {
            notes.add("Temporary: needed only at install time; remove the rule afterwards.");
        }
        for (Flow flow : rule.flows()) {
            if (flow.rule() != null && flow.rule().portSetting() != null) {
                notes.add(rule.protocolText() + " " + flow.ports() + " is " + flow.portNote() + ".");
            }
        }
        if (source.count() > 1) {
            notes.add("Source is " + source.count() + " machines.");
        }
        if (destination.count() > 1) {
            notes.add("Destination is " + destination.count() + " machines.");
        }
        return notes.isEmpty() ? "" : notes.size() == 1 ? notes.get(0) : String.join(" ", notes);
    }

    /** The firewalls a route passes, each with the zones it joins. */
    private String path(Route route) {
        List<String> path = new ArrayList<>(route.hops().size());
        for (Hop hop : route.hops()) {
            path.add(hop.boundary().name() + " (" + text.zoneName(hop.fromZoneId()) + ARROW + text.zoneName(hop.toZoneId()) + ")");
        }
        return text.canonical("Passes " + String.join(", then ", path) + ".");
    }
}
