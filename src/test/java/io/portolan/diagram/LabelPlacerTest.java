package io.portolan.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where an edge label goes. */
class LabelPlacerTest {

    @Test
    void aLabelOnALongFreeEdgeSitsInItsMiddle() {
        Box box = new LabelPlacer().place(new double[] {0, 100, 400, 100}, 80, 20);

        assertThat(box.centreX()).isEqualTo(200);
        assertThat(box.centreY()).isEqualTo(100);
    }

    @Test
    void aLabelOnAShortEdgeBetweenTwoCloseNodesGoesBesideItRatherThanOverThem() {
        Box left = new Box(0, 80, 120, 40);
        Box right = new Box(140, 80, 120, 40);
        LabelPlacer placer = new LabelPlacer();
        placer.occupy(left);
        placer.occupy(right);

        Box box = placer.place(new double[] {120, 100, 140, 100}, 90, 24);

        assertThat(box).isNotNull();
        assertThat(box.intersects(left)).isFalse();
        assertThat(box.intersects(right)).isFalse();
    }

    @Test
    void aLabelGoesOnTheLongestStretchOfARouteThroughAFirewall() {
        double[] route = {0, 0, 60, 0, 60, 500};

        Box box = new LabelPlacer().place(route, 60, 20);

        assertThat(box.centreX()).isEqualTo(60);
        assertThat(box.centreY()).isEqualTo(250);
    }

    @Test
    void twoLabelsOfOneSpotNeverOverlap() {
        LabelPlacer placer = new LabelPlacer();
        double[] route = {0, 0, 300, 0};

        Box first = placer.place(route, 100, 30);
        Box second = placer.place(route, 100, 30);

        assertThat(first.intersects(second)).isFalse();
    }

    @Test
    void whereNoSpotIsFreeThePlacerSaysSoRatherThanCoverSomething() {
        LabelPlacer placer = new LabelPlacer();
        placer.occupy(new Box(-1000, -1000, 3000, 3000));

        assertThat(placer.place(new double[] {0, 0, 300, 0}, 100, 30)).isNull();
    }
}
