package io.portolan.io.export.objects;

import io.portolan.model.PortRange;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named service object: a protocol with one port or port range ({@code TCP_443}, {@code UDP_16500-16509}), a
 * protocol without ports ({@code ICMP}, {@code IP_112}), or a group of services of one protocol
 * ({@code TCP_1494_2598}). Compared by identity: one object per name.
 */
public final class ServiceObject {

    private final String name;
    private final Protocol protocol;
    private final Integer ipProtocol;
    private final PortRange range;
    private final List<ServiceObject> members;

    private ServiceObject(String name, Protocol protocol, Integer ipProtocol, PortRange range, List<ServiceObject> members) {
        this.name = Objects.requireNonNull(name, "name");
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.ipProtocol = ipProtocol;
        this.range = range;
        this.members = List.copyOf(members);
    }

    /** A protocol with one port range, or without ports when {@code range} is null. */
    static ServiceObject of(String name, Protocol protocol, Integer ipProtocol, PortRange range) {
        return new ServiceObject(name, protocol, ipProtocol, range, List.of());
    }

    /** A group of services of the one protocol. */
    static ServiceObject group(String name, Protocol protocol, List<ServiceObject> members) {
        return new ServiceObject(name, protocol, null, null, members);
    }

    /** The name the firewall knows the service by. */
    public String name() {
        return name;
    }

    /** The transport. */
    public Protocol protocol() {
        return protocol;
    }

    /** The IP protocol number for protocol IP, otherwise null. */
    public Integer ipProtocol() {
        return ipProtocol;
    }

    /** The port range of a single service with ports; null for a group or a protocol without ports. */
    public PortRange range() {
        return range;
    }

    /** True for a group of services. */
    public boolean isGroup() {
        return !members.isEmpty();
    }

    /** The services of a group, in port order; empty for a single service. */
    public List<ServiceObject> members() {
        return members;
    }

    /** Every port of the service; empty for a protocol without ports. */
    public PortSet ports() {
        List<PortRange> ranges = new ArrayList<>();
        if (range != null) {
            ranges.add(range);
        }
        members.forEach(m -> ranges.add(m.range));
        return PortSet.of(ranges);
    }

    /** How the Objects sheet names the kind: Service or Service group. */
    public String kindLabel() {
        return isGroup() ? "Service group" : "Service";
    }

    /** {@code TCP 443}, {@code UDP 16500-16509}, {@code ICMP}, {@code IP 112}, or the member names of a group. */
    public String value() {
        if (isGroup()) {
            List<String> names = new ArrayList<>(members.size());
            members.forEach(m -> names.add(m.name()));
            return String.join(", ", names);
        }
        String text = protocol == Protocol.IP ? "IP " + ipProtocol : protocol.name();
        return range == null ? text : text + " " + range;
    }

    @Override
    public String toString() {
        return name;
    }
}
