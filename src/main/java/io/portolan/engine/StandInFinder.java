package io.portolan.engine;

import io.portolan.engine.RuleIndex.IndexedRule;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the direct accesses that placed gateways stand in for: for each rule a gateway stands in for, each client on
 * the internet whose condition holds, and the first server of each matching type it would reach. The review warns
 * where the gateway carries none of the protocol such an access needed.
 */
final class StandInFinder {

    private StandInFinder() {
    }

    /** Every stand-in of the design, rule by rule in catalog order. */
    static List<StandIn> find(RuleIndex index, Design design, Map<String, List<Node>> nodesByType) {
        List<StandIn> standIns = new ArrayList<>();
        for (IndexedRule indexed : index.rules()) {
            if (indexed.rule().viaGateways().isEmpty() || !FlowRun.gatewayPlaced(indexed.rule(), nodesByType)
                    || !indexed.requires().stream().allMatch(p -> p.holds(nodesByType))) {
                continue;
            }
            for (String fromType : indexed.fromTypes()) {
                for (String toType : indexed.toTypes()) {
                    List<Node> sources = nodesByType.get(fromType);
                    List<Node> servers = nodesByType.get(toType);
                    if (sources != null && servers != null && (!indexed.peer() || fromType.equals(toType))) {
                        find(indexed, design, fromType, sources, toType, servers, standIns);
                    }
                }
            }
        }
        return standIns;
    }

    private static void find(IndexedRule indexed, Design design, String fromType, List<Node> clients, String toType,
                             List<Node> servers, List<StandIn> standIns) {
        Node firstServer = null;
        boolean anyServer = false;
        for (Node server : servers) {
            boolean holds = FlowRun.holds(indexed.terms(), toType, server);
            anyServer |= holds;
            if (holds && firstServer == null && !onInternet(design, server)) {
                firstServer = server;
            }
        }
        if (!anyServer || firstServer == null) {
            return;
        }
        for (Node client : clients) {
            if (onInternet(design, client) && FlowRun.holds(indexed.terms(), fromType, client)) {
                standIns.add(new StandIn(indexed.rule(), client, firstServer));
            }
        }
    }

    private static boolean onInternet(Design design, Node node) {
        return design.zone(node.zoneId()).map(z -> z.kind() == ZoneKind.INTERNET).orElse(false);
    }
}
