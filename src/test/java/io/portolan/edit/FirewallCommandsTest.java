package io.portolan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirewallCommandsTest {

    private final Design start = TestDesigns.threeZones();

    @Test
    void firewallDroppedOnABorderJoinsTheZonesOnEitherSide() {
        Design after = new AddFirewall(new Point(500, 520)).apply(start);
        Firewall added = after.firewalls().get(2);
        assertThat(added.zoneIds()).containsExactly("dmz", "lan");
        assertThat(added.name()).isEqualTo("Firewall");
    }

    @Test
    void firewallDroppedAwayFromEveryEdgeJoinsNoZone() {
        Design after = new AddFirewall(new Point(1200, 1200)).apply(start);
        assertThat(after.firewalls().get(2).zoneIds()).isEmpty();
    }

    @Test
    void linkingConnectsAndDisconnectsAZone() {
        Design connected = new LinkFirewall("fw-ext", "lan", true).apply(start);
        assertThat(connected.firewall("fw-ext").orElseThrow().zoneIds()).containsExactly("internet", "dmz", "lan");
        Design disconnected = new LinkFirewall("fw-ext", "internet", false).apply(connected);
        assertThat(disconnected.firewall("fw-ext").orElseThrow().zoneIds()).containsExactly("dmz", "lan");
    }

    @Test
    void linkingAZoneAlreadyJoinedChangesNothing() {
        assertThat(new LinkFirewall("fw-ext", "dmz", true).apply(start)).isEqualTo(start);
    }

    @Test
    void editFirewallRenamesItAndSetsItsZonesDroppingUnknownOnes() {
        Design after = EditFirewall.name("fw-ext", "Edge").apply(start);
        after = EditFirewall.zones("fw-ext", List.of("internet", "lan", "nowhere")).apply(after);
        Firewall firewall = after.firewall("fw-ext").orElseThrow();
        assertThat(firewall.name()).isEqualTo("Edge");
        assertThat(firewall.zoneIds()).containsExactly("internet", "lan");
    }
}
