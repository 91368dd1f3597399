package io.portolan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The invariants of a design as a value: unique ids, references that exist, and what each change keeps. */
class DesignTest {

    private static final Zone DMZ = zone("dmz", new Bounds(0, 0, 600, 300));
    private static final Zone LAN = zone("lan", new Bounds(0, 400, 600, 300));
    private static final Firewall INNER = new Firewall("fw", "Inner", List.of("dmz", "lan"), new Point(300, 350));
    private static final Node GATEWAY = node("gw", "dmz");
    private static final Node STOREFRONT = node("sf", "lan");
    private static final Node VDA = node("vda", "lan");
    private static final CustomFlow PROBE = new CustomFlow("c1", "gw", "sf", Protocol.TCP, null, PortSet.ofPorts(8443), "Probe");
    private static final CustomFlow PING = new CustomFlow("c2", "gw", "vda", Protocol.ICMP, null, PortSet.EMPTY, "Ping");
    private static final FlowKey QUIET = new FlowKey("citrix.gateway-storefront", "gw", "sf");
    private static final FlowKey QUIET_VDA = new FlowKey("citrix.gateway-vda", "gw", "vda");

    private static Zone zone(String id, Bounds bounds) {
        return new Zone(id, id.toUpperCase(java.util.Locale.ROOT), ZoneKind.CUSTOM, List.of(), bounds);
    }

    private static Node node(String id, String zoneId) {
        return new Node(id, "t." + id, id, "", "", zoneId, new Point(100, 100), List.of(), 1);
    }

    private static Design design(List<Zone> zones, List<Firewall> firewalls, List<Node> nodes, FlowOverrides overrides) {
        return new Design(zones, firewalls, nodes, overrides, RequestInfo.EMPTY);
    }

    private static Design twoZones() {
        return design(List.of(DMZ, LAN), List.of(INNER), List.of(GATEWAY, STOREFRONT, VDA),
                new FlowOverrides(List.of(QUIET, QUIET_VDA), List.of(PROBE, PING)));
    }

    @Test
    void anIdIsUniqueAcrossZonesFirewallsAndNodes() {
        assertThatThrownBy(() -> design(List.of(DMZ), List.of(), List.of(node("dmz", null)), FlowOverrides.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate id 'dmz'");
        assertThatThrownBy(() -> design(List.of(DMZ), List.of(new Firewall("dmz", "Edge", List.of(), Point.ORIGIN)), List.of(),
                FlowOverrides.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate id 'dmz'");
    }

    @Test
    void aFirewallJoinsOnlyZonesOfTheDesign() {
        assertThatThrownBy(() -> design(List.of(DMZ), List.of(INNER), List.of(), FlowOverrides.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("firewall 'fw' joins unknown zone 'lan'");
    }

    @Test
    void aNodeSitsInAZoneOfTheDesignOrInNone() {
        assertThatThrownBy(() -> design(List.of(DMZ), List.of(), List.of(STOREFRONT), FlowOverrides.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("node 'sf' is in unknown zone 'lan'");
        assertThat(design(List.of(), List.of(), List.of(node("sf", null)), FlowOverrides.NONE).node("sf")).isPresent();
    }

    @Test
    void aCustomFlowNamesNodesOfTheDesignAndHasItsOwnId() {
        assertThatThrownBy(() -> design(List.of(DMZ), List.of(), List.of(GATEWAY), new FlowOverrides(List.of(), List.of(PROBE))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("custom flow 'c1' names a node that is not in the design");
        CustomFlow sameId = new CustomFlow("c1", "sf", "gw", Protocol.UDP, null, PortSet.ofPorts(53), "");
        assertThatThrownBy(() -> design(List.of(DMZ, LAN), List.of(), List.of(GATEWAY, STOREFRONT),
                new FlowOverrides(List.of(), List.of(PROBE, sameId))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate custom flow id 'c1'");
    }

    @Test
    void removingANodeRemovesTheOverridesThatNameItAndKeepsTheOthers() {
        Design after = twoZones().without(Set.of("sf"));

        assertThat(after.node("sf")).isEmpty();
        assertThat(after.overrides().suppressed()).containsExactly(QUIET_VDA);
        assertThat(after.overrides().custom()).containsExactly(PING);
    }

    @Test
    void theNodesOfARemovedZoneStayOutsideEveryZone() {
        Design after = twoZones().without(Set.of("lan"));

        assertThat(after.zone("lan")).isEmpty();
        assertThat(after.nodes()).extracting(Node::id).containsExactly("gw", "sf", "vda");
        assertThat(after.node("sf").orElseThrow().zoneId()).isNull();
        assertThat(after.node("vda").orElseThrow().zoneId()).isNull();
        assertThat(after.node("gw").orElseThrow().zoneId()).isEqualTo("dmz");
        assertThat(after.overrides()).isEqualTo(twoZones().overrides());
    }

    @Test
    void aFirewallLosesItsLinkToARemovedZoneAndStays() {
        Design after = twoZones().without(Set.of("lan"));

        assertThat(after.firewall("fw").orElseThrow().zoneIds()).containsExactly("dmz");
    }

    @Test
    void withNodesReplacesNodesInPlaceAndAddsNewOnesAtTheEndInTheOrderGiven() {
        Node movedGateway = GATEWAY.withName("Gateway A");
        Node first = node("a1", "lan");
        Node second = node("a2", "dmz");

        Design after = twoZones().withNodes(List.of(first, movedGateway, second));

        assertThat(after.nodes()).extracting(Node::id).containsExactly("gw", "sf", "vda", "a1", "a2");
        assertThat(after.node("gw").orElseThrow().name()).isEqualTo("Gateway A");
    }

    @Test
    void nextIdIsTheFirstNumberNoZoneFirewallNodeOrCustomFlowUses() {
        Design design = design(List.of(zone("n1", new Bounds(0, 0, 10, 10))), List.of(), List.of(node("n2", null), node("n4", null)),
                new FlowOverrides(List.of(), List.of(new CustomFlow("n3", "n2", "n4", Protocol.ICMP, null, PortSet.EMPTY, ""))));

        assertThat(design.nextId("n")).isEqualTo("n5");
        assertThat(design.nextId("fw")).isEqualTo("fw1");
    }

    @Test
    void zoneAtGivesTheInnermostZoneUnderThePoint() {
        Zone outer = zone("outer", new Bounds(0, 0, 1000, 1000));
        Zone inner = zone("inner", new Bounds(100, 100, 200, 200));
        Design design = design(List.of(inner, outer), List.of(), List.of(), FlowOverrides.NONE);

        assertThat(design.zoneAt(new Point(150, 150))).contains(inner);
        assertThat(design.zoneAt(new Point(500, 500))).contains(outer);
        assertThat(design.zoneAt(new Point(1500, 500))).isEmpty();
    }

    @Test
    void zoneAtPrefersTheLastDrawnOfTwoZonesOfEqualSize() {
        Zone first = zone("first", new Bounds(0, 0, 100, 100));
        Zone second = zone("second", new Bounds(50, 50, 100, 100));

        assertThat(design(List.of(first, second), List.of(), List.of(), FlowOverrides.NONE).zoneAt(new Point(75, 75)))
                .contains(second);
    }

    @Test
    void aChangeLeavesTheDesignItStartedFromAsItWas() {
        Design before = twoZones();

        before.without(Set.of("lan", "gw"));
        before.withNode(node("new", null));

        assertThat(before).isEqualTo(twoZones());
        assertThat(before.nodes()).hasSize(3);
    }
}
