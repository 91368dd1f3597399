package io.portolan.io.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.diagram.DiagramEdge;
import io.portolan.diagram.LabelLine;
import io.portolan.diagram.LabelText;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.Templates;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Draws every template as PNG, SVG and PDF under target/pictures, to be looked at, and checks each opens. */
class TemplatePicturesTest {

    static final Path FOLDER = Path.of("target", "pictures");
    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    static Stream<String> templates() {
        return Templates.list().stream().map(Templates.Template::name);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateIsDrawnInEveryFormat(String name) throws Exception {
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(Templates.load(name, CATALOG));
        DiagramRenderer picture = DiagramRenderer.of(analysis, DiagramOptions.of(LocalDate.of(2025, 3, 14)));
        Files.createDirectories(FOLDER);
        byte[] png = picture.write(DiagramFormat.PNG, 0);
        Files.write(FOLDER.resolve(name + ".png"), png);
        Files.write(FOLDER.resolve(name + ".svg"), picture.write(DiagramFormat.SVG, 0));
        Files.write(FOLDER.resolve(name + ".pdf"), picture.write(DiagramFormat.PDF, 0));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(picture.width() * picture.defaultScale()));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void noTextOfATemplateIsCutShort(String name) throws Exception {
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(Templates.load(name, CATALOG));
        byte[] svg = DiagramRenderer.of(analysis, DiagramOptions.of(LocalDate.of(2025, 3, 14))).write(DiagramFormat.SVG, 0);
        String text = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg)).getDocumentElement().getTextContent();
        assertThat(text).doesNotContain("\u2026", "...");
        for (io.portolan.model.Node node : analysis.design().nodes()) {
            for (String word : node.name().split(" ")) {
                assertThat(text).as(node.name()).contains(word);
            }
        }
        // a long port list wraps between its items, so each item is looked for whole (never cut) rather than each line
        for (DiagramEdge edge : DiagramEdge.of(analysis, true)) {
            for (LabelLine line : LabelText.lines(edge.forward(), edge.backward(), edge.crossing(), edge.firewalls(), 1, 0)) {
                for (String item : line.text().split(" \\| |, | \u203a ")) {
                    assertThat(text).as(line.text()).contains(item.replaceAll("^[\u2190-\u21ff] ", ""));
                }
            }
        }
    }
}
