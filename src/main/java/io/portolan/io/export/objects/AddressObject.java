package io.portolan.io.export.objects;

import io.portolan.model.AddressItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named address object: one address, network or range, or a group of other address objects. A node with one
 * address is one object; a farm or HA pair written as a list is a group of one object per item; a zone's ranges
 * are a network object or a group of them; the sources (or destinations) that rules share are a group.
 * Compared by identity: one object per name.
 */
public final class AddressObject {

    /** What an address object holds. */
    public enum Kind {
        /** One address. */
        HOST("Host"),
        /** A CIDR block. */
        NETWORK("Network"),
        /** A range of addresses from first to last. */
        RANGE("Range"),
        /** Other address objects. */
        GROUP("Address group");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the Objects sheet names the kind. */
        public String label() {
            return label;
        }
    }

    private final String name;
    private final Kind kind;
    private final AddressItem item;
    private final List<AddressObject> members;
    private final String description;
    private final boolean ipv4;
    private final boolean ipv6;

    private AddressObject(String name, Kind kind, AddressItem item, List<AddressObject> members, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        this.item = item;
        this.members = List.copyOf(members);
        this.description = description;
        this.ipv4 = item != null ? item.isIpv4() : this.members.stream().anyMatch(AddressObject::hasIpv4);
        this.ipv6 = item != null ? !item.isIpv4() : this.members.stream().anyMatch(AddressObject::hasIpv6);
    }

    /** An object holding one item of an address list. */
    static AddressObject of(String name, AddressItem item, String description) {
        Kind kind = switch (item.kind()) {
            case ADDRESS -> Kind.HOST;
            case CIDR -> Kind.NETWORK;
            case RANGE -> Kind.RANGE;
        };
        return new AddressObject(name, kind, item, List.of(), description);
    }

    /** A group of other objects. */
    static AddressObject group(String name, List<AddressObject> members, String description) {
        return new AddressObject(name, Kind.GROUP, null, members, description);
    }

    /** The name the firewall knows the object by. */
    public String name() {
        return name;
    }

    /** What it holds. */
    public Kind kind() {
        return kind;
    }

    /** True for a group of other objects. */
    public boolean isGroup() {
        return kind == Kind.GROUP;
    }

    /** The address, network or range of a single object; null for a group. */
    public AddressItem item() {
        return item;
    }

    /** The objects of a group, in order; empty for a single object. */
    public List<AddressObject> members() {
        return members;
    }

    /** What the object stands for, in the user's words ({@code StoreFront (Data centre), members}). */
    public String description() {
        return description;
    }

    /** The address as written canonically ({@code 10.0.2.10-10.0.2.29}), or the member names of a group. */
    public String value() {
        if (item != null) {
            return item.canonical();
        }
        List<String> names = new ArrayList<>(members.size());
        members.forEach(m -> names.add(m.name()));
        return String.join(", ", names);
    }

    /** Every item the object holds, through its groups, in order. */
    public List<AddressItem> items() {
        if (item != null) {
            return List.of(item);
        }
        List<AddressItem> all = new ArrayList<>();
        members.forEach(m -> all.addAll(m.items()));
        return all;
    }

    /** True when the object holds an IPv4 address. */
    public boolean hasIpv4() {
        return ipv4;
    }

    /** True when the object holds an IPv6 address. */
    public boolean hasIpv6() {
        return ipv6;
    }

    @Override
    public String toString() {
        return name;
    }
}
