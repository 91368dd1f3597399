package io.portolan.engine;

import io.portolan.engine.DesignWarning.Kind;
import io.portolan.model.AddressItem;
import io.portolan.model.AddressRole;
import io.portolan.model.Addresses;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The warnings about addresses a firewall team would send back: missing, malformed, in the wrong zone, twice. */
final class AddressWarnings {

    /** The address fields of a node, by the name the design file and the inspector give them. */
    private static final Map<AddressRole, String> FIELDS = Map.of(AddressRole.SERVICE, "address",
            AddressRole.OUTBOUND, "outboundAddress", AddressRole.MANAGEMENT, "managementAddress",
            AddressRole.MEMBERS, "memberAddresses");
    private static final Map<AddressRole, String> LABELS = Map.of(AddressRole.SERVICE, "Address",
            AddressRole.OUTBOUND, "Outbound address", AddressRole.MANAGEMENT, "Management address",
            AddressRole.MEMBERS, "Member addresses");
    private static final List<AddressRole> ORDER = List.of(AddressRole.SERVICE, AddressRole.OUTBOUND,
            AddressRole.MANAGEMENT, AddressRole.MEMBERS);

    private final FlowAnalysis analysis;
    private final Design design;
    private final Map<String, List<AddressItem>> parsed = new HashMap<>();

    AddressWarnings(FlowAnalysis analysis) {
        this.analysis = analysis;
        this.design = analysis.design();
    }

    /** Ends of crossing flows without an address (or, for an internet service, a host name) for the rule to name. */
    List<DesignWarning> missing() {
        Map<Node, Set<AddressRole>> missing = new LinkedHashMap<>();
        for (Flow flow : analysis.flows()) {
            if (!flow.needsRule()) {
                continue;
            }
            if (flow.sourceAddress().isEmpty()) {
                missing.computeIfAbsent(flow.source(), n -> new LinkedHashSet<>()).add(flow.reasons().get(0).fromAddress());
            }
            if (flow.destinationAddress().isEmpty()) {
                missing.computeIfAbsent(flow.destination(), n -> new LinkedHashSet<>()).add(flow.reasons().get(0).toAddress());
            }
        }
        List<DesignWarning> warnings = new ArrayList<>();
        missing.forEach((node, roles) -> {
            if (analysis.hostOf(node).isEmpty()) {
                warnings.add(new DesignWarning(Kind.MISSING_ADDRESS, "'" + node.name() + "' has no address, but flows that "
                        + "cross a firewall start or end at it: give its Address" + (roles.contains(AddressRole.MANAGEMENT)
                        ? " (or its Management address)" : "") + " so that the rules can name it", List.of(node.id()), "address"));
            }
        });
        return warnings;
    }

    /**
     * Nodes whose type has a management address that is not set (nor members' addresses), while flows use it: those
     * flows fall back to the address users reach (a Gateway's virtual server), which a firewall team would not open
     * to administration. Members' addresses are not asked for: a service that is not load-balanced has its servers'
     * own addresses as its address.
     */
    List<DesignWarning> fallbacks() {
        Map<Node, Set<AddressRole>> used = new LinkedHashMap<>();
        for (Flow flow : analysis.flows()) {
            FlowReason reason = flow.reasons().get(0);
            used.computeIfAbsent(flow.source(), n -> new LinkedHashSet<>()).add(reason.fromAddress());
            used.computeIfAbsent(flow.destination(), n -> new LinkedHashSet<>()).add(reason.toAddress());
        }
        List<DesignWarning> warnings = new ArrayList<>();
        used.forEach((node, roles) -> analysis.catalog().type(node.typeId()).ifPresent(type -> {
            AddressRole role = AddressRole.MANAGEMENT;
            if (roles.contains(role) && type.addresses().contains(role) && !node.address().isEmpty()
                    && node.address(role).equals(node.address())) {
                warnings.add(new DesignWarning(Kind.MISSING_ADDRESS, "'" + node.name() + "' has no " + LABELS.get(role)
                        + ", so the flows that use it go to its Address " + node.address() + ", the one users reach: give its "
                        + "management address (NSIP)", List.of(node.id()), FIELDS.get(role)));
            }
        }));
        return warnings;
    }

    /** Ranges backwards or across IP versions, and CIDR ranges with host bits, in nodes and zones. */
    List<DesignWarning> forms() {
        List<DesignWarning> warnings = new ArrayList<>();
        for (Node node : design.nodes()) {
            for (AddressRole role : ORDER) {
                for (String problem : Addresses.addressListWarnings(node.addresses().own(role))) {
                    warnings.add(new DesignWarning(Kind.ADDRESS_FORM, "'" + node.name() + "', " + LABELS.get(role) + ": "
                            + problem, List.of(node.id()), FIELDS.get(role)));
                }
            }
        }
        for (Zone zone : design.zones()) {
            for (String cidr : zone.cidrs()) {
                items(cidr).forEach(item -> item.hostBitsProblem().ifPresent(problem -> warnings.add(new DesignWarning(
                        Kind.ADDRESS_FORM, "Zone '" + zone.name() + "', Address ranges: " + problem, List.of(zone.id()), "cidrs"))));
            }
        }
        return warnings;
    }

    /** Node addresses that lie outside every address range of the node's zone (a zone without ranges is not checked). */
    List<DesignWarning> outsideZones() {
        List<DesignWarning> warnings = new ArrayList<>();
        for (Node node : design.nodes()) {
            Zone zone = design.zone(node.zoneId()).orElse(null);
            if (zone == null || zone.cidrs().isEmpty()) {
                continue;
            }
            List<AddressItem> ranges = new ArrayList<>();
            zone.cidrs().forEach(cidr -> ranges.addAll(items(cidr)));
            for (AddressRole role : ORDER) {
                for (AddressItem item : items(node.addresses().own(role))) {
                    if (!item.isInside(ranges)) {
                        warnings.add(new DesignWarning(Kind.ADDRESS_OUTSIDE_ZONE, "'" + node.name() + "', " + LABELS.get(role)
                                + ": " + item.text() + " lies outside the address ranges of its zone " + zone.name() + " ("
                                + String.join(", ", zone.cidrs()) + "): is the node in the right zone, or the address mistyped?",
                                List.of(node.id()), FIELDS.get(role)));
                    }
                }
            }
        }
        return warnings;
    }

    /**
     * Nodes whose own addresses share one: a copied node whose address was not changed. A node's own address is
     * its management address, else its members', else its address, so that the virtual address a load balancer
     * holds for another node's service is not taken for a second machine on one address.
     */
    List<DesignWarning> duplicates() {
        Map<AddressItem, List<Node>> byAddress = new LinkedHashMap<>();
        for (Node node : design.nodes()) {
            for (AddressItem item : items(node.address(AddressRole.MANAGEMENT))) {
                if (item.kind() == AddressItem.Kind.ADDRESS) {
                    List<Node> holders = byAddress.computeIfAbsent(item, i -> new ArrayList<>(1));
                    if (!holders.contains(node)) {
                        holders.add(node);
                    }
                }
            }
        }
        List<DesignWarning> warnings = new ArrayList<>();
        byAddress.forEach((address, nodes) -> {
            if (nodes.size() > 1) {
                warnings.add(new DesignWarning(Kind.DUPLICATE_ADDRESS, "'" + nodes.get(0).name() + "' and '" + nodes.get(1).name()
                        + "'" + (nodes.size() > 2 ? " and " + (nodes.size() - 2) + " more" : "") + " have the same address "
                        + address.text() + ": give each machine its own", nodes.stream().map(Node::id).toList(), "address"));
            }
        });
        return warnings;
    }

    /**
     * Zones whose address ranges overlap: a subnet cannot sit in two zones, so a node's zone and its firewall rules
     * would be wrong for one of them. A range that covers every address (0.0.0.0/0, ::/0), which the internet's zone
     * has, overlaps nothing.
     */
    List<DesignWarning> overlappingZones() {
        List<DesignWarning> warnings = new ArrayList<>();
        List<Zone> zones = design.zones();
        for (int a = 0; a < zones.size(); a++) {
            for (int b = a + 1; b < zones.size(); b++) {
                overlap(zones.get(a), zones.get(b)).ifPresent(warnings::add);
            }
        }
        return warnings;
    }

    private Optional<DesignWarning> overlap(Zone first, Zone second) {
        for (String left : first.cidrs()) {
            for (String right : second.cidrs()) {
                for (AddressItem a : items(left)) {
                    for (AddressItem b : items(right)) {
                        if (!coversEverything(a) && !coversEverything(b) && a.overlaps(b)) {
                            return Optional.of(new DesignWarning(Kind.OVERLAPPING_ZONES, "Zones '" + first.name()
                                    + "' and '" + second.name() + "' share addresses (" + left + (a.coversSameAddresses(b)
                                    ? " is also " : " overlaps ") + right + "): a subnet belongs to one zone",
                                    List.of(first.id(), second.id()), "cidrs"));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean coversEverything(AddressItem item) {
        return item.kind() == AddressItem.Kind.CIDR && item.text().endsWith("/0");
    }

    /** The items of an address text, read once per text; none for a text that is not valid. */
    private List<AddressItem> items(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return parsed.computeIfAbsent(text, t -> Addresses.addressListProblem(t).isPresent() ? List.of() : Addresses.items(t));
    }
}
