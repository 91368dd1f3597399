package io.portolan.io.export.objects;

import io.portolan.engine.Boundary;
import java.util.List;

/**
 * The rules one firewall or implicit boundary holds once objects stand for addresses and ports.
 *
 * @param boundary the firewall or implicit boundary
 * @param requestRules how many rules of the request it holds
 * @param rules its rules with objects, grouped, in order of their first rule of the request
 * @param leftOut how many of its rules of the request objects cannot stand for
 */
public record BoundaryObjects(Boundary boundary, int requestRules, List<ObjectRule> rules, int leftOut) {

    public BoundaryObjects {
        rules = List.copyOf(rules);
    }

    /** How many rules of the request the grouped rules stand for: the rules before grouping. */
    public int groupedFrom() {
        return rules.stream().mapToInt(r -> r.rules().size()).sum();
    }
}
