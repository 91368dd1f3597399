package io.portolan.ui.panels;

import io.portolan.catalog.PortRule;
import io.portolan.catalog.Reference;
import io.portolan.engine.Crossing;
import io.portolan.engine.Flow;
import io.portolan.engine.Route;
import io.portolan.model.FlowKey;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import java.util.List;
import java.util.Locale;

/**
 * One row of the flows table: a flow of the analysis, or an inferred flow the user suppressed (shown so
 * that it can be restored).
 *
 * @param flow the flow, or null for a suppressed one
 * @param suppressedKey the key of a suppressed flow, or null
 * @param suppressedRule the rule of a suppressed flow, or null
 * @param source the source node
 * @param destination the destination node
 * @param suppressedRoute the way a suppressed flow would take between its zones, or null
 */
public record FlowRow(Flow flow, FlowKey suppressedKey, PortRule suppressedRule, Node source, Node destination,
                      Route suppressedRoute) {

    /** A row for a flow of the analysis. */
    public static FlowRow of(Flow flow) {
        return new FlowRow(flow, null, null, flow.source(), flow.destination(), null);
    }

    /** A row for a flow the user suppressed, with the firewalls it would pass. */
    public static FlowRow suppressed(FlowKey key, PortRule rule, Node source, Node destination, Route route) {
        return new FlowRow(null, key, rule, source, destination, route);
    }

    public boolean isSuppressed() {
        return flow == null;
    }

    public boolean isCustom() {
        return flow != null && flow.isCustom();
    }

    /** True when the flow leaves its zone, or a suppressed one would. */
    public boolean crossing() {
        return flow != null ? flow.needsRule() : suppressedRoute != null && suppressedRoute.crossing() != Crossing.SAME_ZONE;
    }

    public String protocol() {
        return flow != null ? flow.protocolText() : suppressedRule == null ? "" : suppressedRule.protocolText();
    }

    public String ports() {
        return flow != null ? flow.portText() : suppressedRule == null ? "" : suppressedRule.portText();
    }

    /** The ports as the table sorts them: by number, range by range. */
    public PortsCell portsCell() {
        PortSet set = flow != null ? flow.ports() : suppressedRule == null ? PortSet.EMPTY : suppressedRule.ports();
        return PortsCell.of(ports(), set);
    }

    public String purpose() {
        String purpose = flow != null ? flow.purpose() : suppressedRule == null ? suppressedKey.ruleId() : suppressedRule.purpose();
        return isSuppressed() ? "(suppressed) " + purpose : purpose;
    }

    /**
     * The firewalls passed, {@code Edge firewall › Internal firewall}, or how the flow fails to route; for a suppressed
     * flow, those it would pass.
     */
    public String firewalls() {
        Route route = route();
        if (route == null) {
            return "";
        }
        return switch (route.crossing()) {
            case SAME_ZONE -> "";
            case UNZONED -> "outside every zone";
            case UNROUTABLE -> "no firewall path";
            case CROSSING -> String.join(" \u203a ", route.boundaryNames());
        };
    }

    /** The boundary names passed, or that a suppressed flow would pass. */
    public List<String> firewallNames() {
        Route route = route();
        return route == null ? List.of() : route.boundaryNames();
    }

    private Route route() {
        return flow != null ? flow.route() : suppressedRoute;
    }

    public String reference() {
        Reference reference = flow != null ? flow.reference() : suppressedRule == null ? null : suppressedRule.reference();
        if (flow != null && flow.isCustom()) {
            return "Added by hand";
        }
        return reference == null ? "" : reference.citation();
    }

    /** Everything the free-text filter searches, lower case, with the source's outbound address. */
    String searchText() {
        return String.join(" ", source.name(), destination.name(), protocol(), ports(), purpose(), firewalls(), reference(),
                source.host(), destination.host(), source.address(), source.outboundAddress(), destination.address())
                .toLowerCase(Locale.ROOT);
    }
}
