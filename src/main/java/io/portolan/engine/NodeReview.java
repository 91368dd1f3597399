package io.portolan.engine;

import io.portolan.engine.DesignWarning.Kind;
import io.portolan.model.AddressItem;
import io.portolan.model.AddressRole;
import io.portolan.model.Addresses;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the design review reads of one node's addresses, worked out once per node: the addresses a firewall refuses
 * or reads otherwise, those outside the ranges of the node's zone, and the node's own single addresses, which no other
 * machine may share. An edit that keeps a node and the zones' ranges keeps its review.
 *
 * @param forms ranges written backwards and CIDR ranges with host bits, per field
 * @param outsideZone addresses outside every range of the node's zone, per field
 * @param ownAddresses the single addresses of the node's own machines (its management address, else its members', else
 *     its address), for telling two machines on one address
 */
record NodeReview(List<DesignWarning> forms, List<DesignWarning> outsideZone, List<AddressItem> ownAddresses) {

    /** The address fields of a node, by the name the design file and the inspector give them. */
    static final Map<AddressRole, String> FIELDS = Map.of(AddressRole.SERVICE, "address",
            AddressRole.OUTBOUND, "outboundAddress", AddressRole.MANAGEMENT, "managementAddress",
            AddressRole.MEMBERS, "memberAddresses");
    /** The address fields of a node, by the name the inspector shows. */
    static final Map<AddressRole, String> LABELS = Map.of(AddressRole.SERVICE, "Address",
            AddressRole.OUTBOUND, "Outbound address", AddressRole.MANAGEMENT, "Management address",
            AddressRole.MEMBERS, "Member addresses");
    private static final List<AddressRole> ORDER = List.of(AddressRole.SERVICE, AddressRole.OUTBOUND,
            AddressRole.MANAGEMENT, AddressRole.MEMBERS);

    /** The review of a node of the design. */
    static NodeReview of(Node node, Design design) {
        List<DesignWarning> forms = new ArrayList<>(0);
        for (AddressRole role : ORDER) {
            for (String problem : Addresses.addressListWarnings(node.addresses().own(role))) {
                forms.add(new DesignWarning(Kind.ADDRESS_FORM, "'" + node.name() + "', " + LABELS.get(role) + ": " + problem,
                        List.of(node.id()), FIELDS.get(role)));
            }
        }
        List<AddressItem> own = new ArrayList<>(1);
        for (AddressItem item : items(node.address(AddressRole.MANAGEMENT))) {
            if (item.kind() == AddressItem.Kind.ADDRESS) {
                own.add(item);
            }
        }
        return new NodeReview(List.copyOf(forms), outsideZone(node, design), List.copyOf(own));
    }

    private static List<DesignWarning> outsideZone(Node node, Design design) {
        Zone zone = design.zone(node.zoneId()).orElse(null);
        if (zone == null || zone.cidrs().isEmpty()) {
            return List.of();
        }
        List<AddressItem> ranges = new ArrayList<>();
        zone.cidrs().forEach(cidr -> ranges.addAll(items(cidr)));
        List<DesignWarning> warnings = new ArrayList<>(0);
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
        return List.copyOf(warnings);
    }

    /** The items of an address text; none for an empty or invalid one. */
    static List<AddressItem> items(String text) {
        if (text.isEmpty() || Addresses.addressListProblem(text).isPresent()) {
            return List.of();
        }
        return Addresses.items(text);
    }
}
