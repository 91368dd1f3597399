package io.portolan.io.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.diagram.Box;
import io.portolan.diagram.BoxIndex;
import io.portolan.diagram.Routes;
import io.portolan.engine.Crossing;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.engine.Hop;
import io.portolan.engine.NodePairFlows;
import io.portolan.io.design.Templates;
import io.portolan.io.export.diagram.Shapes.EdgeShape;
import io.portolan.io.export.diagram.Shapes.FirewallShape;
import io.portolan.io.export.diagram.Shapes.NodeShape;
import io.portolan.io.export.diagram.Shapes.ZoneShape;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.testing.GeneratedDesigns;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported picture lays its edges and labels out as the window does: checked on the picture's own shapes and
 * fonts, every label clear of every node tile, name, count badge, firewall, zone title and other label, every crossing
 * edge through the icons of its firewalls, and a design too large to draw node by node drawn as an overview that says so.
 */
class PictureLayoutTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final LocalDate DATE = LocalDate.of(2025, 3, 14);

    static Stream<String> templates() {
        return Templates.list().stream().map(Templates.Template::name);
    }

    static Stream<String> templatesAndAGeneratedDesign() {
        return Stream.concat(Templates.list().stream().map(Templates.Template::name), Stream.of("generated-200"));
    }

    private static FlowAnalysis analysis(String name) throws Exception {
        Design design = name.equals("generated-200") ? GeneratedDesigns.generate(CATALOG, 200) : Templates.load(name, CATALOG);
        return new FlowEngine(CATALOG).analyze(design);
    }

    private static DiagramLayout layout(FlowAnalysis analysis) {
        return DiagramRenderer.of(analysis, DiagramOptions.of(DATE)).layout();
    }

    private static Box box(Rectangle2D r) {
        return new Box(r.getX(), r.getY(), r.getWidth(), r.getHeight());
    }

    /** Everything drawn that a label must keep off, named for the failure message. */
    private static BoxIndex<String> marks(DiagramLayout layout) {
        BoxIndex<String> marks = new BoxIndex<>(100);
        for (NodeShape node : layout.nodes()) {
            marks.add(box(node.tile()), "tile of " + node.node().name());
            marks.add(box(node.nameBox()), "name of " + node.node().name());
            if (node.badgeBox() != null) {
                marks.add(box(node.badgeBox()), "badge of " + node.node().name());
            }
        }
        for (FirewallShape firewall : layout.firewalls()) {
            Point2D c = firewall.centre();
            marks.add(Box.centred(c.getX(), c.getY(), DiagramLayout.FIREWALL, DiagramLayout.FIREWALL), "firewall " + firewall.firewall().name());
            marks.add(box(firewall.nameBox()), "name of firewall " + firewall.firewall().name());
        }
        for (ZoneShape zone : layout.zones()) {
            Rectangle2D b = zone.bounds();
            marks.add(new Box(b.getX(), b.getY(), b.getWidth(), zone.headerHeight()), "title of zone " + zone.zone().name());
        }
        return marks;
    }

    @ParameterizedTest
    @MethodSource("templatesAndAGeneratedDesign")
    void noLabelOfThePictureCoversATileANameABadgeAFirewallAZoneTitleOrAnotherLabel(String name) throws Exception {
        FlowAnalysis analysis = analysis(name);
        // the picture as drawn, and every node of it drawn one by one however crowded (the generated design's picture
        // is an overview)
        for (DiagramLayout layout : List.of(layout(analysis), DiagramLayout.detailed(analysis, DiagramFonts.system(), GlyphNames.load()))) {
            BoxIndex<String> taken = marks(layout);
            List<String> overlaps = new ArrayList<>();
            for (EdgeShape edge : layout.edges()) {
                if (edge.label() != null) {
                    String label = "label " + edge.label().lines().get(0).text();
                    Box box = box(edge.label().box());
                    taken.forEachIntersecting(box, e -> overlaps.add(label + " covers " + e.item()));
                    taken.add(box, label);
                }
            }

            assertThat(overlaps).as(name).isEmpty();
            assertThat(layout.notes()).as(name + ": one note per edge that shows only a number")
                    .hasSize((int) layout.edges().stream().filter(e -> e.label() != null && e.label().note() > 0).count());
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyEdgeOfATemplatesPictureHasItsLabelWhole(String name) throws Exception {
        DiagramLayout layout = layout(analysis(name));

        assertThat(layout.overview()).isNull();
        assertThat(layout.notes()).isEmpty();
        assertThat(layout.edges()).isNotEmpty().allSatisfy(e -> assertThat(e.label()).isNotNull());
    }

    @Test
    void aPictureSoCrowdedThatManyLabelsFindNoRoomIsDrawnAsAnOverviewThatSaysWhy() throws Exception {
        FlowAnalysis analysis = analysis("generated-200");
        DiagramLayout detailed = DiagramLayout.detailed(analysis, DiagramFonts.system(), GlyphNames.load());
        long crowded = detailed.notes().size() + detailed.unlabelled();

        DiagramLayout layout = layout(analysis);

        assertThat(crowded).isGreaterThan(io.portolan.diagram.DiagramLayout.MAX_NOTES);
        assertThat(layout.overview()).contains("200 nodes", "no room");
        assertThat(layout.nodes()).hasSizeLessThanOrEqualTo(analysis.design().zones().size() + 1);
    }

    @ParameterizedTest
    @MethodSource("templatesAndAGeneratedDesign")
    void eachCrossingEdgeOfThePictureRunsThroughTheIconsOfItsFirewalls(String name) throws Exception {
        FlowAnalysis analysis = analysis(name);
        DiagramLayout layout = DiagramLayout.detailed(analysis, DiagramFonts.system(), GlyphNames.load());
        Map<String, EdgeShape> edges = new HashMap<>();
        layout.edges().forEach(e -> edges.put(key(e.edge().firstId(), e.edge().secondId()), e));
        Map<String, Point2D> firewalls = new HashMap<>();
        layout.firewalls().forEach(f -> firewalls.put(f.firewall().id(), f.centre()));
        int checked = 0;
        for (NodePairFlows pair : analysis.byNodePair()) {
            if (pair.route().crossing() != Crossing.CROSSING) {
                continue;
            }
            List<Point2D> route = edges.get(key(pair.source().id(), pair.destination().id())).route();
            for (Hop hop : pair.route().hops()) {
                Point2D icon = firewalls.get(hop.boundary().id());
                if (icon != null) {
                    Box octagon = Box.centred(icon.getX(), icon.getY(), DiagramLayout.FIREWALL, DiagramLayout.FIREWALL);
                    assertThat(Routes.crosses(coordinates(route), octagon)).as(name + ": " + pair + " through " + hop.boundary().name())
                            .isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).as(name).isPositive();
    }

    @ParameterizedTest
    @MethodSource("templatesAndAGeneratedDesign")
    void noLabelOfThePictureIsCutAndEveryNoteIsWrittenUnderTheLegend(String name) throws Exception {
        DiagramRenderer picture = DiagramRenderer.of(analysis(name), DiagramOptions.of(DATE));
        String text = svgText(picture);
        java.nio.file.Files.createDirectories(TemplatePicturesTest.FOLDER);
        java.nio.file.Files.write(TemplatePicturesTest.FOLDER.resolve(name + "-layout.png"), picture.png());

        assertThat(text).doesNotContain("\u2026", "...");
        for (EdgeShape edge : picture.layout().edges()) {
            if (edge.label() != null) {
                edge.label().lines().forEach(line -> assertThat(text).contains(line.text()));
            }
        }
        for (io.portolan.diagram.DiagramNote note : picture.layout().notes()) {
            for (String word : note.text().split("\\s+")) {
                assertThat(text).as(note.text()).contains(word);
            }
        }
    }

    @Test
    void nodesDrawnCloseTogetherMoveTheLabelsWithoutRoomToNumberedNotesWrittenWholeUnderTheLegend() throws Exception {
        Design design = Templates.load(Templates.DEFAULT, CATALOG);
        // the nodes of each zone drawn at a third of their distance from its centre: some labels find no free place
        for (Node node : design.nodes()) {
            Rectangle2D zone = design.zone(node.zoneId()).map(z -> new Rectangle2D.Double(z.bounds().x(), z.bounds().y(),
                    z.bounds().width(), z.bounds().height())).orElseThrow();
            Point p = node.position();
            design = design.withNode(node.withPosition(new Point(zone.getCenterX() + (p.x() - zone.getCenterX()) * 0.35,
                    zone.getCenterY() + (p.y() - zone.getCenterY()) * 0.35)));
        }
        DiagramRenderer picture = DiagramRenderer.of(new FlowEngine(CATALOG).analyze(design), DiagramOptions.of(DATE));
        String text = svgText(picture);

        assertThat(picture.layout().notes()).isNotEmpty();
        for (io.portolan.diagram.DiagramNote note : picture.layout().notes()) {
            for (String word : (note.number() + " " + note.text()).split("\\s+")) {
                assertThat(text).as(note.text()).contains(word);
            }
        }
    }

    @Test
    void aDesignTooLargeToDrawNodeByNodeIsDrawnAsAnOverviewThatSaysSo() throws Exception {
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(GeneratedDesigns.generate(CATALOG, 450));
        DiagramRenderer picture = DiagramRenderer.of(analysis, DiagramOptions.of(DATE));
        String text = svgText(picture);

        assertThat(picture.layout().overview()).startsWith("Overview");
        assertThat(picture.layout().nodes()).hasSizeLessThanOrEqualTo(analysis.design().zones().size() + 1);
        assertThat(text).contains("Overview:", "450 nodes", "flows");
        assertThat(picture.height()).isLessThan(4000);
    }

    private static String svgText(DiagramRenderer picture) throws Exception {
        byte[] svg = picture.write(DiagramFormat.SVG, 0);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg))
                .getDocumentElement().getTextContent();
    }

    private static double[] coordinates(List<Point2D> route) {
        double[] xy = new double[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            xy[2 * i] = route.get(i).getX();
            xy[2 * i + 1] = route.get(i).getY();
        }
        return xy;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
