package io.portolan.engine;

import io.portolan.model.AddressRole;
import io.portolan.model.Design;
import io.portolan.model.PortRange;
import io.portolan.model.Protocol;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the design review reads of the flows of one pair of nodes, worked out once per pair: whether they have no
 * route, whether they reach a protected zone from the internet, which ends lack an address and which address roles
 * they use, the ports given only in words, the wide port ranges, and the protocols used.
 *
 * @param unroutable true when no chain of firewalls joins the two zones
 * @param internetToInternal true when the source is on the internet and the destination in an internal or management zone
 * @param missingAtSource address roles whose address the source lacks, for flows that need a rule
 * @param missingAtDestination likewise at the destination
 * @param rolesAtSource every address role the flows use at the source
 * @param rolesAtDestination likewise at the destination
 * @param portsInWords the first crossing flow of each rule whose port the document gives only in words
 * @param wideRanges the crossing flows of ranges wider than {@link FlowWarnings#WIDE_RANGE} ports, one per protocol and range
 * @param protocols the protocols of the flows
 */
record PairReview(boolean unroutable, boolean internetToInternal, Set<AddressRole> missingAtSource,
                  Set<AddressRole> missingAtDestination, Set<AddressRole> rolesAtSource, Set<AddressRole> rolesAtDestination,
                  List<Flow> portsInWords, List<WideRange> wideRanges, Set<Protocol> protocols) {

    /** A range of ports wider than a reviewer lets pass unasked, and the flow that opens it. */
    record WideRange(Flow flow, PortRange range) {
    }

    /** The review of a pair's flows in the design. */
    static PairReview of(NodePairFlows pair, Design design) {
        Set<AddressRole> missingAtSource = EnumSet.noneOf(AddressRole.class);
        Set<AddressRole> missingAtDestination = EnumSet.noneOf(AddressRole.class);
        Set<AddressRole> rolesAtSource = EnumSet.noneOf(AddressRole.class);
        Set<AddressRole> rolesAtDestination = EnumSet.noneOf(AddressRole.class);
        Map<String, Flow> inWords = new LinkedHashMap<>();
        Map<String, WideRange> wide = new LinkedHashMap<>();
        Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
        for (Flow flow : pair.flows()) {
            FlowReason reason = flow.reasons().get(0);
            rolesAtSource.add(reason.fromAddress());
            rolesAtDestination.add(reason.toAddress());
            protocols.add(flow.protocol());
            if (!flow.needsRule()) {
                continue;
            }
            if (flow.sourceAddress().isEmpty()) {
                missingAtSource.add(reason.fromAddress());
            }
            if (flow.destinationAddress().isEmpty()) {
                missingAtDestination.add(reason.toAddress());
            }
            if (flow.protocol().hasPorts() && flow.ports().isEmpty()) {
                inWords.putIfAbsent(flow.ruleId(), flow);
            }
            for (PortRange range : flow.ports().ranges()) {
                if (range.size() > FlowWarnings.WIDE_RANGE) {
                    wide.putIfAbsent(flow.protocolText() + " " + range, new WideRange(flow, range));
                }
            }
        }
        ZoneKind from = kind(design, pair.source().zoneId());
        ZoneKind to = kind(design, pair.destination().zoneId());
        return new PairReview(pair.route().crossing() == Crossing.UNROUTABLE, from == ZoneKind.INTERNET && to != null
                && to.isProtected(), missingAtSource, missingAtDestination, rolesAtSource, rolesAtDestination,
                List.copyOf(inWords.values()), List.copyOf(wide.values()), protocols);
    }

    private static ZoneKind kind(Design design, String zoneId) {
        return design.zone(zoneId).map(Zone::kind).orElse(null);
    }
}
