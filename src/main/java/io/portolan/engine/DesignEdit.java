package io.portolan.engine;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an edit changed between the design of an earlier analysis and a new one, when only nodes changed: which nodes
 * (by position in each design) are new, gone or different, and where each kept node moved. Zones may move or change
 * size, firewalls move. Anything else (a zone's name, kind or ranges, a firewall's zones, the flow overrides, a type
 * placed for the first time or removed for the last) asks for a whole analysis.
 */
final class DesignEdit {

    /** Past this share of nodes changed, working out only what changed is no quicker than a whole analysis. */
    private static final int MOST_CHANGED_DIVISOR = 4;
    /** A design this small is analysed in no time either way; its edits are worked out as edits all the same. */
    private static final int SMALL_DESIGN = 64;

    private final boolean[] changedBefore;
    private final boolean[] changedNow;
    private final int[] moved;
    /** The nodes of the earlier design that are gone or different: few, so quick to look up. */
    private final Set<Node> changedNodesBefore;

    private DesignEdit(boolean[] changedBefore, boolean[] changedNow, int[] moved, Set<Node> changedNodesBefore) {
        this.changedBefore = changedBefore;
        this.changedNow = changedNow;
        this.moved = moved;
        this.changedNodesBefore = changedNodesBefore;
    }

    /** The edit from one design to the next, or null when the next needs a whole analysis. */
    static DesignEdit between(Design before, Design now) {
        if (!sameZonesAndFirewalls(before, now) || !before.overrides().equals(now.overrides())) {
            return null;
        }
        List<Node> old = before.nodes();
        List<Node> nodes = now.nodes();
        DesignEdit inPlace = old.size() == nodes.size() ? inPlace(old, nodes) : null;
        if (inPlace != null) {
            return worthIt(inPlace.changedNodesBefore.size(), old.size()) ? inPlace : null;
        }
        Map<String, Integer> positionNow = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            positionNow.put(nodes.get(i).id(), i);
        }
        boolean[] changedBefore = new boolean[old.size()];
        boolean[] changedNow = new boolean[nodes.size()];
        int[] moved = new int[old.size()];
        Map<Node, Integer> positionsBefore = new IdentityHashMap<>(old.size() * 2);
        Set<Node> changedNodesBefore = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < old.size(); i++) {
            Node node = old.get(i);
            positionsBefore.put(node, i);
            Integer at = positionNow.get(node.id());
            moved[i] = at == null ? -1 : at;
            changedBefore[i] = at == null || nodes.get(at) != node;
            if (changedBefore[i]) {
                changedNodesBefore.add(node);
            }
        }
        int changes = changedNodesBefore.size();
        for (int i = 0; i < nodes.size(); i++) {
            Integer at = before.node(nodes.get(i).id()).map(positionsBefore::get).orElse(null);
            changedNow[i] = at == null || changedBefore[at];
            changes += at == null ? 1 : 0;
        }
        if (!worthIt(changes, Math.max(old.size(), nodes.size())) || !sameTypesPlaced(old, nodes)) {
            return null;
        }
        return new DesignEdit(changedBefore, changedNow, moved, changedNodesBefore);
    }

    /** True when working out only what changed is quicker than a whole analysis. */
    private static boolean worthIt(int changes, int size) {
        return size <= SMALL_DESIGN || changes * MOST_CHANGED_DIVISOR <= size;
    }

    /**
     * The edit when every node kept its place and its type (a drag, a switch, a rename): found by walking both lists
     * side by side, without a map of the nodes; null when a node was added, removed, reordered or changed its type.
     */
    private static DesignEdit inPlace(List<Node> old, List<Node> nodes) {
        boolean[] changed = null;
        Set<Node> changedNodesBefore = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < old.size(); i++) {
            Node a = old.get(i);
            Node b = nodes.get(i);
            if (a == b) {
                continue;
            }
            if (!a.id().equals(b.id()) || !a.typeId().equals(b.typeId())) {
                return null;
            }
            if (changed == null) {
                changed = new boolean[old.size()];
            }
            changed[i] = true;
            changedNodesBefore.add(a);
        }
        boolean[] flags = changed == null ? new boolean[old.size()] : changed;
        int[] moved = new int[old.size()];
        for (int i = 0; i < moved.length; i++) {
            moved[i] = i;
        }
        return new DesignEdit(flags, flags.clone(), moved, changedNodesBefore);
    }

    /** By position in the earlier design, the nodes that are gone or different. */
    boolean[] changedBefore() {
        return changedBefore;
    }

    /** By position in the new design, the nodes that are new or different. */
    boolean[] changedNow() {
        return changedNow;
    }

    /** By position in the earlier design, the kept node's position in the new one (-1 for a node gone). */
    int[] moved() {
        return moved;
    }

    /** True when the node, one of the earlier design's, is gone or different. */
    boolean changedBefore(Node node) {
        return changedNodesBefore.contains(node);
    }

    private static boolean sameZonesAndFirewalls(Design before, Design now) {
        List<Zone> zones = before.zones();
        List<Zone> others = now.zones();
        if (zones.size() != others.size() || before.firewalls().size() != now.firewalls().size()) {
            return false;
        }
        for (int i = 0; i < zones.size(); i++) {
            Zone a = zones.get(i);
            Zone b = others.get(i);
            if (a != b && !(a.id().equals(b.id()) && a.name().equals(b.name()) && a.kind() == b.kind() && a.cidrs().equals(b.cidrs()))) {
                return false;
            }
        }
        for (int i = 0; i < before.firewalls().size(); i++) {
            Firewall a = before.firewalls().get(i);
            Firewall b = now.firewalls().get(i);
            if (a != b && !(a.id().equals(b.id()) && a.name().equals(b.name()) && a.zoneIds().equals(b.zoneIds()))) {
                return false;
            }
        }
        return true;
    }

    /** Rules that need a component placed, gateways and the vendors cited all depend on which types are placed. */
    private static boolean sameTypesPlaced(List<Node> old, List<Node> nodes) {
        Set<String> before = new HashSet<>();
        old.forEach(n -> before.add(n.typeId()));
        Set<String> now = new HashSet<>();
        nodes.forEach(n -> now.add(n.typeId()));
        return Objects.equals(before, now);
    }
}
