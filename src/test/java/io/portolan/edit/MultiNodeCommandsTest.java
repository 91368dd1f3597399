package io.portolan.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Edits of several nodes at once: a compound of steps, and moving nodes into a zone. */
class MultiNodeCommandsTest {

    private final Design start = TestDesigns.threeZones();

    @Test
    void aCompoundAppliesEveryStepAsOneEditAndOneUndoStep() {
        History history = new History(start);
        Command both = new Compound("Set count of 2 nodes", List.of(EditNode.count("gw", 4), EditNode.count("sf", 4)));

        history.execute(both);

        assertThat(history.current().node("gw").orElseThrow().count()).isEqualTo(4);
        assertThat(history.current().node("sf").orElseThrow().count()).isEqualTo(4);
        assertThat(history.undoDescription()).hasValue("Set count of 2 nodes");
        history.undo();
        assertThat(history.current()).isEqualTo(start);
        assertThat(history.undoDescription()).isEmpty();
    }

    @Test
    void movingANodeToAnotherZonePlacesItInsideThatZoneAndKeepsTheOthers() {
        Design moved = MoveToZone.of(start, Set.of("gw"), "lan").apply(start);

        Node gateway = moved.node("gw").orElseThrow();
        assertThat(gateway.zoneId()).isEqualTo("lan");
        assertThat(TestDesigns.INTERNAL.bounds().contains(gateway.position())).isTrue();
        assertThat(moved.zoneAt(gateway.position()).map(Zone::id)).hasValue("lan");
        assertThat(moved.node("sf")).isEqualTo(start.node("sf"));
        assertClear(gateway, moved.node("sf").orElseThrow());
        assertThat(MoveToZone.of(start, Set.of("gw"), "lan").description()).isEqualTo("Move Gateway to Internal");
    }

    @Test
    void nodesAlreadyInTheZoneStayWhereTheyAre() {
        MoveToZone move = MoveToZone.of(start, Set.of("gw", "sf"), "lan");

        Design moved = move.apply(start);

        assertThat(moved.node("sf")).isEqualTo(start.node("sf"));
        assertThat(moved.node("gw").orElseThrow().zoneId()).isEqualTo("lan");
        assertThat(move.description()).isEqualTo("Move 2 nodes to Internal");
        assertThat(MoveToZone.of(start, Set.of("sf"), "lan").apply(start)).isEqualTo(start);
    }

    @Test
    void aZoneDrawnInsideTheTargetIsNotWhereTheNodeLands() {
        Zone inner = new Zone("vault", "Vault", ZoneKind.CUSTOM, List.of(), new Bounds(0, 540, 600, 200));
        Design nested = start.withZone(inner);

        Node gateway = MoveToZone.of(nested, Set.of("gw"), "lan").apply(nested).node("gw").orElseThrow();

        assertThat(nested.zoneAt(gateway.position()).map(Zone::id)).hasValue("lan");
    }

    @Test
    void anUnknownZoneIsRefused() {
        assertThatThrownBy(() -> MoveToZone.of(start, Set.of("gw"), "nowhere")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere");
    }

    @Property(tries = 40)
    void everyNodeMovedIntoAZoneWithRoomLandsInItOnItsOwnSpot(@ForAll @IntRange(min = 1, max = 12) int count) {
        Zone wide = new Zone("wide", "Wide", ZoneKind.INTERNAL, List.of(), new Bounds(700, 0, 1200, 900));
        Design design = start.withZone(wide);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Node node = new Node("n" + i, "citrix.vda", "VDA " + i, "", "", "dmz", new Point(20 + 10 * i, 300), List.of(), 1);
            design = design.withNode(node);
            ids.add(node.id());
        }

        Design moved = MoveToZone.of(design, Set.copyOf(ids), "wide").apply(design);

        List<Node> placed = moved.nodesIn("wide");
        assertThat(placed).hasSize(count);
        for (int i = 0; i < placed.size(); i++) {
            assertThat(wide.bounds().contains(placed.get(i).position())).isTrue();
            for (int j = i + 1; j < placed.size(); j++) {
                assertClear(placed.get(i), placed.get(j));
            }
        }
    }

    private static void assertClear(Node a, Node b) {
        assertThat(Math.abs(a.position().x() - b.position().x()) >= MoveToZone.CLEAR_X
                || Math.abs(a.position().y() - b.position().y()) >= MoveToZone.CLEAR_Y)
                .as("%s at %s and %s at %s", a.name(), a.position(), b.name(), b.position()).isTrue();
    }
}
