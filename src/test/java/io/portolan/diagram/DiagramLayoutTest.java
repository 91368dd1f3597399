package io.portolan.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.Crossing;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.engine.Hop;
import io.portolan.engine.NodePairFlows;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.testing.GeneratedDesigns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The geometry of a picture: labels clear of everything, crossing edges through their firewalls. */
class DiagramLayoutTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final TestShapes SHAPES = new TestShapes();

    static Stream<String> templates() {
        return Templates.list().stream().map(Templates.Template::name);
    }

    static Stream<String> templatesAndAGeneratedDesign() {
        return Stream.concat(templates(), Stream.of("generated-200"));
    }

    private static FlowAnalysis analysis(String name) throws Exception {
        Design design = name.equals("generated-200") ? GeneratedDesigns.generate(CATALOG, 200) : Templates.load(name, CATALOG);
        return new FlowEngine(CATALOG).analyze(design);
    }

    /** Every box a label must keep off, named for the failure message. */
    private static Map<Box, String> marks(Design design) {
        Map<Box, String> marks = new HashMap<>();
        for (Node node : design.nodes()) {
            SHAPES.nodeMarks(node, box -> marks.put(box, "node " + node.name()));
        }
        for (Firewall firewall : design.firewalls()) {
            SHAPES.firewallMarks(firewall, box -> marks.put(box, "firewall " + firewall.name()));
        }
        return marks;
    }

    @ParameterizedTest
    @MethodSource("templatesAndAGeneratedDesign")
    void noLabelCoversANodeABadgeAFirewallOrAnotherLabel(String name) throws Exception {
        FlowAnalysis analysis = analysis(name);
        DiagramGeometry geometry = DiagramLayout.detailed(analysis, SHAPES);
        Map<Box, String> marks = marks(analysis.design());
        BoxIndex<String> taken = new BoxIndex<>(100);
        marks.forEach(taken::add);
        List<String> overlaps = new ArrayList<>();
        for (EdgeGeometry edge : geometry.edges()) {
            if (edge.label() != null) {
                String label = "label of " + edge.edge().firstId() + "-" + edge.edge().secondId();
                taken.forEachIntersecting(edge.label(), e -> overlaps.add(label + " covers " + e.item()));
                taken.add(edge.label(), label);
            }
        }

        assertThat(overlaps).as(name).isEmpty();
        assertThat(geometry.edges()).as(name).isNotEmpty();
        assertThat(geometry.notes()).as(name + ": every note belongs to an edge without its label")
                .hasSize((int) geometry.edges().stream().filter(e -> e.note() > 0).count());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aTemplatesLabelsAllFitOnThePictureWhole(String name) throws Exception {
        DiagramGeometry geometry = DiagramLayout.detailed(analysis(name), SHAPES);

        assertThat(geometry.notes()).as(name).isEmpty();
        assertThat(geometry.edges()).allSatisfy(e -> assertThat(e.lines()).noneMatch(l -> l.text().contains("\u2026")));
    }

    @ParameterizedTest
    @MethodSource("templatesAndAGeneratedDesign")
    void eachCrossingEdgeRunsThroughTheIconOfEachFirewallItCrosses(String name) throws Exception {
        FlowAnalysis analysis = analysis(name);
        Map<String, EdgeGeometry> edges = new HashMap<>();
        DiagramLayout.detailed(analysis, SHAPES).edges().forEach(e -> edges.put(key(e.edge().firstId(), e.edge().secondId()), e));
        int checked = 0;
        for (NodePairFlows pair : analysis.byNodePair()) {
            if (pair.route().crossing() != Crossing.CROSSING) {
                continue;
            }
            double[] route = edges.get(key(pair.source().id(), pair.destination().id())).route();
            for (Hop hop : pair.route().hops()) {
                Firewall firewall = analysis.design().firewall(hop.boundary().id()).orElse(null);
                if (firewall != null) {
                    assertThat(Routes.crosses(route, SHAPES.firewall(firewall)))
                            .as(name + ": " + pair + " through " + firewall.name()).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).as(name).isPositive();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void crossingEdgesStepAroundTheNodesInTheirWayAndSameZoneEdgesRunStraight(String name) throws Exception {
        FlowAnalysis analysis = analysis(name);
        for (EdgeGeometry edge : DiagramLayout.detailed(analysis, SHAPES).edges()) {
            if (edge.edge().crossing() == Crossing.SAME_ZONE) {
                assertThat(edge.route()).as(name + " " + edge.edge()).hasSize(4);
                continue;
            }
            for (Node node : analysis.design().nodes()) {
                if (!node.id().equals(edge.edge().firstId()) && !node.id().equals(edge.edge().secondId())) {
                    assertThat(Routes.crosses(edge.route(), Box.centred(node.position().x(), node.position().y(), 44, 44)))
                            .as(name + ": " + edge.edge() + " through " + node.name()).isFalse();
                }
            }
        }
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
