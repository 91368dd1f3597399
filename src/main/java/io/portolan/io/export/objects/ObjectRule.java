package io.portolan.io.export.objects;

import io.portolan.catalog.Reference;
import io.portolan.engine.Boundary;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.Hop;
import io.portolan.model.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule as a firewall holds it once objects stand for addresses and ports: from a source object to a destination
 * object on a service, through one hop of a firewall. Rules of the request that share a destination and a service
 * become one rule with a group of their sources, and those that then share the source group and service one rule
 * with a group of their destinations; required and optional rules, and temporary ones, are not mixed.
 *
 * @param hop the firewall or implicit boundary, with the zones the traffic enters from and leaves to
 * @param source the source object or group
 * @param destination the destination object or group
 * @param service the service or service group
 * @param rules the rules of the request it stands for, in request order
 */
public record ObjectRule(Hop hop, AddressObject source, AddressObject destination, ServiceObject service,
                         List<NumberedRule> rules) {

    public ObjectRule {
        rules = List.copyOf(rules);
    }

    /** The firewall or implicit boundary. */
    public Boundary boundary() {
        return hop.boundary();
    }

    /** The transport. */
    public Protocol protocol() {
        return service.protocol();
    }

    /** The number of the first rule of the request it stands for. */
    public int firstNumber() {
        return rules.get(0).number();
    }

    /** The numbers of the rules of the request it stands for, ascending. */
    public List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>(rules.size());
        rules.forEach(r -> numbers.add(r.number()));
        return numbers;
    }

    /** True when every rule it stands for is optional. */
    public boolean optional() {
        return rules.get(0).rule().optional();
    }

    /** True when every rule it stands for is needed only while installing. */
    public boolean temporary() {
        return rules.get(0).rule().need().temporary();
    }

    /** The distinct purposes of its rules, in order. */
    public List<String> purposes() {
        Set<String> purposes = new LinkedHashSet<>();
        rules.forEach(r -> purposes.addAll(r.rule().purposes()));
        return List.copyOf(purposes);
    }

    /** The distinct vendor references of its rules, in order. */
    public List<Reference> references() {
        Set<Reference> references = new LinkedHashSet<>();
        rules.forEach(r -> references.addAll(r.rule().references()));
        return List.copyOf(references);
    }

    /** True when a rule it stands for holds a flow added by hand. */
    public boolean hasCustomFlow() {
        return rules.stream().map(NumberedRule::rule).anyMatch(FirewallRule::hasCustomFlow);
    }
}
