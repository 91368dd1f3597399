package io.portolan.io.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DiagramRendererTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    private static FlowAnalysis gatewayDesign() {
        List<Zone> zones = List.of(new Zone("internet", "Internet", ZoneKind.INTERNET, List.of(), new Bounds(0, 0, 300, 300)),
                new Zone("dmz", "DMZ", ZoneKind.DMZ, List.of("192.0.2.0/24"), new Bounds(700, 0, 300, 300)));
        List<Node> nodes = List.of(
                new Node("users", "common.user-device", "Remote users", "", "", "internet", new Point(150, 150), List.of(), 1),
                new Node("gw", "citrix.gateway", "Citrix Gateway", "", "", "dmz", new Point(850, 150), List.of(), 1));
        Design design = new Design(zones, List.of(new Firewall("fw", "FW-Outer", List.of("internet", "dmz"), new Point(500, 150))),
                nodes, FlowOverrides.NONE, new RequestInfo("Gateway", "", "", "", ""));
        return new FlowEngine(CATALOG).analyze(design);
    }

    @Test
    void drawsAReadablePngCoveringEveryZone() throws Exception {
        byte[] png = DiagramRenderer.png(gatewayDesign());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        // 1000 x 300 canvas units plus margins, header and legend, at 1.5 pixels per unit
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil((1000 + 80) * 1.5));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil((300 + 80 + 36 + 34) * 1.5));
    }

    @Test
    void zonesAreFilledWithTheColourOfTheirKind() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(DiagramRenderer.png(gatewayDesign())));
        // a point inside each zone, clear of nodes, edges and labels: near the bottom-left corner
        int internet = image.getRGB(pixel(10), pixel(36 + 290));
        int dmz = image.getRGB(pixel(710), pixel(36 + 290));
        assertThat(internet & 0xFFFFFF).isEqualTo(ZonePalette.of(ZoneKind.INTERNET).fill().getRGB() & 0xFFFFFF);
        assertThat(dmz & 0xFFFFFF).isEqualTo(ZonePalette.of(ZoneKind.DMZ).fill().getRGB() & 0xFFFFFF);
    }

    @Test
    void emptyDesignStillGivesAPicture() throws Exception {
        FlowAnalysis empty = new FlowEngine(CATALOG).analyze(Design.empty());
        assertThat(ImageIO.read(new ByteArrayInputStream(DiagramRenderer.png(empty)))).isNotNull();
    }

    /** Canvas units to pixels: the world starts at the margin (40), scaled 1.5. */
    private static int pixel(double units) {
        return (int) Math.round((units + 40) * 1.5);
    }
}
