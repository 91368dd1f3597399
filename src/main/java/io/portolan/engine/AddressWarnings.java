package io.portolan.engine;

import io.portolan.engine.DesignWarning.Kind;
import io.portolan.model.AddressItem;
import io.portolan.model.AddressRole;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The warnings about addresses a firewall team would send back: missing, malformed, in the wrong zone, twice. They are
 * read from the reviews of the node pairs and of the nodes, which an edit keeps where it left them as they were.
 */
final class AddressWarnings {

    private final FlowAnalysis analysis;
    private final Design design;
    private final PairScan scan;
    private final Map<Node, NodeReview> nodes;

    AddressWarnings(FlowAnalysis analysis, PairScan scan, Map<Node, NodeReview> nodes) {
        this.analysis = analysis;
        this.design = analysis.design();
        this.scan = scan;
        this.nodes = nodes;
    }

    /** Ends of crossing flows without an address (or, for an internet service, a host name) for the rule to name. */
    List<DesignWarning> missing() {
        List<DesignWarning> warnings = new ArrayList<>();
        scan.missing.forEach((node, roles) -> {
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
        List<DesignWarning> warnings = new ArrayList<>();
        for (Node node : design.nodes()) {
            if (scan.managed.contains(node) && !node.address().isEmpty() && node.address(AddressRole.MANAGEMENT).equals(node.address())
                    && analysis.catalog().type(node.typeId()).filter(t -> t.addresses().contains(AddressRole.MANAGEMENT)).isPresent()) {
                warnings.add(new DesignWarning(Kind.MISSING_ADDRESS, "'" + node.name() + "' has no "
                        + NodeReview.LABELS.get(AddressRole.MANAGEMENT) + ", so the flows that use it go to its Address "
                        + node.address() + ", the one users reach: give its management address (NSIP)", List.of(node.id()),
                        NodeReview.FIELDS.get(AddressRole.MANAGEMENT)));
            }
        }
        return warnings;
    }

    /** Ranges backwards and CIDR ranges with host bits, in nodes and zones. */
    List<DesignWarning> forms() {
        List<DesignWarning> warnings = new ArrayList<>();
        for (Node node : design.nodes()) {
            warnings.addAll(nodes.get(node).forms());
        }
        for (Zone zone : design.zones()) {
            for (String cidr : zone.cidrs()) {
                NodeReview.items(cidr).forEach(item -> item.hostBitsProblem().ifPresent(problem -> warnings.add(new DesignWarning(
                        Kind.ADDRESS_FORM, "Zone '" + zone.name() + "', Address ranges: " + problem, List.of(zone.id()), "cidrs"))));
            }
        }
        return warnings;
    }

    /** Node addresses that lie outside every address range of the node's zone (a zone without ranges is not checked). */
    List<DesignWarning> outsideZones() {
        List<DesignWarning> warnings = new ArrayList<>();
        for (Node node : design.nodes()) {
            warnings.addAll(nodes.get(node).outsideZone());
        }
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
                for (AddressItem a : NodeReview.items(left)) {
                    for (AddressItem b : NodeReview.items(right)) {
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

    /**
     * Nodes whose own addresses share one: a copied node whose address was not changed. A node's own address is
     * its management address, else its members', else its address, so that the virtual address a load balancer
     * holds for another node's service is not taken for a second machine on one address.
     */
    List<DesignWarning> duplicates() {
        Map<AddressItem, List<Node>> byAddress = new LinkedHashMap<>();
        for (Node node : design.nodes()) {
            for (AddressItem item : nodes.get(node).ownAddresses()) {
                List<Node> holders = byAddress.computeIfAbsent(item, i -> new ArrayList<>(1));
                if (!holders.contains(node)) {
                    holders.add(node);
                }
            }
        }
        List<DesignWarning> warnings = new ArrayList<>();
        byAddress.forEach((address, holders) -> {
            if (holders.size() > 1) {
                warnings.add(new DesignWarning(Kind.DUPLICATE_ADDRESS, "'" + holders.get(0).name() + "' and '"
                        + holders.get(1).name() + "'" + (holders.size() > 2 ? " and " + (holders.size() - 2) + " more" : "")
                        + " have the same address " + address.text() + ": give each machine its own",
                        holders.stream().map(Node::id).toList(), "address"));
            }
        });
        return warnings;
    }
}
