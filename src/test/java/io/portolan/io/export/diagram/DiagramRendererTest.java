package io.portolan.io.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

class DiagramRendererTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final LocalDate DATE = LocalDate.of(2025, 3, 14);

    static FlowAnalysis gatewayDesign() {
        List<Zone> zones = List.of(new Zone("internet", "Internet", ZoneKind.INTERNET, List.of(), new Bounds(0, 0, 300, 300)),
                new Zone("dmz", "DMZ", ZoneKind.DMZ, List.of("192.0.2.0/24"), new Bounds(700, 0, 300, 300)));
        List<Node> nodes = List.of(
                new Node("users", "common.user-device", "Remote users", "", "", "internet", new Point(150, 150), List.of(), 1),
                new Node("gw", "citrix.gateway", "Citrix Gateway", "", "", "dmz", new Point(850, 150), List.of(), 2));
        Design design = new Design(zones, List.of(new Firewall("fw", "FW-Outer", List.of("internet", "dmz"), new Point(500, 150))),
                nodes, FlowOverrides.NONE, new RequestInfo("Gateway access", "", "CHG-42", "", ""));
        return new FlowEngine(CATALOG).analyze(design);
    }

    private static DiagramRenderer picture(FlowAnalysis analysis) {
        return DiagramRenderer.of(analysis, DiagramOptions.of(DATE));
    }

    @Test
    void zonesAreFilledWithTheCanvasColourOfTheirKind() throws Exception {
        DiagramRenderer picture = picture(gatewayDesign());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
        // near each zone's bottom-left corner, clear of nodes, edges and labels
        assertThat(rgb(image, picture, 20, 280)).isEqualTo(DiagramPalette.zone(ZoneKind.INTERNET).fill().getRGB() & 0xFFFFFF);
        assertThat(rgb(image, picture, 720, 280)).isEqualTo(DiagramPalette.zone(ZoneKind.DMZ).fill().getRGB() & 0xFFFFFF);
    }

    @Test
    void aNodeTileHasItsVendorsTint() throws Exception {
        DiagramRenderer picture = picture(gatewayDesign());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
        // inside the Gateway's tile, beside its glyph
        assertThat(rgb(image, picture, 850 - 18, 150 + 16)).isEqualTo(DiagramPalette.vendor("Citrix").tint().getRGB() & 0xFFFFFF);
    }

    @Test
    void aNodeOfATypeTheCatalogLacksIsDrawnOnTheWarningTile() throws Exception {
        Design design = new Design(List.of(), List.of(), List.of(new Node("x", "acme.unknown-box", "Colleague's box", "", "", null,
                new Point(100, 100), List.of(), 1)), FlowOverrides.NONE, RequestInfo.EMPTY);
        DiagramRenderer picture = picture(new FlowEngine(CATALOG).analyze(design));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
        assertThat(rgb(image, picture, 100 - 18, 100 + 16)).isEqualTo(DiagramPalette.UNKNOWN_TILE.getRGB() & 0xFFFFFF);
        assertThat(new String(picture.write(DiagramFormat.SVG, 0), StandardCharsets.UTF_8)).contains("Colleague");
    }

    private static int rgb(BufferedImage image, DiagramRenderer picture, double x, double y) {
        Point2D at = picture.toPicture(x, y);
        double scale = picture.defaultScale();
        return image.getRGB((int) Math.round(at.getX() * scale), (int) Math.round(at.getY() * scale)) & 0xFFFFFF;
    }

    @Test
    void theSvgIsXmlWithTheTitleDateNodeNamesAndPortsAsText() throws Exception {
        byte[] svg = picture(gatewayDesign()).write(DiagramFormat.SVG, 0);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        String text = document.getDocumentElement().getTextContent();
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(text).contains("Gateway access", "2025-03-14", "Change CHG-42", "Remote users", "Citrix Gateway", "FW-Outer",
                "TCP 443", "\u00d72", "via FW-Outer");
    }

    @Test
    void thePdfOpensWithTheTitleAndNodeNamesAsText() throws Exception {
        byte[] pdf = picture(gatewayDesign()).write(DiagramFormat.PDF, 0);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Gateway access");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Gateway access", "Remote users", "Citrix Gateway", "FW-Outer");
        }
    }

    @ParameterizedTest
    @EnumSource(DiagramFormat.class)
    void theSameDesignAndDateGiveTheSameBytes(DiagramFormat format) {
        assertThat(picture(gatewayDesign()).write(format, 0)).isEqualTo(picture(gatewayDesign()).write(format, 0));
    }

    @Test
    void aWidthGivesAPngThatWide() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture(gatewayDesign()).write(DiagramFormat.PNG, 1000)));
        assertThat(image.getWidth()).isEqualTo(1000);
    }

    @Test
    void aWidthGivesAnSvgThatWide() {
        String svg = new String(picture(gatewayDesign()).write(DiagramFormat.SVG, 777), StandardCharsets.UTF_8);
        assertThat(svg).contains("width='777.0'");
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 10, 63, 16385})
    void aWidthOutsideTheRangeIsRefused(int width) {
        assertThatThrownBy(() -> picture(gatewayDesign()).write(DiagramFormat.PNG, width))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 to 16384");
    }

    @Test
    void nodesFarApartGiveAPictureOfBoundedPixelsAndRefuseAWidthTooLargeToHold() throws Exception {
        Design near = gatewayDesign().design();
        Design far = near.withNode(near.node("gw").orElseThrow().withZoneId(null).withPosition(new Point(3_000_000, 3_000_000)));
        DiagramRenderer picture = picture(new FlowEngine(CATALOG).analyze(far));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
        assertThat((double) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(DiagramRenderer.MAX_DEFAULT_PIXELS * 1.01);
        assertThatThrownBy(() -> picture.write(DiagramFormat.PNG, 16_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("million pixels");
    }

    @Test
    void emptyDesignStillGivesAPicture() throws Exception {
        FlowAnalysis empty = new FlowEngine(CATALOG).analyze(Design.empty());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture(empty).png()));
        assertThat(image.getWidth()).isGreaterThan(100);
    }

    @Test
    void withoutFontFilesJavasLogicalFontDrawsEveryFormat() throws Exception {
        DiagramFonts none = DiagramFonts.find(List.of());
        assertThat(none.fromFiles()).isFalse();
        DiagramRenderer picture = DiagramRenderer.of(gatewayDesign(), DiagramOptions.of(DATE), none);
        assertThat(ImageIO.read(new ByteArrayInputStream(picture.write(DiagramFormat.PNG, 0)))).isNotNull();
        assertThat(new String(picture.write(DiagramFormat.SVG, 0), StandardCharsets.UTF_8)).contains("Remote users");
        try (PDDocument document = Loader.loadPDF(picture.write(DiagramFormat.PDF, 0))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }
}
