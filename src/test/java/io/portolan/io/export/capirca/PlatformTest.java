package io.portolan.io.export.capirca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void aListNamesPlatformsByTheirIdOrCapircasGeneratorEachOnce() {
        assertThat(Platform.parseList("asa, PaloAlto,srx,nftables,ciscoasa")).containsExactly(Platform.ASA, Platform.PALOALTO,
                Platform.SRX, Platform.NFTABLES);
        assertThat(Platform.parseList("packetfilter,cisco")).containsExactly(Platform.PF, Platform.IOS);
    }

    @Test
    void anUnknownPlatformIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> Platform.parseList("asa,checkpoint")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'checkpoint' is not a platform Portolan writes for; choose from " + Platform.ids());
    }

    @Test
    void aListReadsBackFromItsText() {
        List<Platform> all = List.of(Platform.values());

        assertThat(Platform.parseList(Platform.join(all))).isEqualTo(all);
    }

    @Test
    void eachPlatformsHeaderTargetSaysWhatCapircaExpects() {
        assertThat(Platform.ASA.target("DMZ_IN", null, null, "inet")).isEqualTo("ciscoasa DMZ_IN");
        assertThat(Platform.IOS.target("DMZ_IN", null, null, "inet")).isEqualTo("cisco DMZ_IN extended");
        assertThat(Platform.IOS.target("DMZ_IN", null, null, "mixed")).isEqualTo("cisco DMZ_IN mixed");
        assertThat(Platform.PALOALTO.target(null, "DMZ", "LAN", "inet6")).isEqualTo("paloalto from-zone DMZ to-zone LAN inet6");
        assertThat(Platform.NFTABLES.target("EDGE", null, null, "mixed")).isEqualTo("nftables mixed input");
        assertThat(Platform.IPTABLES.target("FORWARD", null, null, "inet")).isEqualTo("iptables FORWARD DROP inet");
    }
}
