package io.portolan.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A placed component: an instance of a catalog type, such as two StoreFront servers or a farm of 20
 * session hosts.
 *
 * @param id stable id, unique within the design
 * @param typeId the catalog type, e.g. {@code citrix.storefront}
 * @param name name shown on the canvas
 * @param host host name or FQDN; empty when not known yet
 * @param addresses its address and, where set, its outbound, management and members' addresses
 * @param zoneId the zone it was placed in, or null when it sits outside every zone
 * @param position centre of its icon on the canvas
 * @param features ids of the features switched on, sorted, each once
 * @param count how many machines the node stands for (at least 1)
 * @param settings values the administrator chose for the node's settings (a port written into a config file),
 *     by setting id, sorted; a setting not given takes its catalog default
 */
public record Node(String id, String typeId, String name, String host, NodeAddresses addresses, String zoneId, Point position,
                   List<String> features, int count, Map<String, Integer> settings) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        host = host == null ? "" : host;
        addresses = addresses == null ? NodeAddresses.NONE : addresses;
        features = List.copyOf(new TreeSet<>(features));
        settings = settings == null || settings.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(settings));
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
    }

    /** A node with its address and outbound address only, and no settings. */
    public Node(String id, String typeId, String name, String host, String address, String zoneId, Point position,
                List<String> features, int count, String outboundAddress) {
        this(id, typeId, name, host, new NodeAddresses(address, outboundAddress, "", ""), zoneId, position, features, count,
                Map.of());
    }

    /** A node whose connections come from its own address: the outbound address is empty. */
    public Node(String id, String typeId, String name, String host, String address, String zoneId, Point position,
                List<String> features, int count) {
        this(id, typeId, name, host, address, zoneId, position, features, count, "");
    }

    /** The address clients reach: the virtual address of a load-balanced service, or the machines' own; empty when not known. */
    public String address() {
        return addresses.address();
    }

    /** The address its connections come from when that is not its address; empty when not set. */
    public String outboundAddress() {
        return addresses.outbound();
    }

    /** The appliances' management address (NSIP); empty when not set. */
    public String managementAddress() {
        return addresses.management();
    }

    /** The members' own addresses behind its virtual address; empty when not set. */
    public String memberAddresses() {
        return addresses.members();
    }

    /** The address a rule's end with the role uses, falling back as {@link NodeAddresses#resolve} says. */
    public String address(AddressRole role) {
        return addresses.resolve(role);
    }

    /** The address its connections come from: the outbound address, else the members', else the address. */
    public String sourceAddress() {
        return addresses.resolve(AddressRole.OUTBOUND);
    }

    /** True when the feature is switched on. */
    public boolean hasFeature(String featureId) {
        return features.contains(featureId);
    }

    /** The node with another name. */
    public Node withName(String newName) {
        return new Node(id, typeId, newName, host, addresses, zoneId, position, features, count, settings);
    }

    /** The node with another host name. */
    public Node withHost(String newHost) {
        return new Node(id, typeId, name, newHost, addresses, zoneId, position, features, count, settings);
    }

    /** The node with other addresses. */
    public Node withAddresses(NodeAddresses newAddresses) {
        return new Node(id, typeId, name, host, newAddresses, zoneId, position, features, count, settings);
    }

    /** The node with another address, the one clients reach. */
    public Node withAddress(String newAddress) {
        return withAddresses(addresses.with(AddressRole.SERVICE, newAddress));
    }

    /** The node with another outbound address; empty when its connections come from its address. */
    public Node withOutboundAddress(String newOutboundAddress) {
        return withAddresses(addresses.with(AddressRole.OUTBOUND, newOutboundAddress));
    }

    /** The node in another zone, or outside every zone when {@code newZoneId} is null. */
    public Node withZoneId(String newZoneId) {
        return new Node(id, typeId, name, host, addresses, newZoneId, position, features, count, settings);
    }

    /** The node at another place on the canvas. */
    public Node withPosition(Point newPosition) {
        return new Node(id, typeId, name, host, addresses, zoneId, newPosition, features, count, settings);
    }

    /** The node with exactly these features switched on. */
    public Node withFeatures(List<String> newFeatures) {
        return new Node(id, typeId, name, host, addresses, zoneId, position, newFeatures, count, settings);
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

    /** The node standing for another number of machines. */
    public Node withCount(int newCount) {
        return new Node(id, typeId, name, host, addresses, zoneId, position, features, newCount, settings);
    }

    /** The node with exactly these settings. */
    public Node withSettings(Map<String, Integer> newSettings) {
        return new Node(id, typeId, name, host, addresses, zoneId, position, features, count, newSettings);
    }

    /** The node with one setting chosen, or back to its default when {@code value} is null. */
    public Node withSetting(String settingId, Integer value) {
        Map<String, Integer> changed = new TreeMap<>(settings);
        if (value == null) {
            changed.remove(settingId);
        } else {
            changed.put(settingId, value);
        }
        return withSettings(changed);
    }
}
