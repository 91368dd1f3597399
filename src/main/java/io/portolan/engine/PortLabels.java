package io.portolan.engine;

import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Writes the port summary of a set of flows as the canvas labels an edge: {@code TCP 80, 443 | UDP 443}. */
public final class PortLabels {

    /** Stands for a port the document gives only in words (a random port, the original port). */
    public static final String ANY_PORT = "*";

    private PortLabels() {
    }

    /** The label of the flows: ports merged per protocol, TCP first, then UDP, ICMP and IP protocols. */
    public static String label(List<Flow> flows) {
        Map<Protocol, PortSet> ports = new EnumMap<>(Protocol.class);
        Map<Protocol, Boolean> wordsOnly = new EnumMap<>(Protocol.class);
        TreeSet<Integer> ipProtocols = new TreeSet<>();
        for (Flow flow : flows) {
            Protocol protocol = flow.protocol();
            if (protocol == Protocol.IP) {
                ipProtocols.add(flow.ipProtocol());
            } else {
                ports.merge(protocol, flow.ports(), PortSet::union);
                if (protocol.hasPorts() && flow.ports().isEmpty()) {
                    wordsOnly.put(protocol, true);
                }
            }
        }
        List<String> parts = new ArrayList<>(4);
        for (Protocol protocol : List.of(Protocol.TCP, Protocol.UDP)) {
            PortSet set = ports.get(protocol);
            if (set == null) {
                continue;
            }
            List<String> items = new ArrayList<>(2);
            if (!set.isEmpty()) {
                items.add(set.toString());
            }
            if (wordsOnly.getOrDefault(protocol, false)) {
                items.add(ANY_PORT);
            }
            parts.add(protocol.name() + " " + String.join(", ", items));
        }
        if (ports.containsKey(Protocol.ICMP)) {
            parts.add("ICMP");
        }
        if (!ipProtocols.isEmpty()) {
            parts.add("IP " + String.join(", ", ipProtocols.stream().map(String::valueOf).toList()));
        }
        return String.join(" | ", parts);
    }
}
