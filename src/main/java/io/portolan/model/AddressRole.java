package io.portolan.model;

import java.util.Locale;

/**
 * Which address of a node a rule's end uses, as a firewall sees it. A node has an address (the one clients reach:
 * a load-balanced service's virtual address, or the machine's own), and may have its members' own addresses, a
 * management address and an outbound address; a role a node has no address for falls back, see
 * {@link NodeAddresses#resolve}.
 */
public enum AddressRole {
    /** The address clients reach: the virtual (service) address of a load-balanced service, else the machine's. */
    SERVICE,
    /** The appliances' management address (Citrix NSIP). */
    MANAGEMENT,
    /** The members' own addresses behind a virtual address (each HALB appliance, each StoreFront server). */
    MEMBERS,
    /** The address the node's connections come from (a subnet IP, a source NAT). */
    OUTBOUND;

    /** The name used in catalog files: {@code service}, {@code management}, {@code members}, {@code outbound}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with the catalog name, or null for none. */
    public static AddressRole parse(String text) {
        for (AddressRole role : values()) {
            if (role.id().equals(text)) {
                return role;
            }
        }
        return null;
    }
}
