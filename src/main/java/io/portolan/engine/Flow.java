package io.portolan.engine;

import io.portolan.catalog.PortRule;
import io.portolan.catalog.Reference;
import io.portolan.model.CustomFlow;
import io.portolan.model.FlowKey;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;

/**
 * One flow that must be allowed: from a placed node to another, on a protocol and ports, for a purpose.
 * It comes from a catalog rule (inferred) or from the design (custom).
 *
 * @param source the node that opens the connection
 * @param destination the node that listens
 * @param rule the catalog rule it comes from, or null for a custom flow
 * @param custom the custom flow it comes from, or null for an inferred flow
 * @param route how it crosses the zones
 */
public record Flow(Node source, Node destination, PortRule rule, CustomFlow custom, Route route) {

    /** True for a flow the user added by hand. */
    public boolean isCustom() {
        return custom != null;
    }

    public Protocol protocol() {
        return rule != null ? rule.protocol() : custom.protocol();
    }

    /** The IP protocol number for protocol IP, otherwise null. */
    public Integer ipProtocol() {
        return rule != null ? rule.ipProtocol() : custom.ipProtocol();
    }

    public PortSet ports() {
        return rule != null ? rule.ports() : custom.ports();
    }

    /** The ports as a request writes them, or the document's words when it gives none. */
    public String portText() {
        return rule != null ? rule.portText() : custom.ports().toString();
    }

    /** {@code TCP}, {@code UDP}, {@code ICMP}, or {@code IP 112}. */
    public String protocolText() {
        return rule != null ? rule.protocolText()
                : custom.protocol() == Protocol.IP ? "IP " + custom.ipProtocol() : custom.protocol().name();
    }

    public String purpose() {
        return rule != null ? rule.purpose() : custom.purpose();
    }

    /** The rule id, or {@code custom:ID} for a custom flow. */
    public String ruleId() {
        return rule != null ? rule.id() : "custom:" + custom.id();
    }

    /** The vendor reference, or null for a custom flow. */
    public Reference reference() {
        return rule != null ? rule.reference() : null;
    }

    /** The condition text ({@code edt}), or null when the flow is unconditional. */
    public String condition() {
        return rule != null ? rule.conditionText() : null;
    }

    /** True when the vendor marks the row optional. */
    public boolean optional() {
        return rule != null && rule.optional();
    }

    public Crossing crossing() {
        return route.crossing();
    }

    /** True when the flow leaves its source's zone (including unroutable and unzoned flows). */
    public boolean needsRule() {
        return route.crossing().needsRule();
    }

    /** The key that suppresses this flow in a design's overrides. */
    public FlowKey key() {
        return new FlowKey(ruleId(), source.id(), destination.id());
    }
}
