package io.portolan.engine;

import io.portolan.catalog.PortRule;
import io.portolan.catalog.Reference;
import io.portolan.model.CustomFlow;
import io.portolan.model.FlowKey;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One flow that must be allowed: from a placed node to another, on a protocol and ports, for the reasons
 * (catalog rules or a custom flow) that ask for it, with its route through the zones.
 *
 * @param source the node that opens the connection
 * @param destination the node that listens
 * @param protocol the transport
 * @param ipProtocol the IP protocol number for protocol IP, otherwise null
 * @param ports the destination ports; empty for ICMP, IP, or a port the document gives only in words
 * @param portNote the document's words about the port ({@code Randomly selected unreserved port}), or null
 * @param reasons why the flow is needed, at least one, in catalog order then custom
 * @param route how it crosses the zones
 */
public record Flow(Node source, Node destination, Protocol protocol, Integer ipProtocol, PortSet ports, String portNote,
                   List<FlowReason> reasons, Route route) {

    public Flow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(route, "route");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a flow needs at least one reason");
        }
    }

    /** The flow a catalog rule gives between two nodes. */
    static Flow of(Node source, Node destination, FlowReason reason, Route route) {
        PortRule rule = reason.rule();
        return new Flow(source, destination, rule.protocol(), rule.ipProtocol(), rule.ports(), rule.portNote(),
                List.of(reason), route);
    }

    /** The flow of a rule whose port is a setting of the destination node: that node's port, with words saying so. */
    static Flow of(Node source, Node destination, FlowReason reason, Route route, int port, String portNote) {
        PortRule rule = reason.rule();
        return new Flow(source, destination, rule.protocol(), rule.ipProtocol(), PortSet.ofPorts(port), portNote,
                List.of(reason), route);
    }

    /** The flow a user added by hand. */
    static Flow of(Node source, Node destination, CustomFlow custom, Route route) {
        return new Flow(source, destination, custom.protocol(), custom.ipProtocol(), custom.ports(), null,
                List.of(FlowReason.custom(custom)), route);
    }

    /** This flow with one more reason; a reason it already lists is not added twice. */
    Flow withReason(FlowReason reason) {
        if (reasons.contains(reason)) {
            return this;
        }
        List<FlowReason> more = new ArrayList<>(reasons.size() + 1);
        more.addAll(reasons);
        more.add(reason);
        return new Flow(source, destination, protocol, ipProtocol, ports, portNote, more, route);
    }

    /** This flow with the given reasons instead of its own. */
    Flow withReasons(List<FlowReason> newReasons) {
        return new Flow(source, destination, protocol, ipProtocol, ports, portNote, newReasons, route);
    }

    /** The first reason's catalog rule, or null for a custom flow. */
    public PortRule rule() {
        return reasons.get(0).rule();
    }

    /** The custom flow it comes from, or null for an inferred flow. */
    public CustomFlow custom() {
        return reasons.get(0).custom();
    }

    /** True for a flow the user added by hand. */
    public boolean isCustom() {
        return reasons.get(0).isCustom();
    }

    /** The ports as a request writes them, or the document's words when it gives none. */
    public String portText() {
        if (!ports.isEmpty()) {
            return ports.toString();
        }
        return portNote == null ? "" : portNote;
    }

    /** {@code TCP}, {@code UDP}, {@code ICMP}, or {@code IP 112}. */
    public String protocolText() {
        return protocol == Protocol.IP ? "IP " + ipProtocol : protocol.name();
    }

    /** The distinct purposes of the reasons, one per line. */
    public String purpose() {
        return reasons.size() == 1 ? reasons.get(0).purpose() : String.join("\n", distinct(FlowReason::purpose));
    }

    /** The rule ids of the reasons ({@code custom:ID} for a custom flow), comma-separated. */
    public String ruleId() {
        return reasons.size() == 1 ? reasons.get(0).ruleId() : String.join(", ", ruleIds());
    }

    /** The distinct rule ids of the reasons, in order. */
    public List<String> ruleIds() {
        return distinct(FlowReason::ruleId);
    }

    /** The first vendor reference, or null for a custom flow. */
    public Reference reference() {
        return reasons.get(0).reference();
    }

    /** Every distinct vendor reference of the reasons, in order; empty for a custom flow. */
    public List<Reference> references() {
        Set<Reference> set = new LinkedHashSet<>();
        for (FlowReason reason : reasons) {
            if (reason.reference() != null) {
                set.add(reason.reference());
            }
        }
        return List.copyOf(set);
    }

    /**
     * The features the flow depends on, by name: empty when some reason always applies, otherwise the
     * distinct conditions of the reasons joined with {@code or}.
     */
    public String condition() {
        List<String> conditions = new ArrayList<>(reasons.size());
        for (FlowReason reason : reasons) {
            if (reason.condition().isEmpty()) {
                return "";
            }
            if (!conditions.contains(reason.condition())) {
                conditions.add(reason.condition());
            }
        }
        return String.join(" or ", conditions);
    }

    /** True when every reason is a row the vendor marks optional. */
    public boolean optional() {
        for (FlowReason reason : reasons) {
            if (!reason.optional()) {
                return false;
            }
        }
        return true;
    }

    /** True when every reason is traffic needed only while installing. */
    public boolean temporary() {
        for (FlowReason reason : reasons) {
            if (!reason.temporary()) {
                return false;
            }
        }
        return true;
    }

    /** How the flow relates to the zones: same zone, crossing, unroutable or unzoned. */
    public Crossing crossing() {
        return route.crossing();
    }

    /** True when the flow leaves its source's zone (including unroutable and unzoned flows). */
    public boolean needsRule() {
        return route.crossing().needsRule();
    }

    /** True when the flow leaves its zone but no firewall can be named for it (unroutable or unzoned). */
    public boolean unrouted() {
        return route.crossing().unrouted();
    }

    /** The address the flow's packets come from: the source's address of the role its rules name (its outbound address by default). */
    public String sourceAddress() {
        return source.address(reasons.get(0).fromAddress());
    }

    /** The address the flow's packets go to: the destination's address of the role its rules name (its address by default). */
    public String destinationAddress() {
        return destination.address(reasons.get(0).toAddress());
    }

    /** The key that suppresses the first reason of this flow in a design's overrides. */
    public FlowKey key() {
        return keyOf(reasons.get(0));
    }

    /** The keys that suppress every catalog reason of this flow; empty for a custom flow. */
    public List<FlowKey> keys() {
        List<FlowKey> keys = new ArrayList<>(reasons.size());
        for (FlowReason reason : reasons) {
            if (!reason.isCustom()) {
                keys.add(keyOf(reason));
            }
        }
        return keys;
    }

    private FlowKey keyOf(FlowReason reason) {
        return new FlowKey(reason.ruleId(), source.id(), destination.id());
    }

    private List<String> distinct(java.util.function.Function<FlowReason, String> value) {
        Set<String> set = new LinkedHashSet<>();
        for (FlowReason reason : reasons) {
            set.add(value.apply(reason));
        }
        return List.copyOf(set);
    }
}
