package io.portolan.engine;

import io.portolan.model.AddressRole;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Protocol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over the node pairs of an analysis, in order, gathering what each kind of review warning reads of them:
 * a design of thousands of nodes has a hundred thousand pairs, read once, each through its kept review.
 */
final class PairScan {

    /** The unroutable pairs per pair of zones, in order of the first. */
    final Map<String, List<NodePairFlows>> unroutable = new LinkedHashMap<>();
    /** The pairs that reach a protected zone from the internet. */
    final List<NodePairFlows> internetToInternal = new ArrayList<>();
    /** The address roles each node lacks an address for, on flows that need a rule, in order of the first such pair. */
    final Map<Node, Set<AddressRole>> missing = new LinkedHashMap<>();
    /** The nodes some flow reaches or leaves on their management address. */
    final Set<Node> managed = Collections.newSetFromMap(new IdentityHashMap<>());
    /** For each client a gateway stands in for, the types it reaches per protocol. */
    final Map<Node, Map<Protocol, Set<String>>> reached = new IdentityHashMap<>();
    /** The crossing flows whose port the document gives only in words. */
    final List<Flow> portsInWords = new ArrayList<>();
    /** The crossing flows of wide port ranges. */
    final List<PairReview.WideRange> wideRanges = new ArrayList<>();

    /** Reads the pairs; the reach of the clients the stand-ins name is gathered. */
    PairScan(List<NodePairFlows> pairs, Design design, List<StandIn> standIns) {
        for (StandIn standIn : standIns) {
            reached.put(standIn.client(), new EnumMap<>(Protocol.class));
        }
        for (NodePairFlows pair : pairs) {
            read(pair, pair.review(design));
        }
    }

    private void read(NodePairFlows pair, PairReview review) {
        if (review.unroutable()) {
            unroutable.computeIfAbsent(pair.source().zoneId() + "\u0000" + pair.destination().zoneId(), k -> new ArrayList<>())
                    .add(pair);
        }
        if (review.internetToInternal()) {
            internetToInternal.add(pair);
        }
        if (!review.missingAtSource().isEmpty()) {
            missing.computeIfAbsent(pair.source(), n -> EnumSet.noneOf(AddressRole.class)).addAll(review.missingAtSource());
        }
        if (!review.missingAtDestination().isEmpty()) {
            missing.computeIfAbsent(pair.destination(), n -> EnumSet.noneOf(AddressRole.class)).addAll(review.missingAtDestination());
        }
        if (review.rolesAtSource().contains(AddressRole.MANAGEMENT)) {
            managed.add(pair.source());
        }
        if (review.rolesAtDestination().contains(AddressRole.MANAGEMENT)) {
            managed.add(pair.destination());
        }
        Map<Protocol, Set<String>> byProtocol = reached.isEmpty() ? null : reached.get(pair.source());
        if (byProtocol != null) {
            for (Protocol protocol : review.protocols()) {
                byProtocol.computeIfAbsent(protocol, p -> new HashSet<>()).add(pair.destination().typeId());
            }
        }
        portsInWords.addAll(review.portsInWords());
        wideRanges.addAll(review.wideRanges());
    }
}
