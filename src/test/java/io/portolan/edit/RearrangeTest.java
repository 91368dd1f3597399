package io.portolan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Point;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RearrangeTest {

    @Test
    void rearrangingMovesWhatItNamesKeepsZonesAndLeavesTheRest() {
        Design design = TestDesigns.threeZones();
        String moved = design.nodes().get(0).id();
        String kept = design.nodes().get(1).id();
        String zone = design.zones().get(0).id();

        Design after = new Rearrange(Map.of(moved, new Point(5, 6), "no-such-node", new Point(1, 1)),
                Map.of(zone, new Bounds(1, 2, 300, 400)), Map.of(), "Tidy").apply(design);

        assertThat(after.node(moved).orElseThrow().position()).isEqualTo(new Point(5, 6));
        assertThat(after.node(moved).orElseThrow().zoneId()).isEqualTo(design.node(moved).orElseThrow().zoneId());
        assertThat(after.node(kept).orElseThrow()).isEqualTo(design.node(kept).orElseThrow());
        assertThat(after.zone(zone).orElseThrow().bounds()).isEqualTo(new Bounds(1, 2, 300, 400));
        assertThat(after.firewalls()).isEqualTo(design.firewalls());
    }

    @Test
    void rearrangingToWhereEverythingIsLeavesTheDesignAsItWas() {
        Design design = TestDesigns.threeZones();

        assertThat(new Rearrange(Map.of(), Map.of(), Map.of(), "Tidy").apply(design)).isSameAs(design);
    }
}
