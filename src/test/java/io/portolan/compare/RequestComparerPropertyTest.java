package io.portolan.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FlowEngine;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.testing.DesignArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RequestComparerPropertyTest {

    private static final FlowEngine ENGINE = new FlowEngine(DesignArbitraries.CATALOG);

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @Property(tries = 60)
    void aDesignComparedWithItselfHasNoChange(@ForAll("designs") Design design) {
        RequestDelta delta = RequestComparer.compare(ENGINE.analyze(design), ENGINE.analyze(design), false);

        assertThat(delta.changed()).isFalse();
        assertThat(delta.unchanged()).isEqualTo(ENGINE.analyze(design).rules().size());
    }

    @Property(tries = 60)
    void renamingAndMovingEveryNodeChangesNoRule(@ForAll("designs") Design design) {
        List<Node> moved = new ArrayList<>();
        for (Node node : design.nodes()) {
            moved.add(node.withName(node.name() + " (renamed)").withPosition(new Point(node.position().x() + 7, node.position().y())));
        }
        Collections.reverse(moved);
        Design after = new Design(design.zones(), design.firewalls(), moved, design.overrides(), design.request());

        assertThat(RequestComparer.compare(ENGINE.analyze(design), ENGINE.analyze(after), true).changed()).isFalse();
    }
}
