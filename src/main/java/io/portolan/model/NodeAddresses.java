package io.portolan.model;

import java.util.Objects;

/**
 * The addresses of a node, each an IP address, CIDR, range or a comma-separated list of them; empty (never null)
 * when not set.
 *
 * @param address the address clients reach: a load-balanced service's virtual address, or the machines' own
 * @param outbound where the node's connections come from when that is neither its members' nor its address
 *     (a subnet IP, a source NAT)
 * @param management the appliances' management address (Citrix NSIP)
 * @param members the members' own addresses behind the virtual address (each HALB appliance, each StoreFront server)
 */
public record NodeAddresses(String address, String outbound, String management, String members) {

    /** A node with no address yet. */
    public static final NodeAddresses NONE = new NodeAddresses("", "", "", "");

    public NodeAddresses {
        address = Objects.requireNonNullElse(address, "");
        outbound = Objects.requireNonNullElse(outbound, "");
        management = Objects.requireNonNullElse(management, "");
        members = Objects.requireNonNullElse(members, "");
    }

    /** A node with one address and nothing else. */
    public static NodeAddresses of(String address) {
        return new NodeAddresses(address, "", "", "");
    }

    /**
     * The address a role uses. {@code SERVICE} is the address; {@code MEMBERS} the members' addresses, else the
     * address; {@code MANAGEMENT} the management address, else the members', else the address; {@code OUTBOUND}
     * the outbound address, else the members', else the address. So the servers behind a virtual address connect
     * from their own addresses without every rule saying so.
     */
    public String resolve(AddressRole role) {
        return switch (role) {
            case SERVICE -> address;
            case MEMBERS -> first(members, address);
            case MANAGEMENT -> first(management, first(members, address));
            case OUTBOUND -> first(outbound, first(members, address));
        };
    }

    /** The address the node holds for a role itself, without falling back; empty when it has none. */
    public String own(AddressRole role) {
        return switch (role) {
            case SERVICE -> address;
            case MEMBERS -> members;
            case MANAGEMENT -> management;
            case OUTBOUND -> outbound;
        };
    }

    /** These addresses with the role's own address replaced. */
    public NodeAddresses with(AddressRole role, String value) {
        return switch (role) {
            case SERVICE -> new NodeAddresses(value, outbound, management, members);
            case OUTBOUND -> new NodeAddresses(address, value, management, members);
            case MANAGEMENT -> new NodeAddresses(address, outbound, value, members);
            case MEMBERS -> new NodeAddresses(address, outbound, management, value);
        };
    }

    private static String first(String preferred, String otherwise) {
        return preferred.isEmpty() ? otherwise : preferred;
    }
}
