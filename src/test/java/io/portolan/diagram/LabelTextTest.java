package io.portolan.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.Crossing;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelTextTest {

    private static double width(String text) {
        return text.length() * 6.5;
    }

    @Test
    void aShortPortListStaysOnOneLine() {
        assertThat(LabelText.wrap("TCP 443 | UDP 443", 210, LabelTextTest::width)).containsExactly("TCP 443 | UDP 443");
    }

    @Test
    void aLongPortListWrapsBetweenProtocolsBeforeItWrapsBetweenPorts() {
        List<String> lines = LabelText.wrap("TCP 53, 88, 389, 3268 | UDP 53, 88, 389", 210, LabelTextTest::width);

        assertThat(lines).containsExactly("TCP 53, 88, 389, 3268", "| UDP 53, 88, 389");
    }

    @Test
    void aPortListLongerThanALineWrapsAfterCommasAndLosesNoPort() {
        String ports = "TCP 53, 88, 135, 389, 445, 464, 636, 3268-3269, 5985-5986, 9389, 49152-65535";

        List<String> lines = LabelText.wrap(ports, 120, LabelTextTest::width);

        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(120));
        assertThat(String.join(" ", lines)).isEqualTo(ports).doesNotContain("\u2026");
    }

    @Test
    void aCrossingEdgeNamesItsFirewallsInOrderUnderItsPorts() {
        List<LabelLine> lines = LabelText.lines("TCP 443", null, Crossing.CROSSING, List.of("Edge", "Internal"), 1, 0);

        assertThat(lines).extracting(LabelLine::text).containsExactly("TCP 443", "via Edge \u203a Internal");
    }

    @Test
    void aTwoWayEdgeWithDifferentPortsShowsEachWayWithItsArrow() {
        List<LabelLine> lines = LabelText.lines("TCP 80", "TCP 443", Crossing.SAME_ZONE, List.of(), -10, 0);

        assertThat(lines).extracting(LabelLine::text).containsExactly("\u2190 TCP 80", "\u2192 TCP 443");
    }
}
