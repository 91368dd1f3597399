package io.portolan.model;

import java.util.Objects;

/**
 * A flow a user added by hand, for traffic the catalog does not know.
 *
 * @param id stable id, unique among the design's custom flows
 * @param sourceId the node the flow starts at
 * @param destinationId the node it goes to
 * @param protocol the transport
 * @param ipProtocol the IP protocol number when {@code protocol} is {@link Protocol#IP}, otherwise null
 * @param ports destination ports; empty for ICMP and IP
 * @param purpose why the flow is needed, in the user's words
 */
public record CustomFlow(String id, String sourceId, String destinationId, Protocol protocol, Integer ipProtocol,
                         PortSet ports, String purpose) {

    public CustomFlow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(destinationId, "destinationId");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ports, "ports");
        purpose = purpose == null ? "" : purpose;
        if (protocol == Protocol.IP && (ipProtocol == null || ipProtocol < 0 || ipProtocol > 255)) {
            throw new IllegalArgumentException("protocol IP needs an IP protocol number in 0..255");
        }
        if (protocol != Protocol.IP) {
            ipProtocol = null;
        }
    }
}
