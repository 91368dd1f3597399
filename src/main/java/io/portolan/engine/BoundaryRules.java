package io.portolan.engine;

import java.util.List;

/**
 * What one firewall or implicit boundary must allow.
 *
 * @param boundary the firewall or implicit boundary
 * @param rules the merged rules, in order of their first flow; empty for a firewall no flow passes
 */
public record BoundaryRules(Boundary boundary, List<FirewallRule> rules) {

    public BoundaryRules {
        rules = List.copyOf(rules);
    }
}
