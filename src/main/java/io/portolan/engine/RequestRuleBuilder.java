package io.portolan.engine;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Protocol;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Works out the rules of a request from the flows of an analysis, merged or one per flow and firewall. */
final class RequestRuleBuilder {

    private static final Comparator<Node> BY_NAME = Comparator.comparing(Node::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Node::name).thenComparing(Node::id);

    private final Design design;
    private final List<Flow> flows;
    private final Map<String, Integer> zoneOrder = new HashMap<>();
    private final Comparator<FirewallRule> order;
    /** Each node's place in the order of the rules' ends: by zone, then by name; made when first needed. */
    private Map<Node, Integer> ranks;

    RequestRuleBuilder(Design design, List<Flow> flows) {
        this.design = design;
        this.flows = flows;
        List<Zone> zones = design.zones();
        for (int i = 0; i < zones.size(); i++) {
            zoneOrder.put(zones.get(i).id(), i);
        }
        this.order = Comparator.comparingInt((FirewallRule r) -> zoneOrder(r.source()))
                .thenComparing(FirewallRule::source, BY_NAME)
                .thenComparingInt(r -> zoneOrder(r.destination()))
                .thenComparing(FirewallRule::destination, BY_NAME)
                .thenComparingInt(r -> protocolOrder(r.protocol(), r.ipProtocol()))
                .thenComparingInt(r -> r.ports().isEmpty() ? -1 : r.ports().ranges().get(0).low())
                .thenComparing(FirewallRule::portText)
                .thenComparing(r -> String.join(", ", r.ruleIds()));
    }

    /** The rules: merged per firewall, source, destination and protocol, or one per flow and firewall when {@code detailed}. */
    RequestRules build(boolean detailed) {
        Map<Boundary, Map<Object, Group>> byBoundary = new LinkedHashMap<>();
        for (Firewall firewall : design.firewalls()) {
            byBoundary.put(new Boundary(firewall.id(), firewall.name(), false, firewall.zoneIds()), new LinkedHashMap<>());
        }
        Map<Object, Group> unroutable = new LinkedHashMap<>();
        Map<Object, Group> unzoned = new LinkedHashMap<>();
        for (Flow flow : flows) {
            Crossing crossing = flow.crossing();
            if (crossing == Crossing.CROSSING) {
                for (Hop hop : flow.route().hops()) {
                    Object key = detailed ? new DetailKey(flow, hop) : new RuleKey(hop, flow);
                    byBoundary.computeIfAbsent(hop.boundary(), b -> new LinkedHashMap<>())
                            .computeIfAbsent(key, k -> new Group(hop)).flows.add(flow);
                }
            } else if (crossing.unrouted()) {
                Object key = detailed ? new DetailKey(flow, null) : new RuleKey(null, flow);
                (crossing == Crossing.UNROUTABLE ? unroutable : unzoned).computeIfAbsent(key, k -> new Group(null)).flows.add(flow);
            }
        }
        List<BoundaryRules> boundaries = new ArrayList<>(byBoundary.size());
        byBoundary.forEach((boundary, grouped) -> boundaries.add(new BoundaryRules(boundary, rules(grouped))));
        List<FirewallRule> unrouted = new ArrayList<>(rules(unroutable));
        unrouted.addAll(rules(unzoned));
        return new RequestRules(detailed, boundaries, unrouted);
    }

    private List<FirewallRule> rules(Map<Object, Group> grouped) {
        List<FirewallRule> rules = new ArrayList<>(grouped.size());
        for (Group group : grouped.values()) {
            rules.add(FirewallRule.of(group.hop, group.flows));
        }
        sort(rules);
        return rules;
    }

    /**
     * Sorts the rules in {@link #order}, each rule's ends, protocol and first port taken once as numbers rather than
     * worked out again in each of the million comparisons a large request takes; a rule whose end is not a node of the
     * design (none is) is sorted by the order itself. Both sorts are stable and the orders agree, so the result is the same.
     */
    private void sort(List<FirewallRule> rules) {
        Keyed[] keyed = new Keyed[rules.size()];
        for (int i = 0; i < keyed.length; i++) {
            FirewallRule rule = rules.get(i);
            Integer source = rank(rule.source());
            Integer destination = rank(rule.destination());
            if (source == null || destination == null) {
                rules.sort(order);
                return;
            }
            keyed[i] = new Keyed(rule, source, destination, protocolOrder(rule.protocol(), rule.ipProtocol()),
                    rule.ports().isEmpty() ? -1 : rule.ports().ranges().get(0).low());
        }
        Arrays.sort(keyed, Comparator.comparingInt(Keyed::source).thenComparingInt(Keyed::destination)
                .thenComparingInt(Keyed::protocol).thenComparingInt(Keyed::port).thenComparing(Keyed::rule, order));
        for (int i = 0; i < keyed.length; i++) {
            rules.set(i, keyed[i].rule());
        }
    }

    /** A node's place among the design's nodes sorted by zone, then name; null for a node the design lacks. */
    private Integer rank(Node node) {
        if (ranks == null) {
            List<Node> nodes = new ArrayList<>(design.nodes());
            nodes.sort(Comparator.comparingInt(this::zoneOrder).thenComparing(BY_NAME));
            ranks = new IdentityHashMap<>(nodes.size() * 2);
            for (int i = 0; i < nodes.size(); i++) {
                ranks.put(nodes.get(i), i);
            }
        }
        return ranks.get(node);
    }

    /** A rule with the first keys of its place in the order. */
    private record Keyed(FirewallRule rule, int source, int destination, int protocol, int port) {
    }

    private int zoneOrder(Node node) {
        Integer index = node.zoneId() == null ? null : zoneOrder.get(node.zoneId());
        return index == null ? Integer.MAX_VALUE : index;
    }

    /** The sort position of a protocol: TCP, UDP, ICMP, then IP protocols by number. */
    static int protocolOrder(Protocol protocol, Integer ipProtocol) {
        return protocol.ordinal() * 1000 + (ipProtocol == null ? 0 : ipProtocol);
    }

    /** The flows of one rule and the hop they pass (null without a route). */
    private static final class Group {
        private final Hop hop;
        private final List<Flow> flows = new ArrayList<>(2);

        Group(Hop hop) {
            this.hop = hop;
        }
    }

    /** One flow through one hop (or without a route): a rule of a detailed request. */
    private record DetailKey(Flow flow, Hop hop) {
        @Override
        public boolean equals(Object o) {
            return o instanceof DetailKey other && flow == other.flow && hop == other.hop;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(flow) * 31 + System.identityHashCode(hop);
        }
    }

    /**
     * What merges flows into one rule: the hop's direction (none without a route), the two nodes, the protocol, and
     * the addresses used at each end (a management rule to an appliance's NSIP is not merged with one to its
     * virtual server).
     */
    private static final class RuleKey {
        private final String fromZone;
        private final String toZone;
        private final String source;
        private final String destination;
        private final String protocol;
        private final String sourceAddress;
        private final String destinationAddress;

        RuleKey(Hop hop, Flow flow) {
            this.fromZone = hop == null ? null : hop.fromZoneId();
            this.toZone = hop == null ? null : hop.toZoneId();
            this.source = flow.source().id();
            this.destination = flow.destination().id();
            this.protocol = flow.protocolText();
            this.sourceAddress = flow.sourceAddress();
            this.destinationAddress = flow.destinationAddress();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RuleKey other && source.equals(other.source) && destination.equals(other.destination)
                    && protocol.equals(other.protocol) && Objects.equals(fromZone, other.fromZone)
                    && Objects.equals(toZone, other.toZone) && sourceAddress.equals(other.sourceAddress)
                    && destinationAddress.equals(other.destinationAddress);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, destination, protocol, fromZone, toZone, destinationAddress);
        }
    }
}
