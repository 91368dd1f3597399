package io.portolan.edit;

import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds a flow the catalog does not know, between two nodes of the design.
 *
 * @param sourceId the node the flow starts at
 * @param destinationId the node it goes to
 * @param protocol the transport
 * @param ipProtocol the IP protocol number for protocol IP, otherwise null
 * @param ports the destination ports; empty for ICMP and IP
 * @param purpose why it is needed
 */
public record AddCustomFlow(String sourceId, String destinationId, Protocol protocol, Integer ipProtocol, PortSet ports,
                            String purpose) implements Command {

    /** The id prefix of custom flows. */
    public static final String ID_PREFIX = "custom-";

    public AddCustomFlow {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(destinationId, "destinationId");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ports, "ports");
        if (protocol.hasPorts() && ports.isEmpty()) {
            throw new IllegalArgumentException(protocol + " needs at least one port");
        }
    }

    @Override
    public Design apply(Design design) {
        if (design.node(sourceId).isEmpty() || design.node(destinationId).isEmpty()) {
            return design;
        }
        List<CustomFlow> custom = new ArrayList<>(design.overrides().custom());
        custom.add(new CustomFlow(design.nextId(ID_PREFIX), sourceId, destinationId, protocol, ipProtocol,
                protocol.hasPorts() ? ports : PortSet.EMPTY, purpose));
        return design.withOverrides(design.overrides().withCustom(custom));
    }

    @Override
    public String description() {
        return "Add custom flow";
    }
}
