package io.portolan.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FlowEngine;
import io.portolan.io.design.Templates;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import io.portolan.testing.DesignArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Arrange > Tidy keeps what the design says: each node in its zone, the zones apart. */
class TidyTest {

    private static final FlowEngine ENGINE = new FlowEngine(DesignArbitraries.CATALOG);

    /** Random designs whose zones were dragged about: overlapping, nested, away from their nodes. */
    @Provide
    Arbitrary<Design> messyDesigns() {
        return DesignArbitraries.designs().flatMap(design -> Arbitraries.doubles().between(-400, 400).list()
                .ofSize(design.zones().size() * 2).map(shifts -> {
                    Design messy = design;
                    for (int i = 0; i < design.zones().size(); i++) {
                        Zone zone = design.zones().get(i);
                        messy = messy.withZone(zone.withBounds(zone.bounds().translate(shifts.get(2 * i), shifts.get(2 * i + 1))));
                    }
                    return messy;
                }));
    }

    private static Design tidied(Design design) {
        Arrangement arrangement = Tidy.arrange(ENGINE.analyze(design));
        return new io.portolan.edit.Rearrange(arrangement.nodes(), arrangement.zones(), arrangement.firewalls(), "Tidy")
                .apply(design);
    }

    @Property(tries = 60)
    void tidyKeepsEveryNodeInsideItsZoneAndNoTwoZonesOverlap(@ForAll("messyDesigns") Design design) {
        Design tidied = tidied(design);

        assertThat(tidied.nodes()).extracting(Node::zoneId).isEqualTo(design.nodes().stream().map(Node::zoneId).toList());
        for (Node node : tidied.nodes()) {
            Bounds room = TidyCheck.room(node.position());
            assertThat(tidied.zoneAt(node.position()).map(Zone::id).orElse(null)).as(node.id()).isEqualTo(node.zoneId());
            if (node.zoneId() != null) {
                Bounds zone = tidied.zone(node.zoneId()).orElseThrow().bounds();
                assertThat(room.x()).isGreaterThanOrEqualTo(zone.x());
                assertThat(room.y()).isGreaterThanOrEqualTo(zone.y());
                assertThat(room.x() + room.width()).isLessThanOrEqualTo(zone.x() + zone.width());
                assertThat(room.y() + room.height()).isLessThanOrEqualTo(zone.y() + zone.height());
            }
        }
        List<Zone> zones = new ArrayList<>(tidied.zones());
        for (int i = 0; i < zones.size(); i++) {
            for (int j = i + 1; j < zones.size(); j++) {
                Bounds a = zones.get(i).bounds();
                Bounds b = zones.get(j).bounds();
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y()
                        || b.y() + b.height() <= a.y();
                assertThat(apart).as(zones.get(i).id() + " and " + zones.get(j).id()).isTrue();
            }
        }
    }

    @Test
    void tidyingATemplateKeepsItsFlowsAndPutsEachFirewallBetweenTheZonesItJoins() throws Exception {
        Design design = Templates.load(Templates.DEFAULT, DesignArbitraries.CATALOG);

        Design tidied = tidied(design);

        assertThat(ENGINE.analyze(tidied).flows()).hasSameSizeAs(ENGINE.analyze(design).flows());
        for (var firewall : tidied.firewalls()) {
            Bounds a = tidied.zone(firewall.zoneIds().get(0)).orElseThrow().bounds();
            Bounds b = tidied.zone(firewall.zoneIds().get(1)).orElseThrow().bounds();
            double x = firewall.position().x();
            assertThat(x).as(firewall.name()).isBetween(Math.min(a.x() + a.width(), b.x() + b.width()),
                    Math.max(a.x(), b.x()));
        }
    }
}
