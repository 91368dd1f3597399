package io.portolan.ui.panels;

import io.portolan.catalog.PortRule;
import io.portolan.catalog.Reference;
import io.portolan.engine.Crossing;
import io.portolan.engine.Flow;
import io.portolan.model.FlowKey;
import io.portolan.model.Node;
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
 */
public record FlowRow(Flow flow, FlowKey suppressedKey, PortRule suppressedRule, Node source, Node destination) {

    /** A row for a flow of the analysis. */
    public static FlowRow of(Flow flow) {
        return new FlowRow(flow, null, null, flow.source(), flow.destination());
    }

    public boolean isSuppressed() {
        return flow == null;
    }

    public boolean isCustom() {
        return flow != null && flow.isCustom();
    }

    /** True when the flow leaves its zone; false for suppressed rows. */
    public boolean crossing() {
        return flow != null && flow.needsRule();
    }

    public String protocol() {
        return flow != null ? flow.protocolText() : suppressedRule == null ? "" : suppressedRule.protocolText();
    }

    public String ports() {
        return flow != null ? flow.portText() : suppressedRule == null ? "" : suppressedRule.portText();
    }

    public String purpose() {
        String purpose = flow != null ? flow.purpose() : suppressedRule == null ? suppressedKey.ruleId() : suppressedRule.purpose();
        return isSuppressed() ? "(suppressed) " + purpose : purpose;
    }

    /** The firewalls passed, {@code Edge firewall › Internal firewall}, or how the flow fails to route. */
    public String firewalls() {
        if (flow == null) {
            return "";
        }
        Crossing crossing = flow.crossing();
        return switch (crossing) {
            case SAME_ZONE -> "";
            case UNZONED -> "outside every zone";
            case UNROUTABLE -> "no firewall path";
            case CROSSING -> String.join(" \u203a ", flow.route().boundaryNames());
        };
    }

    /** The boundary names passed. */
    public List<String> firewallNames() {
        return flow == null ? List.of() : flow.route().boundaryNames();
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
