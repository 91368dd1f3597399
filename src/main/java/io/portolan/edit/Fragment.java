package io.portolan.edit;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Copy puts on the clipboard: copies of the selected zones, firewalls and nodes, with the nodes inside
 * a copied zone coming along.
 *
 * @param zones the copied zones, in design order
 * @param firewalls the copied firewalls, in design order
 * @param nodes the copied nodes, in design order
 */
public record Fragment(List<Zone> zones, List<Firewall> firewalls, List<Node> nodes) {

    public Fragment {
        zones = List.copyOf(zones);
        firewalls = List.copyOf(firewalls);
        nodes = List.copyOf(nodes);
    }

    /** The part of the design the ids select; unknown ids are ignored. */
    public static Fragment copyOf(Design design, Collection<String> ids) {
        Set<String> selected = new HashSet<>(ids);
        List<Zone> zones = design.zones().stream().filter(z -> selected.contains(z.id())).toList();
        Set<String> zoneIds = new HashSet<>();
        zones.forEach(z -> zoneIds.add(z.id()));
        List<Firewall> firewalls = design.firewalls().stream().filter(f -> selected.contains(f.id())).toList();
        List<Node> nodes = design.nodes().stream()
                .filter(n -> selected.contains(n.id()) || n.zoneId() != null && zoneIds.contains(n.zoneId()))
                .toList();
        return new Fragment(zones, firewalls, nodes);
    }

    /** True when nothing was copied. */
    public boolean isEmpty() {
        return zones.isEmpty() && firewalls.isEmpty() && nodes.isEmpty();
    }

    /** How many items the fragment holds. */
    public int size() {
        return zones.size() + firewalls.size() + nodes.size();
    }
}
