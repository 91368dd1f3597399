package io.portolan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasteTest {

    private final Design start = TestDesigns.threeZones();

    @Test
    void pastedNodesAreCopiesWithNewIdsNamesAndAnOffset() {
        Fragment copied = Fragment.copyOf(start, Set.of("sf"));
        Paste.Result result = new Paste(copied, 40, 40).place(start);
        assertThat(result.pastedIds()).hasSize(1);
        Node copy = result.design().node(result.pastedIds().get(0)).orElseThrow();
        Node original = start.node("sf").orElseThrow();
        assertThat(copy.id()).isNotEqualTo("sf");
        assertThat(copy.name()).isEqualTo("StoreFront 2");
        assertThat(copy.position()).isEqualTo(new Point(140, 740));
        assertThat(copy.zoneId()).isEqualTo("lan");
        assertThat(copy.count()).isEqualTo(original.count());
        assertThat(copy.typeId()).isEqualTo(original.typeId());
    }

    @Test
    void pastedNodeKeepsItsHostAndAddresses() {
        Design withAddresses = start.withNode(start.node("gw").orElseThrow().withHost("citrix.example.com")
                .withAddress("172.16.10.10").withOutboundAddress("172.16.10.11"));
        Paste.Result result = new Paste(Fragment.copyOf(withAddresses, Set.of("gw")), 40, 40).place(withAddresses);
        Node copy = result.design().node(result.pastedIds().get(0)).orElseThrow();
        assertThat(copy.host()).isEqualTo("citrix.example.com");
        assertThat(copy.address()).isEqualTo("172.16.10.10");
        assertThat(copy.outboundAddress()).isEqualTo("172.16.10.11");
    }

    @Test
    void pastingTwiceGivesDistinctIds() {
        Fragment copied = Fragment.copyOf(start, Set.of("sf", "gw"));
        Design once = new Paste(copied, 20, 20).apply(start);
        Design twice = new Paste(copied, 40, 40).apply(once);
        assertThat(twice.nodes()).hasSize(6).extracting(Node::id).doesNotHaveDuplicates();
    }

    @Test
    void aCopiedZoneBringsItsNodesAndKeepsThemInTheCopy() {
        Fragment copied = Fragment.copyOf(start, Set.of("lan"));
        assertThat(copied.nodes()).extracting(Node::id).containsExactly("sf");
        Paste.Result result = new Paste(copied, 700, 0).place(start);
        Zone zoneCopy = result.design().zone(result.pastedIds().get(0)).orElseThrow();
        Node nodeCopy = result.design().node(result.pastedIds().get(1)).orElseThrow();
        assertThat(zoneCopy.name()).isEqualTo("Internal 2");
        assertThat(nodeCopy.zoneId()).isEqualTo(zoneCopy.id());
    }

    @Test
    void aPastedFirewallJoinsTheOriginalZonesWhenTheyWereNotCopied() {
        Fragment copied = Fragment.copyOf(start, Set.of("fw-ext"));
        Paste.Result result = new Paste(copied, 30, 0).place(start);
        Firewall copy = result.design().firewall(result.pastedIds().get(0)).orElseThrow();
        assertThat(copy.zoneIds()).isEqualTo(List.of("internet", "dmz"));
        assertThat(copy.name()).isEqualTo("External firewall 2");
    }

    @Test
    void pasteDescriptionCountsTheItems() {
        assertThat(new Paste(Fragment.copyOf(start, Set.of("sf", "gw")), 0, 0).description()).isEqualTo("Paste 2 items");
    }
}
