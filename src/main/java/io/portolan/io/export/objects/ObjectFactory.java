package io.portolan.io.export.objects;

import io.portolan.model.AddressItem;
import io.portolan.model.AddressRole;
import io.portolan.model.Addresses;
import io.portolan.model.Node;
import io.portolan.model.PortRange;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes each object once: a node's address (one object, or a group of one per item), a zone's ranges, a service,
 * a group of objects. Remembers every object in the order made, which is the order they are listed in.
 */
final class ObjectFactory {

    private static final AddressRole[] ROLES = {AddressRole.SERVICE, AddressRole.MEMBERS, AddressRole.OUTBOUND, AddressRole.MANAGEMENT};

    private final ObjectNames names;
    private final List<AddressObject> addresses = new ArrayList<>();
    private final List<ServiceObject> services = new ArrayList<>();
    private final Map<Node, Map<String, AddressObject>> byNode = new IdentityHashMap<>();
    private final Map<List<AddressObject>, AddressObject> groups = new HashMap<>();
    private final Map<String, ServiceObject> byService = new HashMap<>();

    ObjectFactory(ObjectNames names) {
        this.names = names;
    }

    List<AddressObject> addresses() {
        return addresses;
    }

    List<ServiceObject> services() {
        return services;
    }

    /** The network object of a zone's ranges, or null for a zone without ranges. */
    AddressObject zone(Zone zone) {
        List<AddressItem> items = new ArrayList<>();
        for (String cidr : zone.cidrs()) {
            items.add(Addresses.cidr(cidr));
        }
        String owner = "the zone '" + zone.name() + "'";
        return items.isEmpty() ? null : addressObject(items, zone.name(), "_NET", zone.id(), owner, zone.name() + " (zone)");
    }

    /**
     * The object of the address a node's end of a rule uses, or null when the text is empty.
     *
     * @throws IllegalArgumentException when the text is not an address list
     */
    AddressObject node(Node node, String text, String zoneName) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, AddressObject> known = byNode.computeIfAbsent(node, n -> new HashMap<>(2));
        AddressObject object = known.get(text);
        if (object == null) {
            AddressRole role = roleOf(node, text);
            String suffix = suffix(role);
            String owner = "the node '" + node.name() + "'" + (suffix.isEmpty() ? "" : " (" + words(role) + ")");
            String description = node.name() + (zoneName == null ? "" : " (" + zoneName + ")")
                    + (suffix.isEmpty() ? "" : ", " + words(role));
            object = addressObject(Addresses.items(text), node.name(), suffix, node.id(), owner, description);
            known.put(text, object);
        }
        return object;
    }

    /** A group of the objects, made once for the same members in any order. */
    AddressObject group(List<AddressObject> members, String description) {
        List<AddressObject> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(AddressObject::name));
        return groups.computeIfAbsent(List.copyOf(sorted), key -> {
            List<String> bases = new ArrayList<>(key.size());
            key.forEach(m -> bases.add(m.name().substring(names.naming().prefix().length())));
            String name = names.contentName("GRP", bases, "a group of " + key.size() + " objects");
            AddressObject group = AddressObject.group(name, key, description);
            addresses.add(group);
            return group;
        });
    }

    /** The service of a protocol with the ports, or null for TCP or UDP without port numbers. */
    ServiceObject service(Protocol protocol, Integer ipProtocol, PortSet ports) {
        if (protocol.hasPorts() && ports.isEmpty()) {
            return null;
        }
        String key = protocol + "/" + ipProtocol + "/" + ports;
        ServiceObject known = byService.get(key);
        if (known != null) {
            return known;
        }
        ServiceObject service;
        if (!protocol.hasPorts()) {
            String words = protocol == Protocol.IP ? "IP_" + ipProtocol : protocol.name();
            service = ServiceObject.of(claimService(words, protocol + (ipProtocol == null ? "" : " " + ipProtocol)),
                    protocol, ipProtocol, null);
        } else if (ports.ranges().size() == 1) {
            service = leaf(protocol, ports.ranges().get(0));
            byService.put(key, service);
            return service;
        } else {
            List<ServiceObject> members = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (PortRange range : ports.ranges()) {
                members.add(leaf(protocol, range));
                parts.add(range.toString());
            }
            service = ServiceObject.group(names.contentName(protocol.name(), parts, "the service " + protocol + " " + ports),
                    protocol, members);
        }
        byService.put(key, service);
        services.add(service);
        return service;
    }

    private ServiceObject leaf(Protocol protocol, PortRange range) {
        String key = protocol + "/null/" + range;
        return byService.computeIfAbsent(key, k -> {
            ServiceObject service = ServiceObject.of(claimService(protocol.name() + "_" + range, protocol + " " + range),
                    protocol, null, range);
            services.add(service);
            return service;
        });
    }

    private String claimService(String words, String what) {
        return names.claim(names.naming().fit(words, ""), "the service " + what);
    }

    private AddressObject addressObject(List<AddressItem> items, String words, String suffix, String fallback, String owner,
                                        String description) {
        ObjectNaming naming = names.naming();
        String name = names.claim(naming.name(words, suffix, fallback), owner);
        if (items.size() == 1) {
            AddressObject single = AddressObject.of(name, items.get(0), description);
            addresses.add(single);
            return single;
        }
        List<AddressObject> members = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String memberName = names.claim(naming.name(words, suffix + "_" + (i + 1), fallback), owner + ", item " + (i + 1));
            members.add(AddressObject.of(memberName, items.get(i), description + ", item " + (i + 1)));
        }
        AddressObject group = AddressObject.group(name, members, description);
        addresses.add(group);
        addresses.addAll(members);
        return group;
    }

    /** Which of the node's addresses the text is: the first role holding it, in the order clients, members, outbound, management. */
    private static AddressRole roleOf(Node node, String text) {
        for (AddressRole role : ROLES) {
            if (text.equals(node.addresses().own(role))) {
                return role;
            }
        }
        return AddressRole.SERVICE;
    }

    private static String suffix(AddressRole role) {
        return switch (role) {
            case SERVICE -> "";
            case MEMBERS -> "_MEMBERS";
            case OUTBOUND -> "_OUT";
            case MANAGEMENT -> "_MGMT";
        };
    }

    private static String words(AddressRole role) {
        return switch (role) {
            case SERVICE -> "address";
            case MEMBERS -> "members";
            case OUTBOUND -> "outbound address";
            case MANAGEMENT -> "management address";
        };
    }
}
