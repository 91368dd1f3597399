package io.portolan.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.catalog.ComponentType;
import io.portolan.model.Node;
import io.portolan.model.NodeAddresses;
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
    void tooltipNamesTheManagementAndMemberAddressesWhenSet() {
        Node gateway = gateway().withAddresses(new NodeAddresses("172.16.10.10", "172.16.10.11", "172.16.10.21, 172.16.10.22", ""));

        assertThat(tooltip(gateway)).endsWith("\nAddress: 172.16.10.10\nManagement address: 172.16.10.21, 172.16.10.22"
                + "\nOutbound address: 172.16.10.11");
    }

    @Test
    void aNodeOfATypeTheCatalogLacksIsMarkedAndSaysItGetsNoFlows() {
        Node portal = new Node("p", "acme.portal", "Acme portal", "", "172.16.10.40", "dmz", new Point(100, 100), List.of(), 1);

        NodeView unknown = new NodeView(portal, null, GLYPHS);

        assertThat(unknown.unknownType()).isTrue();
        assertThat(unknown.describe()).contains("Unknown type acme.portal: not in the catalog, so it gets no flows");
        assertThat(new NodeView(gateway(), CATALOG.type("citrix.gateway").orElseThrow(), GLYPHS).unknownType()).isFalse();
    }

    @Test
    void tooltipLeavesTheOutboundAddressOutWhenTheNodeConnectsFromItsAddress() {
        assertThat(tooltip(gateway())).endsWith("\nAddress: 172.16.10.10").doesNotContain("Outbound");
    }

    @Test
    void aNameWiderThanTheNodeIsCutToItsWidthWithAnEllipsisHoweverLongItIs() {
        String word = "Lorem ipsum dolor sit amet ";
        String longName = word.repeat(40_000 / word.length() + 1).substring(0, 40_000);
        Node named = gateway().withName(longName);

        NodeView view = new NodeView(named, CATALOG.type("citrix.gateway").orElseThrow(), GLYPHS);

        assertThat(view.shownName()).startsWith("Lorem ipsum").endsWith(TextFit.ELLIPSIS);
        assertThat(view.shownNameWidth()).isLessThanOrEqualTo(NodeView.WIDTH - 8);
        assertThat(view.shownName().length()).isBetween(NodeView.MAX_NAME_LINES * 10, NodeView.MAX_NAME_LINES * 40);
        assertThat(view.describe()).startsWith(longName);
        view.update(named.withName("Citrix Gateway"));
        assertThat(view.shownName()).isEqualTo("Citrix Gateway");
        String twoLines = "Citrix Gateway appliances of the second site";
        view.update(named.withName(twoLines));
        assertThat(view.shownName()).as("a name of two lines wraps whole").isEqualTo(twoLines);
    }
}
