package io.portolan.engine;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.engine.DesignWarning.Kind;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Works out the warnings of an analysis, in the order of {@link Kind}. */
final class Warnings {

    private final FlowAnalysis analysis;
    private final Design design;
    private final Catalog catalog;
    private final List<StandIn> standIns;
    private final Map<Node, NodeReview> nodeReviews;

    Warnings(FlowAnalysis analysis, List<StandIn> standIns, Map<Node, NodeReview> nodeReviews) {
        this.analysis = analysis;
        this.design = analysis.design();
        this.catalog = analysis.catalog();
        this.standIns = standIns;
        this.nodeReviews = nodeReviews;
    }

    List<DesignWarning> all() {
        List<DesignWarning> warnings = new ArrayList<>();
        for (Node node : design.nodes()) {
            if (catalog.type(node.typeId()).isEmpty()) {
                warnings.add(new DesignWarning(Kind.UNKNOWN_TYPE, "'" + node.name() + "' has the type '" + node.typeId()
                        + "', which the catalog does not know: it gets no flows (open the catalog folder that defines it)",
                        List.of(node.id()), "type"));
            }
        }
        for (Node node : design.nodes()) {
            if (node.zoneId() == null) {
                warnings.add(new DesignWarning(Kind.NODE_OUTSIDE_ZONES, "'" + node.name()
                        + "' is outside every zone: its flows cannot be routed; move it into a zone", List.of(node.id())));
            }
        }
        PairScan scan = new PairScan(analysis.byNodePair(), design, standIns);
        warnings.addAll(unroutable(scan));
        warnings.addAll(internetToInternal(scan));
        warnings.addAll(whatAFirewallTeamWouldSendBack(scan));
        for (Node node : design.nodes()) {
            advisedAgainst(node).ifPresent(warnings::add);
        }
        for (Firewall firewall : design.firewalls()) {
            if (firewall.zoneIds().size() < 2) {
                warnings.add(new DesignWarning(Kind.FIREWALL_NOT_CONNECTED, "Firewall '" + firewall.name() + "' joins "
                        + firewall.zoneIds().size() + (firewall.zoneIds().size() == 1 ? " zone" : " zones")
                        + ": connect it to the zones it separates", List.of(firewall.id()), "zones"));
            }
        }
        warnings.sort(Comparator.comparing(DesignWarning::kind));
        return List.copyOf(warnings);
    }

    /** The warnings about addresses and ports a firewall team would question. */
    private List<DesignWarning> whatAFirewallTeamWouldSendBack(PairScan scan) {
        List<DesignWarning> warnings = new ArrayList<>();
        FlowWarnings flowWarnings = new FlowWarnings(analysis, scan);
        warnings.addAll(flowWarnings.gatewayGaps(standIns));
        AddressWarnings addressWarnings = new AddressWarnings(analysis, scan, nodeReviews);
        warnings.addAll(addressWarnings.missing());
        warnings.addAll(addressWarnings.fallbacks());
        warnings.addAll(addressWarnings.forms());
        warnings.addAll(addressWarnings.outsideZones());
        warnings.addAll(addressWarnings.overlappingZones());
        warnings.addAll(addressWarnings.duplicates());
        warnings.addAll(flowWarnings.portsInWords());
        warnings.addAll(flowWarnings.widePortRanges());
        return warnings;
    }

    private List<DesignWarning> unroutable(PairScan scan) {
        List<DesignWarning> warnings = new ArrayList<>();
        scan.unroutable.forEach((key, pairs) -> {
            int count = pairs.stream().mapToInt(p -> p.flows().size()).sum();
            String from = pairs.get(0).source().zoneId();
            String to = pairs.get(0).destination().zoneId();
            warnings.add(new DesignWarning(Kind.UNROUTABLE_FLOWS, count + (count == 1 ? " flow" : " flows")
                    + " from " + zoneName(from) + " to " + zoneName(to)
                    + " cannot be routed: no chain of firewalls joins the two zones", List.of(from, to)));
        });
        return warnings;
    }

    private List<DesignWarning> internetToInternal(PairScan scan) {
        List<DesignWarning> warnings = new ArrayList<>();
        for (NodePairFlows pair : scan.internetToInternal) {
            Node source = pair.source();
            Node destination = pair.destination();
            warnings.add(new DesignWarning(Kind.INTERNET_TO_INTERNAL, "'" + source.name() + "' on the internet reaches '"
                    + destination.name() + "' in " + zoneName(destination.zoneId()) + " directly (" + pair.label()
                    + "); route it through a gateway in a DMZ", List.of(source.id(), destination.id())));
        }
        return warnings;
    }

    private Optional<DesignWarning> advisedAgainst(Node node) {
        Optional<ComponentType> type = catalog.type(node.typeId());
        ZoneKind kind = kindOf(node);
        if (type.isEmpty() || kind == null || !type.get().avoidZones().contains(kind)) {
            return Optional.empty();
        }
        return Optional.of(new DesignWarning(Kind.ZONE_ADVISED_AGAINST, "'" + node.name() + "' (" + type.get().name()
                + ") is in the " + kind.label() + " zone " + zoneName(node.zoneId()) + "; a " + type.get().name()
                + " belongs in a zone of kind " + type.get().zone().label(), List.of(node.id()), "zone"));
    }

    private ZoneKind kindOf(Node node) {
        return design.zone(node.zoneId()).map(Zone::kind).orElse(null);
    }

    private String zoneName(String zoneId) {
        return design.zone(zoneId).map(Zone::name).orElse(String.valueOf(zoneId));
    }
}
