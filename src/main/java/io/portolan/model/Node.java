package io.portolan.model;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A placed component: an instance of a catalog type, such as two StoreFront servers or a farm of 20
 * session hosts.
 *
 * @param id stable id, unique within the design
 * @param typeId the catalog type, e.g. {@code citrix.storefront}
 * @param name name shown on the canvas
 * @param host host name or FQDN; empty when not known yet
 * @param address IP address, CIDR or a comma-separated list of them; empty when not known yet
 * @param zoneId the zone it was placed in, or null when it sits outside every zone
 * @param position centre of its icon on the canvas
 * @param features ids of the features switched on, sorted, each once
 * @param count how many machines the node stands for (at least 1)
 * @param outboundAddress the address its connections come from when that is not {@code address}, such as a load
 *     balancer's subnet IP or a source NAT; an IP address, CIDR or a comma-separated list of them; empty (never
 *     null) when its connections come from {@code address}
 */
public record Node(String id, String typeId, String name, String host, String address, String zoneId, Point position,
                   List<String> features, int count, String outboundAddress) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        host = host == null ? "" : host;
        address = address == null ? "" : address;
        outboundAddress = outboundAddress == null ? "" : outboundAddress;
        features = List.copyOf(new TreeSet<>(features));
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
    }

    /** A node whose connections come from its own address: the outbound address is empty. */
    public Node(String id, String typeId, String name, String host, String address, String zoneId, Point position,
                List<String> features, int count) {
        this(id, typeId, name, host, address, zoneId, position, features, count, "");
    }

    /** The address its connections come from: the outbound address when set, otherwise the address. */
    public String sourceAddress() {
        return outboundAddress.isEmpty() ? address : outboundAddress;
    }

    /** True when the feature is switched on. */
    public boolean hasFeature(String featureId) {
        return features.contains(featureId);
    }

    public Node withName(String newName) {
        return new Node(id, typeId, newName, host, address, zoneId, position, features, count, outboundAddress);
    }

    public Node withHost(String newHost) {
        return new Node(id, typeId, name, newHost, address, zoneId, position, features, count, outboundAddress);
    }

    public Node withAddress(String newAddress) {
        return new Node(id, typeId, name, host, newAddress, zoneId, position, features, count, outboundAddress);
    }

    /** The node in another zone, or outside every zone when {@code newZoneId} is null. */
    public Node withZoneId(String newZoneId) {
        return new Node(id, typeId, name, host, address, newZoneId, position, features, count, outboundAddress);
    }

    public Node withPosition(Point newPosition) {
        return new Node(id, typeId, name, host, address, zoneId, newPosition, features, count, outboundAddress);
    }

    public Node withFeatures(List<String> newFeatures) {
        return new Node(id, typeId, name, host, address, zoneId, position, newFeatures, count, outboundAddress);
    }

    /** The node with one feature switched on or off. */
    public Node withFeature(String featureId, boolean on) {
        TreeSet<String> changed = new TreeSet<>(features);
        if (on) {
            changed.add(featureId);
        } else {
            changed.remove(featureId);
        }
        return withFeatures(List.copyOf(changed));
    }

    /** The node with another outbound address; empty when its connections come from its address. */
    public Node withOutboundAddress(String newOutboundAddress) {
        return new Node(id, typeId, name, host, address, zoneId, position, features, count, newOutboundAddress);
    }

    public Node withCount(int newCount) {
        return new Node(id, typeId, name, host, address, zoneId, position, features, newCount, outboundAddress);
    }
}
