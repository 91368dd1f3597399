package io.portolan.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneCommandsTest {

    private final Design start = TestDesigns.threeZones();

    @Test
    void addedZoneIsNamedAfterItsKindAndTakesTheNodesUnderIt() {
        Design after = new AddZone(ZoneKind.MANAGEMENT, new Bounds(50, 650, 150, 100)).apply(start);
        Zone added = after.zones().get(3);
        assertThat(added.name()).isEqualTo("Management");
        assertThat(added.kind()).isEqualTo(ZoneKind.MANAGEMENT);
        assertThat(after.node("sf").orElseThrow().zoneId()).isEqualTo(added.id());
        assertThat(after.node("gw").orElseThrow().zoneId()).isEqualTo("dmz");
    }

    @Test
    void aSecondZoneOfAKindGetsANumberedName() {
        Design after = new AddZone(ZoneKind.DMZ, new Bounds(700, 0, 100, 100)).apply(start);
        assertThat(after.zones().get(3).name()).isEqualTo("DMZ 2");
    }

    @Test
    void shrinkingAZoneLeavesTheNodesOutsideItWithoutZone() {
        Design after = new ResizeZone("lan", new Bounds(300, 540, 300, 300)).apply(start);
        assertThat(after.zone("lan").orElseThrow().bounds()).isEqualTo(new Bounds(300, 540, 300, 300));
        assertThat(after.node("sf").orElseThrow().zoneId()).isNull();
    }

    @Test
    void growingAZoneOverANodeOutsideTakesItIn() {
        Design outside = MoveSelection.of(start, java.util.Set.of("sf"), 700, 0).apply(start);
        Design after = new ResizeZone("lan", new Bounds(0, 540, 900, 300)).apply(outside);
        assertThat(after.node("sf").orElseThrow().zoneId()).isEqualTo("lan");
    }

    @Test
    void movingAZoneMovesItsNodesAndKeepsThemInIt() {
        Design after = MoveSelection.of(start, java.util.Set.of("lan"), 0, 100).apply(start);
        assertThat(after.zone("lan").orElseThrow().bounds().y()).isEqualTo(640);
        assertThat(after.node("sf").orElseThrow().position()).isEqualTo(new Point(100, 800));
        assertThat(after.node("sf").orElseThrow().zoneId()).isEqualTo("lan");
        assertThat(after.node("gw").orElseThrow().position()).isEqualTo(new Point(100, 400));
    }

    @Test
    void movingAZoneOverANodeOfAnotherZoneTakesItIn() {
        Design withSmallZone = new AddZone(ZoneKind.MANAGEMENT, new Bounds(700, 600, 100, 100)).apply(start);
        String management = withSmallZone.zones().get(3).id();

        Design after = MoveSelection.of(withSmallZone, java.util.Set.of(management), -650, 50).apply(withSmallZone);

        assertThat(after.node("sf").orElseThrow().position()).isEqualTo(new Point(100, 700));
        assertThat(after.node("sf").orElseThrow().zoneId()).isEqualTo(management);
        assertThat(after.node("gw").orElseThrow().zoneId()).isEqualTo("dmz");
    }

    @Test
    void deletingAZoneInsideAnotherHandsItsNodesToTheOuterZone() {
        Design nested = new AddZone(ZoneKind.MANAGEMENT, new Bounds(50, 650, 150, 100)).apply(start);
        String inner = nested.zones().get(3).id();
        assertThat(nested.node("sf").orElseThrow().zoneId()).isEqualTo(inner);

        Design after = DeleteSelection.of(nested, java.util.Set.of(inner)).apply(nested);

        assertThat(after.node("sf").orElseThrow().zoneId()).isEqualTo("lan");
    }

    @Test
    void deletingAZoneWithNothingAroundLeavesItsNodesOutsideEveryZone() {
        Design after = DeleteSelection.of(start, java.util.Set.of("lan")).apply(start);

        assertThat(after.node("sf").orElseThrow().zoneId()).isNull();
        assertThat(after.firewall("fw-int").orElseThrow().zoneIds()).containsExactly("dmz");
    }

    @Test
    void movingAZoneTakesAFirewallOnItsEdgeHalfwayWhenItAlsoJoinsAZoneThatStays() {
        Design after = MoveSelection.of(start, java.util.Set.of("lan"), 0, 100).apply(start);
        assertThat(after.firewall("fw-int").orElseThrow().position()).isEqualTo(new Point(300, 570));
        assertThat(after.firewall("fw-ext").orElseThrow().position()).isEqualTo(new Point(300, 220));
    }

    @Test
    void movingEveryZoneAFirewallJoinsTakesItAlongFully() {
        Design after = MoveSelection.of(start, java.util.Set.of("dmz", "lan"), 50, 0).apply(start);
        assertThat(after.firewall("fw-int").orElseThrow().position()).isEqualTo(new Point(350, 520));
    }

    @Test
    void editZoneSetsNameKindAndAddressRanges() {
        Design after = EditZone.name("dmz", "Perimeter").apply(start);
        after = EditZone.kind("dmz", ZoneKind.CUSTOM).apply(after);
        after = EditZone.cidrs("dmz", List.of(" 10.1.0.0/16 ", "", "10.2.0.0/16")).apply(after);
        Zone zone = after.zone("dmz").orElseThrow();
        assertThat(zone.name()).isEqualTo("Perimeter");
        assertThat(zone.kind()).isEqualTo(ZoneKind.CUSTOM);
        assertThat(zone.cidrs()).containsExactly("10.1.0.0/16", "10.2.0.0/16");
    }

    @Test
    void editZoneRejectsARangeThatIsNotCidr() {
        assertThatThrownBy(() -> EditZone.cidrs("dmz", List.of("10.1.0.0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.1.0.0");
    }
}
