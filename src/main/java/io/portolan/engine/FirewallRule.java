package io.portolan.engine;

import io.portolan.catalog.Reference;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One rule of a firewall change request: what one firewall must allow from one node to another on one
 * protocol, with the ports of the flows merged into it. A rule of a flow without a route (unroutable, or
 * with an end outside every zone) names no firewall. In a detailed request each rule holds one flow.
 *
 * @param hop the firewall and the zones the traffic enters from and leaves to; null for a flow without a route
 * @param crossing {@link Crossing#CROSSING}, or how the flows lack a route
 * @param source the node that opens the connections
 * @param destination the node that listens
 * @param protocol the transport
 * @param ipProtocol the IP protocol number for protocol IP, otherwise null
 * @param ports the union of the flows' ports
 * @param flows the flows merged into this rule, in engine order
 * @param conditions when the rule applies, port by port where its flows differ
 * @param need whether it is required, port by port where its flows differ
 */
public record FirewallRule(Hop hop, Crossing crossing, Node source, Node destination, Protocol protocol, Integer ipProtocol,
                           PortSet ports, List<Flow> flows, RuleConditions conditions, RuleNeed need) {

    public FirewallRule {
        flows = List.copyOf(flows);
    }

    /** The rule that lets the flows, which share their ends, protocol and route, through a hop (null for none). */
    static FirewallRule of(Hop hop, List<Flow> flows) {
        Flow first = flows.get(0);
        PortSet ports = PortSet.EMPTY;
        for (Flow flow : flows) {
            ports = ports.union(flow.ports());
        }
        return new FirewallRule(hop, first.crossing(), first.source(), first.destination(), first.protocol(),
                first.ipProtocol(), ports, flows, RuleConditions.of(flows), RuleNeed.of(flows));
    }

    /** The firewall or implicit boundary, or null for a flow without a route. */
    public Boundary boundary() {
        return hop == null ? null : hop.boundary();
    }

    /** The route the flows share, with every firewall they pass. */
    public Route route() {
        return flows.get(0).route();
    }

    /** True when no firewall can be named for the rule: its flows are unroutable or have an end outside every zone. */
    public boolean unrouted() {
        return crossing.unrouted();
    }

    /** The address the connections come from: the source's outbound address when it has one. */
    public String sourceAddress() {
        return flows.get(0).sourceAddress();
    }

    /** The address the connections go to. */
    public String destinationAddress() {
        return flows.get(0).destinationAddress();
    }

    /** {@code TCP}, {@code UDP}, {@code ICMP}, or {@code IP 112}. */
    public String protocolText() {
        return protocol == Protocol.IP ? "IP " + ipProtocol : protocol.name();
    }

    /** The ports as a request writes them; {@code *} added where a flow's port is given only in words. */
    public String portText() {
        boolean wordsOnly = protocol.hasPorts() && flows.stream().anyMatch(f -> f.ports().isEmpty());
        if (ports.isEmpty()) {
            return wordsOnly ? flows.stream().filter(f -> f.ports().isEmpty()).map(Flow::portText).distinct()
                    .reduce((a, b) -> a + "; " + b).orElse(PortLabels.ANY_PORT) : "";
        }
        return wordsOnly ? ports + ", " + PortLabels.ANY_PORT : ports.toString();
    }

    /** The distinct rule ids of the merged flows ({@code custom:ID} for a custom flow), in order. */
    public List<String> ruleIds() {
        Set<String> set = new LinkedHashSet<>();
        for (Flow flow : flows) {
            set.addAll(flow.ruleIds());
        }
        return List.copyOf(set);
    }

    /** The distinct purposes of the merged flows, in order. */
    public List<String> purposes() {
        Set<String> set = new LinkedHashSet<>();
        for (Flow flow : flows) {
            for (FlowReason reason : flow.reasons()) {
                set.add(reason.purpose());
            }
        }
        return List.copyOf(set);
    }

    /** The distinct vendor references of the merged flows, in order; custom flows have none. */
    public List<Reference> references() {
        Set<Reference> set = new LinkedHashSet<>();
        for (Flow flow : flows) {
            set.addAll(flow.references());
        }
        return List.copyOf(set);
    }

    /** True when a flow of the rule was added by hand, and so has no vendor reference. */
    public boolean hasCustomFlow() {
        return flows.stream().anyMatch(Flow::isCustom);
    }

    /** True when every merged flow is optional. */
    public boolean optional() {
        return need.optional();
    }
}
