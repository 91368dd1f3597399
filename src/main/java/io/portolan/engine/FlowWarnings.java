package io.portolan.engine;

import io.portolan.engine.DesignWarning.Kind;
import io.portolan.model.Node;
import io.portolan.model.PortRange;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The warnings about flows a firewall team would question: gaps behind a gateway, ports in words, wide port ranges. */
final class FlowWarnings {

    /** More ports than this in one range, opened across a firewall, is worth a reviewer's question. */
    static final int WIDE_RANGE = 1000;

    private final FlowAnalysis analysis;
    private final PairScan scan;

    FlowWarnings(FlowAnalysis analysis, PairScan scan) {
        this.analysis = analysis;
        this.scan = scan;
    }

    /**
     * Clients on the internet that a placed gateway stands in for, but that reach none of the gateways on a protocol
     * the direct access needed (a HALB that balances no UDP in front of gateways with RDP-UDP; a Citrix Gateway without
     * EDT in front of VDAs with it): that traffic has no path.
     */
    List<DesignWarning> gatewayGaps(List<StandIn> standIns) {
        if (standIns.isEmpty()) {
            return List.of();
        }
        Map<String, List<Node>> placed = new HashMap<>();
        for (Node node : analysis.design().nodes()) {
            placed.computeIfAbsent(node.typeId(), t -> new ArrayList<>()).add(node);
        }
        Map<String, Gap> gaps = new LinkedHashMap<>();
        for (StandIn standIn : standIns) {
            Protocol protocol = standIn.rule().protocol();
            List<Node> gateways = new ArrayList<>();
            standIn.rule().viaGateways().forEach(type -> gateways.addAll(placed.getOrDefault(type, List.of())));
            Set<String> types = scan.reached.get(standIn.client()).getOrDefault(protocol, Set.of());
            if (!protocol.hasPorts() || gateways.stream().anyMatch(g -> types.contains(g.typeId()))) {
                continue;
            }
            gaps.computeIfAbsent(standIn.client().id() + " " + protocol, k -> new Gap(standIn.client(), protocol, gateways))
                    .add(standIn);
        }
        List<DesignWarning> warnings = new ArrayList<>(gaps.size());
        gaps.values().forEach(gap -> warnings.add(gap.warning()));
        return warnings;
    }

    /** Crossing flows whose port the document gives only in words: the request can only show {@code *}. */
    List<DesignWarning> portsInWords() {
        List<DesignWarning> warnings = new ArrayList<>();
        for (Flow flow : scan.portsInWords) {
            warnings.add(new DesignWarning(Kind.PORT_IN_WORDS, "'" + flow.source().name() + "' \u2192 '"
                    + flow.destination().name() + "': the document gives the " + flow.protocolText()
                    + " port only in words (" + flow.portNote() + ", rule " + flow.ruleId() + "), so the request shows * "
                    + "for it: agree the port, or pin it where the component allows",
                    List.of(flow.source().id(), flow.destination().id())));
        }
        return warnings;
    }

    /** Crossing flows that open a range of more than {@value #WIDE_RANGE} ports. */
    List<DesignWarning> widePortRanges() {
        List<DesignWarning> warnings = new ArrayList<>();
        for (PairReview.WideRange wide : scan.wideRanges) {
            Flow flow = wide.flow();
            PortRange range = wide.range();
            String across = flow.route().hops().isEmpty() ? "out of its zone"
                    : "across " + String.join(", ", flow.route().boundaryNames());
            warnings.add(new DesignWarning(Kind.WIDE_PORT_RANGE, "'" + flow.source().name() + "' \u2192 '"
                    + flow.destination().name() + "' opens " + flow.protocolText() + " " + range + " ("
                    + String.format(Locale.ROOT, "%,d", range.size()) + " ports) " + across + " for " + flow.ruleId()
                    + ": confirm it is needed, or narrow it where the vendor allows",
                    List.of(flow.source().id(), flow.destination().id())));
        }
        return warnings;
    }

    /** The direct accesses of one client and protocol that no gateway carries. */
    private static final class Gap {
        private final Node client;
        private final Protocol protocol;
        private final List<Node> gateways;
        private PortSet ports = PortSet.EMPTY;
        private final Set<Node> servers = new LinkedHashSet<>();
        private final Set<String> purposes = new LinkedHashSet<>();

        Gap(Node client, Protocol protocol, List<Node> gateways) {
            this.client = client;
            this.protocol = protocol;
            this.gateways = gateways;
        }

        void add(StandIn standIn) {
            ports = ports.union(standIn.rule().ports());
            servers.add(standIn.server());
            purposes.add(standIn.rule().purpose());
        }

        DesignWarning warning() {
            List<String> ids = new ArrayList<>();
            ids.add(client.id());
            gateways.forEach(g -> ids.add(g.id()));
            servers.forEach(s -> ids.add(s.id()));
            String gatewayNames = String.join("', '", gateways.stream().map(Node::name).toList());
            String serverNames = String.join("', '", servers.stream().map(Node::name).toList());
            return new DesignWarning(Kind.GATEWAY_GAP, "'" + client.name() + "' on the internet reaches '" + serverNames
                    + "' through '" + gatewayNames + "', which carries no " + protocol + " for it, so " + protocol + " "
                    + ports + " (" + purposes.iterator().next() + ") has no path: switch the matching feature on at the "
                    + "gateway, or off at the servers", ids, "features");
        }
    }
}
