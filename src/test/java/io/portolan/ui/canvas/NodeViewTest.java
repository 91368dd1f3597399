package io.portolan.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.catalog.ComponentType;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.ui.theme.Glyphs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** What a node's tooltip on the canvas says. */
@ExtendWith(ApplicationExtension.class)
class NodeViewTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final Glyphs GLYPHS = Glyphs.load();

    private static String tooltip(Node node) {
        ComponentType type = CATALOG.type(node.typeId()).orElseThrow();
        return new NodeView(node, type, GLYPHS).describe();
    }

    private static Node gateway() {
        return new Node("gw", "citrix.gateway", "Citrix Gateway", "citrix.example.com", "172.16.10.10", "dmz",
                new Point(100, 100), List.of(), 2);
    }

    @Test
    void tooltipNamesTheOutboundAddressWhenTheNodeHasOne() {
        assertThat(tooltip(gateway().withOutboundAddress("172.16.10.11"))).isEqualTo("Citrix Gateway\nCitrix \u00b7 Citrix Gateway"
                + "\n2 machines\nHost: citrix.example.com\nAddress: 172.16.10.10\nOutbound address: 172.16.10.11");
    }

    @Test
    void tooltipLeavesTheOutboundAddressOutWhenTheNodeConnectsFromItsAddress() {
        assertThat(tooltip(gateway())).endsWith("\nAddress: 172.16.10.10").doesNotContain("Outbound");
    }
}
