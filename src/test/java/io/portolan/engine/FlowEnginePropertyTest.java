package io.portolan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.io.design.DesignFile;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.testing.DesignArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** What holds for the flows of any design, checked on random ones. */
class FlowEnginePropertyTest {

    private static final FlowEngine ENGINE = new FlowEngine(DesignArbitraries.CATALOG);

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @Property(tries = 100)
    void everyCrossingFlowHasAPathOrIsUnroutable(@ForAll("designs") Design design) {
        for (Flow flow : ENGINE.analyze(design).flows()) {
            List<Hop> hops = flow.route().hops();
            switch (flow.crossing()) {
                case CROSSING -> {
                    assertThat(hops).isNotEmpty();
                    assertThat(hops.get(0).fromZoneId()).isEqualTo(flow.source().zoneId());
                    assertThat(hops.get(hops.size() - 1).toZoneId()).isEqualTo(flow.destination().zoneId());
                    for (int i = 1; i < hops.size(); i++) {
                        assertThat(hops.get(i).fromZoneId()).isEqualTo(hops.get(i - 1).toZoneId());
                    }
                    for (Hop hop : hops) {
                        assertThat(hop.boundary().zoneIds()).contains(hop.fromZoneId(), hop.toZoneId());
                    }
                }
                case UNROUTABLE, UNZONED -> assertThat(hops).isEmpty();
                case SAME_ZONE -> assertThat(flow.source().zoneId()).isEqualTo(flow.destination().zoneId());
            }
        }
    }

    @Property(tries = 100)
    void flowsBetweenTwoNodesInOneZoneNameNoFirewall(@ForAll("designs") Design design) {
        for (Flow flow : ENGINE.analyze(design).flows()) {
            if (flow.source().zoneId() != null && flow.source().zoneId().equals(flow.destination().zoneId())) {
                assertThat(flow.crossing()).isEqualTo(Crossing.SAME_ZONE);
                assertThat(flow.route().hops()).isEmpty();
                assertThat(flow.needsRule()).isFalse();
            }
        }
    }

    @Property(tries = 100)
    void movingANodeInsideItsZoneChangesNoFlow(@ForAll("designs") Design design, @ForAll @IntRange(max = 100) int pick,
                                               @ForAll @DoubleRange(max = 1) double fx, @ForAll @DoubleRange(max = 1) double fy) {
        List<Node> zoned = design.nodes().stream().filter(n -> n.zoneId() != null).toList();
        Assume.that(!zoned.isEmpty());
        Node node = zoned.get(pick % zoned.size());
        Design moved = design.withNode(node.withPosition(DesignArbitraries.position(node.zoneId(), fx, fy)));

        assertThat(summary(ENGINE.analyze(moved))).isEqualTo(summary(ENGINE.analyze(design)));
    }

    @Property(tries = 100)
    void theSameDesignAlwaysGivesTheSameOutput(@ForAll("designs") Design design) throws Exception {
        // read back from the text its file holds, so that no zone, node or override object is shared
        Design reread = DesignFile.parse(DesignFile.toJson(design), "random.portolan", DesignArbitraries.CATALOG);

        FlowAnalysis first = ENGINE.analyze(design);
        FlowAnalysis again = new FlowEngine(DesignArbitraries.CATALOG).analyze(reread);

        assertThat(summary(again)).isEqualTo(summary(first));
        assertThat(again.zoneMatrix()).isEqualTo(first.zoneMatrix());
        assertThat(again.warnings()).isEqualTo(first.warnings());
    }

    /** Everything the analysis says, with nodes named by id so that a node's position does not enter. */
    private static List<String> summary(FlowAnalysis analysis) {
        List<String> lines = new ArrayList<>();
        for (Flow flow : analysis.flows()) {
            lines.add("flow " + flow.ruleId() + " " + flow.source().id() + " > " + flow.destination().id() + " "
                    + flow.protocolText() + " " + flow.portText() + " " + route(flow.route()));
        }
        for (NodePairFlows pair : analysis.byNodePair()) {
            lines.add("pair " + pair.source().id() + " > " + pair.destination().id() + " " + pair.label() + " "
                    + route(pair.route()));
        }
        for (BoundaryRules boundary : analysis.byFirewall()) {
            lines.add("boundary " + boundary.boundary());
            for (FirewallRule rule : boundary.rules()) {
                lines.add("  rule " + rule.hop().fromZoneId() + " > " + rule.hop().toZoneId() + " " + rule.source().id() + " > "
                        + rule.destination().id() + " " + rule.protocolText() + " " + rule.portText() + " " + rule.purposes());
            }
        }
        analysis.warnings().forEach(w -> lines.add("warning " + w));
        return lines;
    }

    private static String route(Route route) {
        return route.crossing() + route.hops().stream().map(h -> " " + h.boundary().id() + ":" + h.fromZoneId() + ">"
                + h.toZoneId()).reduce("", String::concat);
    }
}
