package io.portolan.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.NodeAddresses;
import io.portolan.model.Point;
import io.portolan.model.PortSet;
import io.portolan.model.Zone;
import io.portolan.testing.DesignArbitraries;
import io.portolan.testing.DesignEdits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The comparer gives the delta that the plain comparison it replaced ({@link ReferenceRequestComparer}) gives, rule for
 * rule and in the same order, for random designs and any mix of the edits a design goes through between two requests:
 * nodes renamed, moved, readdressed, deleted, placed again under a new id, copied, switched, reordered; zones and
 * firewalls renamed, joined to other zones or removed; custom flows of up to six port ranges added, widened and narrowed.
 */
class RequestComparerMatchesReferencePropertyTest {

    private static final FlowEngine ENGINE = new FlowEngine(DesignArbitraries.CATALOG);
    private static final AtomicInteger CHANGED = new AtomicInteger();
    private static final AtomicInteger CROWDED = new AtomicInteger();

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @AfterContainer
    static void theEditsChangedRulesAndCrowdedIdentities() {
        // the comparison above is of deltas with changes in them, several of them with more than one rule per identity
        assertThat(CHANGED.get()).isGreaterThan(100);
        assertThat(CROWDED.get()).isGreaterThan(10);
    }

    @Property(tries = 200)
    void theComparerGivesTheDeltaOfTheReference(@ForAll("designs") Design design, @ForAll long seed,
                                                @ForAll @IntRange(min = 1, max = 6) int edits) {
        Random random = new Random(seed);
        Design edited = design;
        for (int i = 0; i < edits; i++) {
            edited = edit(edited, random);
        }
        FlowAnalysis before = ENGINE.analyze(design);
        FlowAnalysis after = ENGINE.analyze(edited);

        for (boolean detailed : new boolean[] {false, true}) {
            RequestDelta delta = RequestComparer.compare(before, after, detailed);
            assertThat(delta).as("detailed %s", detailed).isEqualTo(ReferenceRequestComparer.compare(before, after, detailed));
            assertThat(RequestComparer.compare(after, before, detailed)).as("reversed, detailed %s", detailed)
                    .isEqualTo(ReferenceRequestComparer.compare(after, before, detailed));
            if (delta.changed()) {
                CHANGED.incrementAndGet();
            }
        }
        if (crowded(after)) {
            CROWDED.incrementAndGet();
        }
    }

    @Property(tries = 100)
    void theComparerGivesTheReferencesDeltaWhenACustomFlowsPortsChange(@ForAll("designs") Design design, @ForAll long seed) {
        Random random = new Random(seed);
        List<Node> nodes = design.nodes();
        Node from = nodes.get(random.nextInt(nodes.size()));
        Node to = nodes.get(random.nextInt(nodes.size()));
        FlowAnalysis before = ENGINE.analyze(withCustomFlow(design, from, to, ports(random)));
        FlowAnalysis after = ENGINE.analyze(withCustomFlow(design, from, to, ports(random)));

        for (boolean detailed : new boolean[] {false, true}) {
            assertThat(RequestComparer.compare(before, after, detailed)).as("detailed %s", detailed)
                    .isEqualTo(ReferenceRequestComparer.compare(before, after, detailed));
        }
    }

    private static Design withCustomFlow(Design design, Node from, Node to, PortSet ports) {
        List<CustomFlow> custom = new ArrayList<>(design.overrides().custom());
        custom.add(new CustomFlow("support", from.id(), to.id(), io.portolan.model.Protocol.TCP, null, ports, "Support"));
        return design.withOverrides(new FlowOverrides(design.overrides().suppressed(), custom));
    }

    /** True when a firewall has two rules of one identity: the same two nodes and protocol. */
    private static boolean crowded(FlowAnalysis analysis) {
        List<String> seen = new ArrayList<>();
        for (var rule : analysis.rules(true).all()) {
            String identity = (rule.boundary() == null ? "" : rule.boundary().id()) + "|" + rule.source().id() + "|"
                    + rule.destination().id() + "|" + rule.protocolText();
            if (seen.contains(identity)) {
                return true;
            }
            seen.add(identity);
        }
        return false;
    }

    /** One edit of a design, as a user makes between two requests. */
    private static Design edit(Design design, Random random) {
        List<Node> nodes = design.nodes();
        if (nodes.isEmpty()) {
            return design;
        }
        Node node = nodes.get(random.nextInt(nodes.size()));
        Node other = nodes.get(random.nextInt(nodes.size()));
        return switch (random.nextInt(14)) {
            case 0 -> design.withNode(node.withZoneId(zone(design, random)));
            case 1 -> design.withNode(DesignEdits.toggled(node, random));
            case 2 -> design.withNode(node.withAddress(random.nextBoolean() ? other.address() : "10.0." + random.nextInt(3) + ".1"));
            case 3 -> design.withNode(node.withAddresses(new NodeAddresses(node.address(), random.nextBoolean() ? "" : "10.9.9.9",
                    random.nextBoolean() ? "" : "10.8.8." + random.nextInt(3), random.nextBoolean() ? "" : "10.7.7.1, 10.7.7.2")));
            case 4 -> design.withNode(node.withName(random.nextBoolean() ? other.name() : node.name() + " (renamed)"));
            case 5 -> design.without(List.of(node.id()));
            case 6 -> placedAgain(design, node, random);
            case 7 -> reordered(design, random);
            case 8 -> design.withNode(node.withHost(random.nextBoolean() ? other.host() : "h" + random.nextInt(3) + ".example.com"));
            case 9 -> zoneEdited(design, random);
            case 10 -> firewallEdited(design, random);
            case 11 -> customFlowEdited(design, node, other, random);
            case 12 -> design.withNode(node.withCount(1 + random.nextInt(3)));
            default -> design.withNode(new Node(design.nextId("n"), node.typeId(), node.name(), node.host(), node.address(),
                    node.zoneId(), node.position().translate(20, 20), node.features(), 1));
        };
    }

    /** The node deleted and placed again: a new id, and now and then a new name or position as well. */
    private static Design placedAgain(Design design, Node node, Random random) {
        String id = design.nextId("n");
        Node again = new Node(id, node.typeId(), random.nextBoolean() ? node.name() : id, node.host(), node.addresses(),
                node.zoneId(), new Point(random.nextInt(900), random.nextInt(600)), node.features(), node.count(), node.settings());
        return design.without(List.of(node.id())).withNode(again);
    }

    private static Design reordered(Design design, Random random) {
        List<Node> nodes = new ArrayList<>(design.nodes());
        Collections.shuffle(nodes, random);
        return new Design(design.zones(), design.firewalls(), nodes, design.overrides(), design.request());
    }

    private static Design zoneEdited(Design design, Random random) {
        if (design.zones().isEmpty()) {
            return design;
        }
        Zone zone = design.zones().get(random.nextInt(design.zones().size()));
        return switch (random.nextInt(3)) {
            case 0 -> design.withZone(zone.withName(zone.name() + " (renamed)"));
            case 1 -> design.withZone(zone.withCidrs(List.of("10." + random.nextInt(3) + ".0.0/16")));
            default -> design.without(List.of(zone.id()));
        };
    }

    private static Design firewallEdited(Design design, Random random) {
        if (design.firewalls().isEmpty()) {
            List<String> joined = design.zones().stream().map(Zone::id).limit(2).toList();
            return design.withFirewall(new Firewall(design.nextId("f"), "new firewall", joined, new Point(10, 10)));
        }
        Firewall firewall = design.firewalls().get(random.nextInt(design.firewalls().size()));
        return switch (random.nextInt(3)) {
            case 0 -> design.withFirewall(firewall.withName(firewall.name() + " (renamed)"));
            case 1 -> design.withFirewall(firewall.withZoneIds(java.util.stream.Stream.of(zone(design, random), zone(design, random))
                    .filter(java.util.Objects::nonNull).distinct().toList()));
            default -> design.without(List.of(firewall.id()));
        };
    }

    /** A custom flow between two nodes added, or the ports of one widened or narrowed. */
    private static Design customFlowEdited(Design design, Node from, Node to, Random random) {
        List<CustomFlow> custom = new ArrayList<>(design.overrides().custom());
        PortSet ports = ports(random);
        if (!custom.isEmpty() && random.nextBoolean()) {
            CustomFlow flow = custom.remove(random.nextInt(custom.size()));
            custom.add(new CustomFlow(flow.id(), flow.sourceId(), flow.destinationId(), flow.protocol(), flow.ipProtocol(),
                    flow.protocol().hasPorts() ? ports : flow.ports(), flow.purpose()));
        } else {
            custom.add(new CustomFlow(design.nextId("c"), from.id(), to.id(), io.portolan.model.Protocol.TCP, null, ports, "Support"));
        }
        return design.withOverrides(new FlowOverrides(design.overrides().suppressed(), custom));
    }

    /** One to six ports of a few well known ones, none next to another, so that a rule holds one to six ranges. */
    private static PortSet ports(Random random) {
        int[] known = {22, 80, 443, 1494, 2598, 3389, 8080, 8443};
        int[] chosen = new int[1 + random.nextInt(6)];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = known[random.nextInt(known.length)];
        }
        return PortSet.ofPorts(chosen);
    }

    private static String zone(Design design, Random random) {
        List<Zone> zones = design.zones();
        return zones.isEmpty() || random.nextInt(8) == 0 ? null : zones.get(random.nextInt(zones.size())).id();
    }
}
