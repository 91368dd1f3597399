package io.portolan.io.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the Diagram sheet puts a port label. */
class EdgeLabelsTest {

    @Test
    void aLabelOnALongFreeEdgeSitsInItsMiddle() {
        EdgeLabels labels = new EdgeLabels();

        Rectangle2D box = labels.place(new Point2D.Double(0, 100), new Point2D.Double(400, 100), 80, 20, new ArrayList<>());

        assertThat(box.getCenterX()).isEqualTo(200);
        assertThat(box.getCenterY()).isEqualTo(100);
    }

    @Test
    void aLabelOnAShortEdgeBetweenTwoCloseNodesGoesBesideItRatherThanOverTheirText() {
        Rectangle2D left = new Rectangle2D.Double(0, 80, 120, 40);
        Rectangle2D right = new Rectangle2D.Double(140, 80, 120, 40);
        EdgeLabels labels = new EdgeLabels();
        labels.avoid(left);
        labels.avoid(right);

        Rectangle2D box = labels.place(new Point2D.Double(120, 100), new Point2D.Double(140, 100), 90, 24,
                new ArrayList<>(List.of(left, right)));

        assertThat(box.intersects(left)).isFalse();
        assertThat(box.intersects(right)).isFalse();
        assertThat(Math.abs(box.getCenterY() - 100)).as("stays near its edge").isLessThanOrEqualTo(2.4 * 24);
    }

    @Test
    void nearSpotsAreAllTriedBeforeAnyFarOne() {
        List<Rectangle2D> spots = EdgeLabels.candidates(new Point2D.Double(0, 0), new Point2D.Double(100, 0), 40, 10);

        List<Double> offsets = spots.stream().map(r -> Math.abs(r.getCenterY())).toList();
        int firstFar = offsets.indexOf(offsets.stream().filter(o -> o > 8.0001).findFirst().orElseThrow());
        assertThat(offsets.subList(0, firstFar)).allMatch(o -> o <= 8.0001);
        assertThat(offsets.subList(firstFar, offsets.size())).allMatch(o -> o > 8.0001);
    }
}
