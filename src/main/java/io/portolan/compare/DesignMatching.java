package io.portolan.compare;

import io.portolan.model.Addresses;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which zone, firewall and node of one revision of a design is which of another, by meaning rather than by id: a node
 * renamed or moved on the canvas is the same node, and so is one deleted and placed again at the same address. Each
 * pass pairs only what its key names once on each side, so that a guess never takes a better match's place.
 *
 * <p>Nodes are paired by type and, in turn: name, address and host together; id; address; name; host. Zones by id,
 * then name, then address ranges; firewalls by id, then name.
 */
public final class DesignMatching {

    /** What an item of the earlier revision that matches nothing is called in the later one's terms. */
    private static final String UNMATCHED = "before:";

    private final Map<String, String> zones;
    private final Map<String, String> firewalls;
    private final Map<String, String> nodes;

    private DesignMatching(Map<String, String> zones, Map<String, String> firewalls, Map<String, String> nodes) {
        this.zones = zones;
        this.firewalls = firewalls;
        this.nodes = nodes;
    }

    /** Pairs the zones, firewalls and nodes of an earlier revision with those of a later one. */
    public static DesignMatching of(Design before, Design after) {
        Map<String, String> zones = match(before.zones(), after.zones(), Zone::id, List.of(
                Zone::id, z -> z.name().toLowerCase(Locale.ROOT), z -> z.cidrs().isEmpty() ? null : String.join(",", new TreeSet<>(z.cidrs()))));
        Map<String, String> firewalls = match(before.firewalls(), after.firewalls(), Firewall::id, List.of(
                Firewall::id, f -> f.name().toLowerCase(Locale.ROOT)));
        Map<String, String> nodes = match(before.nodes(), after.nodes(), Node::id, List.of(
                n -> n.typeId() + '|' + n.name() + '|' + address(n) + '|' + n.host().toLowerCase(Locale.ROOT),
                n -> n.typeId() + '|' + n.id(),
                n -> address(n).isEmpty() ? null : n.typeId() + '|' + address(n),
                n -> n.typeId() + '|' + n.name().toLowerCase(Locale.ROOT),
                n -> n.host().isEmpty() ? null : n.typeId() + '|' + n.host().toLowerCase(Locale.ROOT)));
        return new DesignMatching(zones, firewalls, nodes);
    }

    /** The later revision's id of an earlier zone, or a name of its own when the zone is gone. */
    public String zone(String beforeId) {
        if (beforeId == null) {
            return null;
        }
        String id = zones.get(beforeId);
        return id != null ? id : UNMATCHED + beforeId;
    }

    /** The later revision's id of an earlier firewall, or a name of its own when the firewall is gone. */
    public String firewall(String beforeId) {
        String id = firewalls.get(beforeId);
        return id != null ? id : UNMATCHED + beforeId;
    }

    /** The later revision's id of an earlier node, or a name of its own when the node is gone. */
    public String node(String beforeId) {
        String id = nodes.get(beforeId);
        return id != null ? id : UNMATCHED + beforeId;
    }

    /** How many earlier nodes have a match in the later revision. */
    public int matchedNodes() {
        return nodes.size();
    }

    /** The address a node is reached at, in one spelling however it is written; empty when it has none. */
    static String address(Node node) {
        return canonical(node.address());
    }

    /** An address list in one spelling, items sorted; the text itself, trimmed, when it is not an address list. */
    static String canonical(String addresses) {
        if (addresses == null || addresses.isBlank()) {
            return "";
        }
        if (Addresses.plainIpv4(addresses) >= 0) {
            // what nearly every node holds: one address, which the library would read back as it is written
            return addresses + "-" + addresses;
        }
        try {
            TreeSet<String> items = new TreeSet<>();
            Addresses.items(addresses).forEach(item -> items.add(item.first() + "-" + item.last()));
            return String.join(",", items);
        } catch (IllegalArgumentException e) {
            return addresses.trim();
        }
    }

    /**
     * Pairs items pass by pass: a key (null for an item the pass cannot name) that exactly one unpaired item on each side
     * has pairs those two.
     */
    private static <T> Map<String, String> match(List<T> before, List<T> after, Function<T, String> id,
                                                 List<Function<T, String>> passes) {
        Map<String, String> pairs = new HashMap<>(before.size() * 2);
        List<T> leftBefore = new ArrayList<>(before);
        List<T> leftAfter = new ArrayList<>(after);
        for (Function<T, String> key : passes) {
            if (leftBefore.isEmpty() || leftAfter.isEmpty()) {
                break;
            }
            Map<String, T> earlier = unique(leftBefore, key);
            Map<String, T> later = unique(leftAfter, key);
            List<T> pairedBefore = new ArrayList<>();
            List<T> pairedAfter = new ArrayList<>();
            earlier.forEach((k, item) -> {
                T other = later.get(k);
                if (other != null) {
                    pairs.put(id.apply(item), id.apply(other));
                    pairedBefore.add(item);
                    pairedAfter.add(other);
                }
            });
            leftBefore = without(leftBefore, pairedBefore);
            leftAfter = without(leftAfter, pairedAfter);
        }
        return pairs;
    }

    /** The items by key, leaving out keys that more than one item has. */
    private static <T> Map<String, T> unique(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>(items.size() * 2);
        Map<String, Boolean> repeated = new HashMap<>();
        for (T item : items) {
            String k = key.apply(item);
            if (k != null && byKey.putIfAbsent(k, item) != null) {
                repeated.put(k, true);
            }
        }
        repeated.keySet().forEach(byKey::remove);
        return byKey;
    }

    private static <T> List<T> without(List<T> items, List<T> removed) {
        if (removed.isEmpty()) {
            return items;
        }
        java.util.Set<T> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(removed);
        List<T> left = new ArrayList<>(items.size() - removed.size());
        for (T item : items) {
            if (!gone.contains(item)) {
                left.add(item);
            }
        }
        return left;
    }
}
