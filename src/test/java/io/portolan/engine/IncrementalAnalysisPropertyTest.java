package io.portolan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.ComponentType;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.NodeAddresses;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.testing.DesignArbitraries;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * An analysis worked out from the analysis of the revision before an edit equals a whole analysis of the design, for any
 * design and any sequence of edits a user makes to its nodes: moves within and across zones, switches, addresses,
 * names, counts, nodes added and deleted.
 */
class IncrementalAnalysisPropertyTest {

    private static final FlowEngine ENGINE = new FlowEngine(DesignArbitraries.CATALOG);

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    private static final java.util.concurrent.atomic.AtomicInteger EDITED = new java.util.concurrent.atomic.AtomicInteger();

    @net.jqwik.api.lifecycle.AfterContainer
    static void editsWereWorkedOutAsEdits() {
        // most random edits change nodes only: the comparison above is of the edit path, not of two whole analyses
        assertThat(EDITED.get()).isGreaterThan(100);
    }

    @Property(tries = 150)
    void anAnalysisAfterEditsEqualsAWholeAnalysis(@ForAll("designs") Design start, @ForAll long seed,
                                                 @ForAll @IntRange(min = 1, max = 8) int edits) {
        Random random = new Random(seed);
        Design design = start;
        FlowAnalysis analysis = ENGINE.analyze(design);
        analysis.byNodePair();
        FlowAnalysis first = analysis;
        for (int e = 0; e < edits; e++) {
            Design before = design;
            design = edit(design, random);
            FlowAnalysis edited = ENGINE.analyze(design, analysis);
            // a drag previews each frame from the committed analysis, not from the frame before
            FlowAnalysis fromFirst = ENGINE.analyze(design, first);
            FlowAnalysis whole = ENGINE.analyze(design);
            if (edited.edited()) {
                EDITED.incrementAndGet();
            }
            // read before anything merges the whole order: the flows of the nodes the edit touched, and of one more
            Set<String> asked = new HashSet<>(changedIds(before, design));
            if (!design.nodes().isEmpty() && random.nextBoolean()) {
                asked.add(design.nodes().get(random.nextInt(design.nodes().size())).id());
            }
            List<Flow> expected = whole.flows().stream()
                    .filter(f -> asked.contains(f.source().id()) || asked.contains(f.destination().id())).toList();
            assertThat(edited.flowsTouching(asked)).as("flows touching %s after edit %d", asked, e).isEqualTo(expected);
            assertThat(fromFirst.flowsTouching(asked)).as("flows touching %s, from the first", asked).isEqualTo(expected);
            assertThat(fromFirst.flows()).as("flows after edits %d, from the first analysis", e).isEqualTo(whole.flows());

            assertThat(edited.flows()).as("flows after edit %d", e).isEqualTo(whole.flows());
            if (random.nextInt(4) > 0) {
                assertThat(edited.byNodePair()).as("node pairs after edit %d", e).isEqualTo(whole.byNodePair());
            }
            assertThat(edited.warnings()).as("warnings after edit %d", e).isEqualTo(whole.warnings());
            assertThat(edited.rules().all()).isEqualTo(whole.rules().all());
            analysis = edited;
        }
    }

    /** The ids of the nodes added, removed or changed between the designs. */
    private static Set<String> changedIds(Design before, Design after) {
        Set<String> ids = new HashSet<>();
        before.nodes().forEach(n -> {
            if (!after.nodes().contains(n)) {
                ids.add(n.id());
            }
        });
        after.nodes().forEach(n -> {
            if (!before.nodes().contains(n)) {
                ids.add(n.id());
            }
        });
        return ids;
    }

    /** One edit of a node, as the canvas or the inspector makes it. */
    private static Design edit(Design design, Random random) {
        List<Node> nodes = design.nodes();
        if (nodes.isEmpty() || random.nextInt(10) == 0) {
            return added(design, random);
        }
        Node node = nodes.get(random.nextInt(nodes.size()));
        return switch (random.nextInt(8)) {
            case 0 -> design.withNode(node.withPosition(node.position().translate(random.nextInt(40) - 20, 7)));
            case 1 -> design.withNode(node.withZoneId(zone(design, random)));
            case 2 -> design.withNode(toggled(node, random));
            case 3 -> design.withNode(node.withAddresses(new NodeAddresses("10.0." + random.nextInt(4) + ".1",
                    random.nextBoolean() ? "" : "10.9.9.9", random.nextBoolean() ? "" : "10.8.8.8", "")));
            case 4 -> design.withNode(node.withName(node.name() + "'"));
            case 5 -> design.withNode(node.withCount(1 + random.nextInt(3)));
            case 6 -> design.without(List.of(node.id()));
            default -> design;
        };
    }

    private static Node toggled(Node node, Random random) {
        ComponentType type = DesignArbitraries.CATALOG.type(node.typeId()).orElseThrow();
        if (type.features().isEmpty()) {
            return node.withName(node.name() + "!");
        }
        String feature = type.features().get(random.nextInt(type.features().size())).id();
        return node.withFeature(feature, !node.hasFeature(feature));
    }

    /** A copy of a node of the design (the same type, so that no rule's component appears or goes), or a new one. */
    private static Design added(Design design, Random random) {
        List<Node> nodes = design.nodes();
        String typeId = nodes.isEmpty() ? "citrix.ddc" : nodes.get(random.nextInt(nodes.size())).typeId();
        String id = design.nextId("n");
        return design.withNode(new Node(id, typeId, id, "", "10.1." + random.nextInt(9) + ".5", zone(design, random),
                new Point(random.nextInt(900), random.nextInt(600)), List.of(), 1));
    }

    private static String zone(Design design, Random random) {
        List<Zone> zones = design.zones();
        return zones.isEmpty() || random.nextInt(8) == 0 ? null : zones.get(random.nextInt(zones.size())).id();
    }
}
