package io.portolan.edit;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pastes copies of a fragment with new ids and unique names, moved by an offset so that they do not hide
 * the originals. Pasted nodes stay in a zone pasted with them, or land in the zone under their new place;
 * pasted firewalls join the pasted copies of their zones, or the original zones when those were not copied.
 *
 * @param fragment what was copied
 * @param dx horizontal offset in canvas units
 * @param dy vertical offset in canvas units
 */
public record Paste(Fragment fragment, double dx, double dy) implements Command {

    public Paste {
        Objects.requireNonNull(fragment, "fragment");
    }

    /** The design after pasting and the ids of the pasted items, for selecting them. */
    public record Result(Design design, List<String> pastedIds) {
        public Result {
            pastedIds = List.copyOf(pastedIds);
        }
    }

    @Override
    public Design apply(Design design) {
        return place(design).design();
    }

    /** Pastes into the design. */
    public Result place(Design design) {
        Design result = design;
        List<String> pasted = new ArrayList<>();
        Map<String, String> zoneIds = new HashMap<>();
        for (Zone zone : fragment.zones()) {
            Zone copy = new Zone(result.nextId(AddZone.ID_PREFIX), Names.uniqueZoneName(result, Names.base(zone.name())),
                    zone.kind(), zone.cidrs(), zone.bounds().translate(dx, dy));
            zoneIds.put(zone.id(), copy.id());
            result = result.withZone(copy);
            pasted.add(copy.id());
        }
        for (Firewall firewall : fragment.firewalls()) {
            List<String> joined = new ArrayList<>();
            for (String zoneId : firewall.zoneIds()) {
                String mapped = zoneIds.getOrDefault(zoneId, zoneId);
                if (result.zone(mapped).isPresent() && !joined.contains(mapped)) {
                    joined.add(mapped);
                }
            }
            Firewall copy = new Firewall(result.nextId(AddFirewall.ID_PREFIX),
                    Names.uniqueFirewallName(result, Names.base(firewall.name())), joined, firewall.position().translate(dx, dy));
            result = result.withFirewall(copy);
            pasted.add(copy.id());
        }
        for (Node node : fragment.nodes()) {
            String id = result.nextId(AddNode.ID_PREFIX);
            Node moved = new Node(id, node.typeId(), Names.uniqueNodeName(result, Names.base(node.name())), node.host(),
                    node.addresses(), null, node.position().translate(dx, dy), node.features(), node.count(), node.settings());
            String zone = node.zoneId() != null && zoneIds.containsKey(node.zoneId()) ? zoneIds.get(node.zoneId())
                    : ZoneMembership.zoneIdAt(result, moved.position());
            result = result.withNode(moved.withZoneId(zone));
            pasted.add(id);
        }
        return new Result(result, pasted);
    }

    @Override
    public String description() {
        return "Paste " + Command.count(fragment.size(), "item", "items");
    }
}
