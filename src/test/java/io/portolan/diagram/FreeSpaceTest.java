package io.portolan.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.Templates;
import io.portolan.model.Node;
import io.portolan.model.Point;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Where a pasted or keyboard-added node lands. */
class FreeSpaceTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    static Stream<String> templates() {
        return Templates.list().stream().map(Templates.Template::name);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aCopyOfEachNodeLandsWhereItCoversNoNodeNameFirewallOrEdgeInTheOriginalsZone(String name) throws Exception {
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(Templates.load(name, CATALOG));
        FreeSpace space = new FreeSpace(analysis);
        for (Node node : analysis.design().nodes()) {
            Point offset = space.offset(List.of(node.position()), 40, 40);
            Point at = node.position().translate(offset.x(), offset.y());

            assertThat(space.free(at)).as(name + ": a copy of " + node.name()).isTrue();
            assertThat(FreeSpace.room(at).intersects(FreeSpace.room(node.position()))).isFalse();
            assertThat(analysis.design().zoneAt(at).map(z -> z.id()).orElse(null)).isEqualTo(node.zoneId());
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aNodeMeantForAPlaceOnAnEdgeLandsBesideIt(String name) throws Exception {
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(Templates.load(name, CATALOG));
        Node a = analysis.byNodePair().stream().filter(p -> p.source().zoneId() != null
                && p.source().zoneId().equals(p.destination().zoneId())).findFirst().orElseThrow().source();
        Node b = analysis.byNodePair().stream().filter(p -> p.source() == a && p.destination().zoneId().equals(a.zoneId()))
                .findFirst().orElseThrow().destination();
        Point onTheEdge = new Point((a.position().x() + b.position().x()) / 2, (a.position().y() + b.position().y()) / 2);
        FreeSpace space = new FreeSpace(analysis);

        Point at = space.near(onTheEdge);

        assertThat(space.free(onTheEdge)).isFalse();
        assertThat(space.free(at)).isTrue();
        assertThat(analysis.design().zoneAt(at).orElseThrow().id()).isEqualTo(a.zoneId());
    }
}
