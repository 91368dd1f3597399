package io.portolan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneGraphTest {

    private static Design design(List<String> zoneIds, Firewall... firewalls) {
        List<Zone> zones = new ArrayList<>();
        for (int i = 0; i < zoneIds.size(); i++) {
            zones.add(new Zone(zoneIds.get(i), zoneIds.get(i) + " zone", ZoneKind.CUSTOM, List.of(), new Bounds(i * 100.0, 0, 90, 90)));
        }
        return new Design(zones, List.of(firewalls), List.of(), FlowOverrides.NONE, RequestInfo.EMPTY);
    }

    private static Firewall fw(String id, String... zones) {
        return new Firewall(id, id.toUpperCase(java.util.Locale.ROOT), List.of(zones), Point.ORIGIN);
    }

    private static List<String> path(Route route) {
        return route.hops().stream().map(h -> h.fromZoneId() + ">" + h.boundary().id() + ">" + h.toZoneId()).toList();
    }

    @Test
    void flowPassesEveryFirewallOnThePathWithTheZonesEachIsEnteredFromAndLeftTo() {
        Design design = design(List.of("a", "b", "c"), fw("f1", "a", "b"), fw("f2", "b", "c"));

        Route route = new ZoneGraph(design).route("a", "c");

        assertThat(route.crossing()).isEqualTo(Crossing.CROSSING);
        assertThat(path(route)).containsExactly("a>f1>b", "b>f2>c");
        assertThat(path(new ZoneGraph(design).route("c", "a"))).containsExactly("c>f2>b", "b>f1>a");
    }

    @Test
    void theRouteWithFewestFirewallsWins() {
        Design design = design(List.of("a", "b", "c", "d"),
                fw("f1", "a", "b"), fw("f2", "b", "c"), fw("f3", "c", "d"), fw("core", "a", "d"));

        assertThat(path(new ZoneGraph(design).route("a", "d"))).containsExactly("a>core>d");
    }

    @Test
    void aFirewallJoiningThreeZonesIsPassedOnce() {
        Design design = design(List.of("inet", "dmz", "lan"), fw("edge", "inet", "dmz", "lan"));

        assertThat(path(new ZoneGraph(design).route("inet", "lan"))).containsExactly("inet>edge>lan");
    }

    @Test
    void aTieGoesToThePathThroughTheFirewallAddedFirst() {
        // two paths of two firewalls from a to d; breadth-first search in design order takes the one whose first
        // firewall was added first, whatever the zone order or the names say
        Design southFirst = design(List.of("a", "b", "c", "d"),
                fw("south", "a", "c"), fw("north", "a", "b"), fw("north2", "b", "d"), fw("south2", "c", "d"));
        Design northFirst = design(List.of("a", "b", "c", "d"),
                fw("north", "a", "b"), fw("south", "a", "c"), fw("north2", "b", "d"), fw("south2", "c", "d"));

        assertThat(new ZoneGraph(southFirst).route("a", "d").boundaryNames()).containsExactly("SOUTH", "SOUTH2");
        assertThat(new ZoneGraph(northFirst).route("a", "d").boundaryNames()).containsExactly("NORTH", "NORTH2");
    }

    @Test
    void zonesThatNoFirewallJoinsCrossAnImplicitBoundaryNamedAfterThem() {
        Design design = design(List.of("a", "b"));

        Route there = new ZoneGraph(design).route("a", "b");
        Route back = new ZoneGraph(design).route("b", "a");

        assertThat(there.crossing()).isEqualTo(Crossing.CROSSING);
        assertThat(there.hops()).singleElement().satisfies(h -> {
            assertThat(h.boundary().implicit()).isTrue();
            assertThat(h.boundary().name()).isEqualTo("a zone / b zone boundary");
            assertThat(h.fromZoneId()).isEqualTo("a");
        });
        assertThat(back.hops().get(0).boundary()).isEqualTo(there.hops().get(0).boundary());
        assertThat(back.hops().get(0).fromZoneId()).isEqualTo("b");
    }

    @Test
    void zonesWiredToFirewallsWithoutAPathBetweenThemAreUnroutable() {
        Design design = design(List.of("a", "b", "c", "d"), fw("f1", "a", "b"), fw("f2", "c", "d"));

        assertThat(new ZoneGraph(design).route("a", "d")).isEqualTo(Route.UNROUTABLE);
    }

    @Test
    void sameZoneNeedsNoFirewallAndMissingZoneIsUnzoned() {
        Design design = design(List.of("a", "b"), fw("f1", "a", "b"));
        ZoneGraph graph = new ZoneGraph(design);

        assertThat(graph.route("a", "a")).isEqualTo(Route.SAME_ZONE);
        assertThat(graph.route(null, "a")).isEqualTo(Route.UNZONED);
        assertThat(graph.route("a", null)).isEqualTo(Route.UNZONED);
    }
}
