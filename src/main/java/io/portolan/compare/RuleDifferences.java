package io.portolan.compare;

import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a firewall team sees differ between a rule of an earlier request and one of a later request between the same two
 * nodes: the ports, the address of each end (compared in one spelling, so that {@code 10.0.1.5, 10.0.1.6} is
 * {@code 10.0.1.6, 10.0.1.5}) and the zones the traffic leaves and enters.
 */
final class RuleDifferences {

    private static final String ARROW = " \u2192 ";

    private final FlowAnalysis before;
    private final FlowAnalysis after;
    private final DesignMatching matching;
    private final Map<String, String> canonical = new HashMap<>();

    RuleDifferences(FlowAnalysis before, FlowAnalysis after, DesignMatching matching) {
        this.before = before;
        this.after = after;
        this.matching = matching;
    }

    /** True when nothing a firewall evaluates differs. */
    boolean same(FirewallRule earlier, FirewallRule later) {
        return earlier.ports().equals(later.ports()) && (!earlier.ports().isEmpty() || earlier.portText().equals(later.portText()))
                && sameEnds(earlier, later)
                && Objects.equals(matching.zone(fromZone(earlier)), fromZone(later))
                && Objects.equals(matching.zone(toZone(earlier)), toZone(later));
    }

    /** True when both ends have the same address. */
    boolean sameEnds(FirewallRule earlier, FirewallRule later) {
        return sameEnd(earlier.source(), earlier.sourceAddress(), later.source(), later.sourceAddress())
                && sameEnd(earlier.destination(), earlier.destinationAddress(), later.destination(), later.destinationAddress());
    }

    private boolean sameEnd(Node earlierNode, String earlierAddress, Node laterNode, String laterAddress) {
        if (!earlierAddress.isEmpty() && earlierAddress.equals(laterAddress)) {
            return true;
        }
        return end(before, earlierNode, earlierAddress).equals(end(after, laterNode, laterAddress));
    }

    /** What changed, one phrase each: ports widened or narrowed, an address, a zone. */
    List<String> changes(FirewallRule earlier, FirewallRule later) {
        List<String> changes = new ArrayList<>(2);
        PortSet added = later.ports().minus(earlier.ports());
        PortSet dropped = earlier.ports().minus(later.ports());
        if (!added.isEmpty() && !dropped.isEmpty()) {
            changes.add("ports changed: adds " + added + ", drops " + dropped);
        } else if (!added.isEmpty()) {
            changes.add("ports widened: adds " + added);
        } else if (!dropped.isEmpty()) {
            changes.add("ports narrowed: drops " + dropped);
        } else if (!earlier.portText().equals(later.portText())) {
            changes.add("ports " + earlier.portText() + ARROW + later.portText());
        }
        if (!sameEnd(earlier.source(), earlier.sourceAddress(), later.source(), later.sourceAddress())) {
            changes.add("source address " + shown(before, earlier.source(), earlier.sourceAddress()) + ARROW
                    + shown(after, later.source(), later.sourceAddress()));
        }
        if (!sameEnd(earlier.destination(), earlier.destinationAddress(), later.destination(), later.destinationAddress())) {
            changes.add("destination address " + shown(before, earlier.destination(), earlier.destinationAddress()) + ARROW
                    + shown(after, later.destination(), later.destinationAddress()));
        }
        zoneChange(changes, "source zone", fromZone(earlier), fromZone(later));
        zoneChange(changes, "destination zone", toZone(earlier), toZone(later));
        return changes;
    }

    private void zoneChange(List<String> changes, String what, String earlierZone, String laterZone) {
        if (!Objects.equals(matching.zone(earlierZone), laterZone)) {
            changes.add(what + " " + zoneName(before, earlierZone) + ARROW + zoneName(after, laterZone));
        }
    }

    private static String fromZone(FirewallRule rule) {
        return rule.hop() != null ? rule.hop().fromZoneId() : rule.source().zoneId();
    }

    private static String toZone(FirewallRule rule) {
        return rule.hop() != null ? rule.hop().toZoneId() : rule.destination().zoneId();
    }

    private static String zoneName(FlowAnalysis analysis, String zoneId) {
        return zoneId == null ? "(outside every zone)" : analysis.design().zone(zoneId).map(z -> z.name()).orElse(zoneId);
    }

    /** One end as a firewall sees it: its address in one spelling, else its host name, else the node itself. */
    private String end(FlowAnalysis analysis, Node node, String address) {
        if (!address.isBlank()) {
            return canonical.computeIfAbsent(address, DesignMatching::canonical);
        }
        String host = analysis.hostOf(node);
        if (!host.isEmpty()) {
            return "host:" + host.toLowerCase(Locale.ROOT);
        }
        return "node:" + (analysis == before ? matching.node(node.id()) : node.id());
    }

    private static String shown(FlowAnalysis analysis, Node node, String address) {
        if (!address.isBlank()) {
            return address;
        }
        String host = analysis.hostOf(node);
        return host.isEmpty() ? "(no address)" : host;
    }
}
