package io.portolan.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.catalog.ComponentType;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NodeCommandsTest {

    private static Catalog catalog;
    private final Design start = TestDesigns.threeZones();

    @BeforeAll
    static void loadCatalog() {
        catalog = CatalogLoader.loadBuiltIn();
    }

    private static ComponentType type(String id) {
        return catalog.type(id).orElseThrow();
    }

    @Test
    void addedNodeLandsInTheZoneUnderTheDropPointWithTheTypeDefaults() {
        ComponentType vda = type("citrix.vda");
        Design after = new AddNode(vda, new Point(200, 650)).apply(start);
        Node added = after.nodes().get(after.nodes().size() - 1);
        assertThat(added.zoneId()).isEqualTo("lan");
        assertThat(added.typeId()).isEqualTo("citrix.vda");
        assertThat(added.features()).containsExactlyInAnyOrderElementsOf(vda.defaultFeatures());
        assertThat(added.position()).isEqualTo(new Point(200, 650));
        assertThat(added.count()).isEqualTo(1);
    }

    @Test
    void addedNodeOutsideEveryZoneHasNoZone() {
        Design after = new AddNode(type("citrix.vda"), new Point(900, 900)).apply(start);
        assertThat(after.nodes().get(2).zoneId()).isNull();
    }

    @Test
    void secondNodeOfATypeGetsANumberedName() {
        ComponentType storefront = type("citrix.storefront");
        Design after = new AddNode(storefront, new Point(300, 700)).apply(start);
        after = new AddNode(storefront, new Point(400, 700)).apply(after);
        assertThat(after.nodes()).extracting(Node::name).containsExactly("Gateway", "StoreFront", "StoreFront 2", "StoreFront 3");
        assertThat(after.nodes()).extracting(Node::id).doesNotHaveDuplicates();
    }

    @Test
    void movingNodesIntoAnotherZoneChangesTheirZone() {
        Design after = MoveSelection.of(start, Set.of("gw"), 0, 300).apply(start);
        Node gateway = after.node("gw").orElseThrow();
        assertThat(gateway.position()).isEqualTo(new Point(100, 700));
        assertThat(gateway.zoneId()).isEqualTo("lan");
    }

    @Test
    void movingANodeOutsideEveryZoneLeavesItWithoutZone() {
        Design after = MoveSelection.of(start, Set.of("sf"), 800, 0).apply(start);
        assertThat(after.node("sf").orElseThrow().zoneId()).isNull();
    }

    @Test
    void moveOfSeveralNodesIsOneCommandDescribedByItsCount() {
        MoveSelection move = MoveSelection.of(start, Set.of("gw", "sf"), 10, 10);
        Design after = move.apply(start);
        assertThat(move.description()).isEqualTo("Move 2 nodes");
        assertThat(after.node("gw").orElseThrow().position()).isEqualTo(new Point(110, 410));
        assertThat(after.node("sf").orElseThrow().position()).isEqualTo(new Point(110, 710));
    }

    @Test
    void deleteSelectionRemovesNodesAndFirewallsAndDescribesThem() {
        DeleteSelection delete = DeleteSelection.of(start, Set.of("gw", "fw-ext"));
        Design after = delete.apply(start);
        assertThat(after.node("gw")).isEmpty();
        assertThat(after.firewall("fw-ext")).isEmpty();
        assertThat(after.node("sf")).isPresent();
        assertThat(delete.description()).isEqualTo("Delete 1 node and 1 firewall");
    }

    @Test
    void deletingAZoneLeavesItsNodesOutsideEveryZone() {
        Design after = DeleteSelection.of(start, Set.of("dmz")).apply(start);
        assertThat(after.node("gw").orElseThrow().zoneId()).isNull();
        assertThat(after.firewall("fw-ext").orElseThrow().zoneIds()).containsExactly("internet");
    }

    @Test
    void editNodeSetsNameHostAddressAndCount() {
        Design after = EditNode.name("sf", " StoreFront A ").apply(start);
        after = EditNode.host("sf", "sf01.corp.example").apply(after);
        after = EditNode.address("sf", "10.0.1.10, 10.0.1.11").apply(after);
        after = EditNode.count("sf", 3).apply(after);
        Node storefront = after.node("sf").orElseThrow();
        assertThat(storefront.name()).isEqualTo("StoreFront A");
        assertThat(storefront.host()).isEqualTo("sf01.corp.example");
        assertThat(storefront.address()).isEqualTo("10.0.1.10, 10.0.1.11");
        assertThat(storefront.count()).isEqualTo(3);
    }

    @Test
    void editNodeRejectsAnAddressThatIsNotOne() {
        assertThatThrownBy(() -> EditNode.address("sf", "10.0.1.300"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.1.300");
    }

    @Test
    void editNodeSetsAnOutboundAddressThatTheNodeThenConnectsFrom() {
        Design after = EditNode.address("gw", "172.16.10.10").apply(start);
        after = EditNode.outboundAddress("gw", " 172.16.10.11 ").apply(after);
        Node gateway = after.node("gw").orElseThrow();
        assertThat(gateway.address()).isEqualTo("172.16.10.10");
        assertThat(gateway.outboundAddress()).isEqualTo("172.16.10.11");
        assertThat(gateway.sourceAddress()).isEqualTo("172.16.10.11");
        assertThat(EditNode.outboundAddress("gw", " ").apply(after).node("gw").orElseThrow().sourceAddress())
                .isEqualTo("172.16.10.10");
    }

    @Test
    void editNodeRejectsAnOutboundAddressThatIsNotOne() {
        assertThatThrownBy(() -> EditNode.outboundAddress("gw", "snip.example.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snip.example.com");
    }

    @Test
    void editNodeRejectsABlankNameAndAZeroCount() {
        assertThatThrownBy(() -> EditNode.name("sf", "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EditNode.count("sf", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setFeatureSwitchesItOnAndOffForEveryGivenNode() {
        Design on = new SetFeature(Set.of("gw", "sf"), "ha", true).apply(start);
        assertThat(on.node("gw").orElseThrow().features()).contains("ha", "edt");
        assertThat(on.node("sf").orElseThrow().features()).contains("ha");
        Design off = new SetFeature(Set.of("gw"), "edt", false).apply(on);
        assertThat(off.node("gw").orElseThrow().features()).containsExactly("ha");
    }

    @Test
    void settingAFeatureAlreadyOnChangesNothing() {
        assertThat(new SetFeature(Set.of("gw"), "edt", true).apply(start)).isEqualTo(start);
    }
}
