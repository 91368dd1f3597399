package io.portolan.edit;

import io.portolan.model.Addresses;
import io.portolan.model.Design;
import io.portolan.model.Node;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Changes properties of one node: its name, host, address, outbound address or count.
 *
 * @param nodeId the node to change; a missing node leaves the design as it is
 * @param change what to do to it
 * @param description what the change is, for Undo
 */
public record EditNode(String nodeId, UnaryOperator<Node> change, String description) implements Command {

    public EditNode {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(description, "description");
    }

    /** Renames the node. */
    public static EditNode name(String nodeId, String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a node needs a name");
        }
        return new EditNode(nodeId, n -> n.withName(trimmed), "Rename node");
    }

    /** Sets the host name or FQDN; blank clears it. */
    public static EditNode host(String nodeId, String host) {
        return new EditNode(nodeId, n -> n.withHost(host.trim()), "Set host name");
    }

    /**
     * Sets the address list; blank clears it.
     *
     * @throws IllegalArgumentException with the reason when the text is not an address list
     */
    public static EditNode address(String nodeId, String address) {
        Addresses.addressListProblem(address).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new EditNode(nodeId, n -> n.withAddress(address.trim()), "Set address");
    }

    /**
     * Sets the addresses the node's connections come from when they are not its address (a load balancer's
     * subnet IP, a source NAT); blank means they come from its address.
     *
     * @throws IllegalArgumentException with the reason when the text is not an address list
     */
    public static EditNode outboundAddress(String nodeId, String outboundAddress) {
        Addresses.addressListProblem(outboundAddress).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new EditNode(nodeId, n -> n.withOutboundAddress(outboundAddress.trim()), "Set outbound address");
    }

    /** Sets how many machines the node stands for (at least 1). */
    public static EditNode count(String nodeId, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the count must be at least 1, not " + count);
        }
        return new EditNode(nodeId, n -> n.withCount(count), "Set count");
    }

    @Override
    public Design apply(Design design) {
        return design.node(nodeId).map(node -> design.withNode(change.apply(node))).orElse(design);
    }
}
