package io.portolan.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.engine.NodePairFlows;
import io.portolan.io.design.Templates;
import io.portolan.model.Node;
import io.portolan.testing.GeneratedDesigns;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverviewTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    @Test
    void aDesignOfMoreNodesThanThePictureDrawsOneByOneIsDrawnAsOneBoxPerZoneAndOneEdgePerPairOfZones() {
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(GeneratedDesigns.generate(CATALOG, Overview.MAX_NODES + 100));
        Set<String> zonePairs = new HashSet<>();
        Set<String> zonesWithNodes = new HashSet<>();
        for (NodePairFlows pair : analysis.byNodePair()) {
            String a = pair.source().zoneId();
            String b = pair.destination().zoneId();
            if (!a.equals(b)) {
                zonePairs.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
            }
        }
        analysis.design().nodes().forEach(n -> zonesWithNodes.add(n.zoneId()));

        DiagramGeometry geometry = DiagramLayout.of(analysis, new TestShapes());

        assertThat(geometry.isOverview()).isTrue();
        assertThat(geometry.overview()).contains(String.valueOf(Overview.MAX_NODES + 100)).contains("nodes");
        assertThat(geometry.design().nodes()).hasSize(zonesWithNodes.size());
        assertThat(geometry.design().zones()).extracting(z -> z.id()).isEqualTo(analysis.design().zones().stream().map(z -> z.id()).toList());
        for (Node box : geometry.design().nodes()) {
            assertThat(geometry.design().zoneAt(box.position()).map(z -> z.id()).orElse(null)).isEqualTo(box.zoneId());
        }
        assertThat(geometry.edges()).hasSize(zonePairs.size());
        int machines = analysis.design().nodes().stream().mapToInt(Node::count).sum();
        assertThat(geometry.design().nodes().stream().mapToInt(n -> Integer.parseInt(n.name().replaceAll("[^0-9].*", ""))).sum())
                .isEqualTo(analysis.design().nodes().size());
        assertThat(machines).isPositive();
        assertThat(geometry.edges()).allSatisfy(e -> assertThat(e.lines().get(0).text()).contains("flows"));
    }

    @Test
    void aTemplateIsDrawnNodeByNode() throws Exception {
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(Templates.load(Templates.DEFAULT, CATALOG));

        DiagramGeometry geometry = DiagramLayout.of(analysis, new TestShapes());

        assertThat(geometry.isOverview()).isFalse();
        assertThat(geometry.design()).isSameAs(analysis.design());
    }
}
