package io.portolan.io.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.Bounds;
import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class GeometryTest {

    @Test
    void firewallLinksToTheNearestPointOfAZonesBorder() {
        Bounds zone = new Bounds(0, 0, 100, 50);
        assertThat(Geometry.nearestOnBorder(zone, 150, 25)).isEqualTo(new Point2D.Double(100, 25));
        assertThat(Geometry.nearestOnBorder(zone, 10, 25)).isEqualTo(new Point2D.Double(0, 25));
        assertThat(Geometry.nearestOnBorder(zone, 50, 45)).isEqualTo(new Point2D.Double(50, 50));
    }
}
