package io.portolan.engine;

import io.portolan.catalog.PortRule;
import io.portolan.engine.RuleIndex.IndexedRule;
import io.portolan.model.PortSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the rules that can ask for the same service (protocol, ports, the document's words for a port)
 * between the same kinds of component, in either order where a rule is bidirectional. Their flows between
 * the same two nodes are one flow listing every rule: a firewall team reads one service once.
 */
final class ServiceGroups {

    private ServiceGroups() {
    }

    /** The rules with their group set: rules that share a service and a directed pair of types share a group. */
    static List<IndexedRule> assign(List<IndexedRule> rules) {
        Map<Service, List<Integer>> byService = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            PortRule rule = rules.get(i).rule();
            if (rule.portSetting() == null) {
                byService.computeIfAbsent(Service.of(rule), s -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[rules.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        boolean[] grouped = new boolean[rules.size()];
        for (List<Integer> same : byService.values()) {
            for (int a = 0; a < same.size(); a++) {
                Set<String> pairs = typePairs(rules.get(same.get(a)));
                for (int b = a + 1; b < same.size(); b++) {
                    if (!Collections.disjoint(pairs, typePairs(rules.get(same.get(b))))) {
                        union(parent, same.get(a), same.get(b));
                        grouped[same.get(a)] = true;
                        grouped[same.get(b)] = true;
                    }
                }
            }
        }
        List<IndexedRule> result = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            IndexedRule rule = rules.get(i);
            result.add(rule.inGroup(grouped[i] ? find(parent, i) : -1));
        }
        return List.copyOf(result);
    }

    /** The directed type pairs a rule can give a flow between, {@code from>to}, both ways for a bidirectional rule. */
    private static Set<String> typePairs(IndexedRule rule) {
        Set<String> pairs = new HashSet<>();
        for (String from : rule.fromTypes()) {
            for (String to : rule.toTypes()) {
                if (!rule.peer() || from.equals(to)) {
                    pairs.add(from + ">" + to);
                    if (rule.rule().bidirectional()) {
                        pairs.add(to + ">" + from);
                    }
                }
            }
        }
        return pairs;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /**
     * What a firewall opens for a rule: the protocol, its number, the ports, and for a TCP or UDP port without a
     * number the document's words (ICMP and IP protocols have no port, whatever the words). Which address of each end
     * it opens is left to the flow: two rules of one group merge where their addresses are the same.
     */
    private record Service(String protocol, PortSet ports, String portNote) {
        static Service of(PortRule rule) {
            boolean words = rule.protocol().hasPorts() && rule.ports().isEmpty();
            return new Service(rule.protocolText(), rule.ports(), words ? Objects.toString(rule.portNote(), "") : "");
        }
    }
}
