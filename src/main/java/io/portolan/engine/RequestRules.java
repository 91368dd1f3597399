package io.portolan.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a firewall change request asks for, in the order a firewall engineer reads them: per firewall
 * and implicit boundary (design firewalls first, in design order), then the flows that have no route. Within
 * each part, rules are sorted by source zone, source name, destination zone, destination name, protocol and
 * port. Flows inside one zone need no rule and are not listed.
 *
 * @param detailed true when each rule holds one flow; false when the flows of one firewall, source,
 *     destination and protocol are merged into one rule
 * @param boundaries the rules of every firewall and implicit boundary, including firewalls no flow passes
 * @param unrouted the rules of flows without a route: unroutable ones first, then those with an end outside every zone
 */
public record RequestRules(boolean detailed, List<BoundaryRules> boundaries, List<FirewallRule> unrouted) {

    public RequestRules {
        boundaries = List.copyOf(boundaries);
        unrouted = List.copyOf(unrouted);
    }

    /** Every rule, in request order: each boundary's rules, then the unrouted ones. */
    public List<FirewallRule> all() {
        List<FirewallRule> all = new ArrayList<>(size());
        for (BoundaryRules boundary : boundaries) {
            all.addAll(boundary.rules());
        }
        all.addAll(unrouted);
        return all;
    }

    /** The number of rules. */
    public int size() {
        int size = unrouted.size();
        for (BoundaryRules boundary : boundaries) {
            size += boundary.rules().size();
        }
        return size;
    }
}
