package io.portolan.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.Templates;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Where a pasted or keyboard-added node lands. */
class FreeSpaceTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    static Stream<String> templates() {
        return Templates.list().stream().map(Templates.Template::name);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aCopyOfEachNodeLandsInTheOriginalsZoneWhereItCoversNoNodeNameOrFirewall(String name) throws Exception {
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(Templates.load(name, CATALOG));
        FreeSpace space = new FreeSpace(analysis);
        for (Node node : analysis.design().nodes()) {
            Point offset = space.offset(List.of(node.position()), 40, 40);
            Point at = node.position().translate(offset.x(), offset.y());

            if (anyClearSpotIn(space, analysis.design().zone(node.zoneId()).orElseThrow().bounds())) {
                assertThat(space.clear(at)).as(name + ": a copy of " + node.name()).isTrue();
                assertThat(FreeSpace.room(at).intersects(FreeSpace.room(node.position()))).isFalse();
            }
            assertThat(analysis.design().zoneAt(at).map(z -> z.id()).orElse(null)).isEqualTo(node.zoneId());
        }
    }

    /** Whether some grid point of the zone takes a node that covers no node, name or firewall, found by trying them all. */
    private static boolean anyClearSpotIn(FreeSpace space, Bounds zone) {
        for (double x = zone.x(); x <= zone.x() + zone.width(); x += FreeSpace.STEP) {
            for (double y = zone.y(); y <= zone.y() + zone.height(); y += FreeSpace.STEP) {
                Box room = FreeSpace.room(new Point(x, y));
                boolean inside = room.x() >= zone.x() && room.y() >= zone.y() && room.maxX() <= zone.x() + zone.width()
                        && room.maxY() <= zone.y() + zone.height();
                if (inside && space.clear(new Point(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aCopyInAZoneWithRoomCoversNoEdgeEither() {
        Zone lan = new Zone("lan", "LAN", ZoneKind.INTERNAL, List.of(), new Bounds(0, 0, 1200, 800));
        Node storefront = new Node("sf", "citrix.storefront", "StoreFront", "", "", "lan", new Point(200, 200), List.of(), 1);
        Node ddc = new Node("ddc", "citrix.ddc", "Delivery Controller", "", "", "lan", new Point(260, 420), List.of(), 1);
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(new Design(List.of(lan), List.of(), List.of(storefront, ddc),
                FlowOverrides.NONE, RequestInfo.EMPTY));
        FreeSpace space = new FreeSpace(analysis);

        Point offset = space.offset(List.of(storefront.position()), 40, 40);
        Point at = storefront.position().translate(offset.x(), offset.y());

        assertThat(space.free(storefront.position().translate(40, 40))).isFalse();
        assertThat(space.free(at)).isTrue();
        assertThat(Math.hypot(offset.x() - 40, offset.y() - 40)).isLessThan(200);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aNodeMeantForAPlaceOnAnEdgeLandsBesideIt(String name) throws Exception {
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(Templates.load(name, CATALOG));
        Node a = analysis.byNodePair().stream().filter(p -> p.source().zoneId() != null
                && p.source().zoneId().equals(p.destination().zoneId())).findFirst().orElseThrow().source();
        Node b = analysis.byNodePair().stream().filter(p -> p.source() == a && p.destination().zoneId().equals(a.zoneId()))
                .findFirst().orElseThrow().destination();
        Point onTheEdge = new Point((a.position().x() + b.position().x()) / 2, (a.position().y() + b.position().y()) / 2);
        FreeSpace space = new FreeSpace(analysis);

        Point at = space.near(onTheEdge);

        assertThat(space.free(onTheEdge)).isFalse();
        assertThat(space.clear(at)).isTrue();
        assertThat(analysis.design().zoneAt(at).orElseThrow().id()).isEqualTo(a.zoneId());
    }
}
