package io.portolan.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.PortRange;
import io.portolan.model.PortSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The port tests of {@link Box}, which walk the ranges of two sets without making one, say what the set algebra of
 * {@link PortSet} says, for sets of ranges that touch, overlap, nest and lie apart.
 */
class BoxPortsPropertyTest {

    @Provide
    Arbitrary<PortSet> portSets() {
        Arbitrary<Integer> low = Arbitraries.oneOf(Arbitraries.integers().between(PortRange.MIN_PORT, 40),
                Arbitraries.integers().between(PortRange.MIN_PORT, PortRange.MAX_PORT));
        Arbitrary<PortRange> range = Combinators.combine(low, Arbitraries.integers().between(0, 12))
                .as((from, width) -> new PortRange(from, Math.min(PortRange.MAX_PORT, from + width)));
        return range.list().ofMaxSize(5).map(PortSet::of);
    }

    @Property(tries = 2000)
    void coversSaysWhatTheDifferenceSays(@ForAll("portSets") PortSet outer, @ForAll("portSets") PortSet inner) {
        assertThat(Box.covers(outer, inner)).isEqualTo(inner.minus(outer).isEmpty());
        assertThat(Box.covers(outer.union(inner), inner)).isTrue();
    }

    @Property(tries = 2000)
    void overlapSaysWhatTheIntersectionSays(@ForAll("portSets") PortSet a, @ForAll("portSets") PortSet b) {
        assertThat(Box.overlap(a, b)).isEqualTo(!a.minus(a.minus(b)).isEmpty()).isEqualTo(Box.overlap(b, a));
    }

    @Property(tries = 200)
    void aSetCoversAndMeetsItsOwnParts(@ForAll("portSets") PortSet set) {
        for (PortRange range : set.ranges()) {
            PortSet part = PortSet.of(List.of(range));
            assertThat(Box.covers(set, part)).isTrue();
            assertThat(Box.overlap(set, part)).isTrue();
        }
    }
}
