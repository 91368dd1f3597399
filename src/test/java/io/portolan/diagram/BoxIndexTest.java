package io.portolan.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoxIndexTest {

    @Test
    void aSegmentFindsEachBoxItPassesThroughOnceAndNoOther() {
        BoxIndex<String> index = new BoxIndex<>(50);
        index.add(new Box(100, -10, 300, 20), "long, over many cells");
        index.add(new Box(600, -10, 20, 20), "on the way");
        index.add(new Box(300, 40, 20, 20), "beside the way");

        List<String> hits = new ArrayList<>();
        index.crossedBy(0, 0, 1000, 0).forEach(e -> hits.add(e.item()));

        assertThat(hits).containsExactlyInAnyOrder("long, over many cells", "on the way");
    }

    @Test
    void aBoxFindsTheBoxesItSharesAreaWithButNotThoseItOnlyTouches() {
        BoxIndex<String> index = new BoxIndex<>(50);
        index.add(new Box(0, 0, 100, 100), "overlapping");
        index.add(new Box(200, 0, 10, 10), "touching");

        List<String> hits = new ArrayList<>();
        index.forEachIntersecting(new Box(50, 0, 150, 50), e -> hits.add(e.item()));

        assertThat(hits).containsExactly("overlapping");
    }
}
