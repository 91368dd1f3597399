package io.portolan.engine;

import io.portolan.catalog.Reference;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one firewall must allow, merged: every flow from one node to another on one protocol that passes
 * the firewall, with their ports combined.
 *
 * @param hop the firewall and the zones the traffic enters from and leaves to
 * @param source the node that opens the connections
 * @param destination the node that listens
 * @param protocol the transport
 * @param ipProtocol the IP protocol number for protocol IP, otherwise null
 * @param ports the union of the flows' ports
 * @param flows the flows merged into this rule, in engine order
 */
public record FirewallRule(Hop hop, Node source, Node destination, Protocol protocol, Integer ipProtocol, PortSet ports,
                           List<Flow> flows) {

    public FirewallRule {
        flows = List.copyOf(flows);
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

    /** The distinct purposes of the merged flows, in order. */
    public List<String> purposes() {
        return distinct(flows.stream().map(Flow::purpose).toList());
    }

    /** The distinct vendor references of the merged flows, in order; custom flows have none. */
    public List<Reference> references() {
        Set<Reference> set = new LinkedHashSet<>();
        flows.stream().map(Flow::reference).filter(Objects::nonNull).forEach(set::add);
        return List.copyOf(set);
    }

    /** The distinct conditions of the merged flows, in order; empty when all are unconditional. */
    public List<String> conditions() {
        return distinct(flows.stream().map(Flow::condition).filter(Objects::nonNull).toList());
    }

    /** True when every merged flow is optional. */
    public boolean optional() {
        return flows.stream().allMatch(Flow::optional);
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
