package io.portolan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.Design;
import io.portolan.testing.DesignArbitraries;
import io.portolan.testing.DesignEdits;
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
            design = DesignEdits.edit(design, random);
            FlowAnalysis edited = ENGINE.analyze(design, analysis);
            // a drag previews each frame from the committed analysis, not from the frame before
            FlowAnalysis fromFirst = ENGINE.analyze(design, first);
            FlowAnalysis whole = ENGINE.analyze(design);
            if (edited.edited()) {
                EDITED.incrementAndGet();
            }
            // read before anything merges the whole order: the flows of the nodes the edit touched, and of one more
            Set<String> asked = new HashSet<>(DesignEdits.changedIds(before, design));
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
}
