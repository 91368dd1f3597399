package io.portolan.edit;

import io.portolan.model.AddressRole;
import io.portolan.model.Addresses;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.PortRange;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Changes properties of one node: its name, host, addresses, count or settings.
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
        return address(nodeId, AddressRole.SERVICE, address);
    }

    /**
     * Sets the addresses the node's connections come from when they are not its address (a load balancer's
     * subnet IP, a source NAT); blank means they come from its address.
     *
     * @throws IllegalArgumentException with the reason when the text is not an address list
     */
    public static EditNode outboundAddress(String nodeId, String outboundAddress) {
        return address(nodeId, AddressRole.OUTBOUND, outboundAddress);
    }

    /**
     * Sets one of the node's addresses: its address, outbound, management or members' addresses; blank clears it.
     *
     * @throws IllegalArgumentException with the reason when the text is not an address list
     */
    public static EditNode address(String nodeId, AddressRole role, String text) {
        Addresses.addressListProblem(text).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        String description = switch (role) {
            case SERVICE -> "Set address";
            case OUTBOUND -> "Set outbound address";
            case MANAGEMENT -> "Set management address";
            case MEMBERS -> "Set member addresses";
        };
        return new EditNode(nodeId, n -> n.withAddresses(n.addresses().with(role, text.trim())), description);
    }

    /**
     * Sets a port the administrator chose for one of the node's settings; null gives the setting back its default.
     *
     * @throws IllegalArgumentException when the port is outside 1..65535
     */
    public static EditNode setting(String nodeId, String settingId, Integer port) {
        if (port != null && (port < 1 || port > PortRange.MAX_PORT)) {
            throw new IllegalArgumentException("a port is a number in 1..65535, not " + port);
        }
        return new EditNode(nodeId, n -> n.withSetting(settingId, port), "Set " + settingId);
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
