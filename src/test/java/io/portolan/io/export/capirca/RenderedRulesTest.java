package io.portolan.io.export.capirca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.export.objects.ObjectNaming;
import io.portolan.io.export.objects.FirewallObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the platforms' configurations permit for a design whose rules are written down here (CapircaDesigns): users
 * reach the gateway on TCP 443 through the edge; the gateway reaches the two application servers on TCP 1494 and
 * 2598 and UDP 443 through the inner firewall; nothing else. Each configuration permits exactly these rules.
 */
class RenderedRulesTest {

    @TempDir
    static Path folder;

    private static Path out;

    @BeforeAll
    static void render() throws Exception {
        Optional<Aclgen> aclgen = Aclgen.find();
        assumeTrue(aclgen.isPresent(), () -> "aclgen is not on the PATH, so Capirca's own output is not checked: "
                + Aclgen.HOW_TO_INSTALL + " (.ci/run installs it)");
        FlowAnalysis analysis = io.portolan.io.export.objects.PlainDesigns.analyse(CapircaDesigns.builder().build());
        FirewallObjects objects = FirewallObjects.of(analysis.rules(false), analysis.design(), ObjectNaming.DEFAULT);
        CapircaExport.export(analysis, objects, new CapircaOptions(List.of(Platform.ASA, Platform.PALOALTO, Platform.SRX,
                Platform.NFTABLES), false, aclgen.get(), Duration.ofMinutes(5)), folder.resolve("capirca"));
        out = folder.resolve("capirca/out");
    }

    @Test
    void ciscoAsaPermitsTheNamedRulesAndNothingElse() throws Exception {
        assertThat(RenderedConfigurations.asaPermits(out.resolve("asa/edge.asa")))
                .containsExactly("access-list INET_IN extended permit tcp 0.0.0.0 0.0.0.0 host 172.16.1.10 eq https");
        assertThat(RenderedConfigurations.asaPermits(out.resolve("asa/inner.asa"))).containsExactlyInAnyOrder(
                "access-list DMZ_IN extended permit tcp host 172.16.1.10 host 10.1.0.10 eq citrix-ica",
                "access-list DMZ_IN extended permit tcp host 172.16.1.10 host 10.1.0.10 eq 2598",
                "access-list DMZ_IN extended permit tcp host 172.16.1.10 host 10.1.0.11 eq citrix-ica",
                "access-list DMZ_IN extended permit tcp host 172.16.1.10 host 10.1.0.11 eq 2598",
                "access-list DMZ_IN extended permit udp host 172.16.1.10 host 10.1.0.10 eq 443",
                "access-list DMZ_IN extended permit udp host 172.16.1.10 host 10.1.0.11 eq 443");
    }

    @Test
    void paloAltoPermitsTheNamedRulesBetweenTheirZonesAndNothingElse() throws Exception {
        assertThat(RenderedConfigurations.paloAltoRules(out.resolve("edge.xml")))
                .containsExactly("r1 [INET]>[DMZ] [0.0.0.0/0] -> [172.16.1.10/32] [tcp 443] [any]");
        assertThat(RenderedConfigurations.paloAltoRules(out.resolve("inner.xml"))).containsExactly(
                "r2 [DMZ]>[LAN] [172.16.1.10/32] -> [10.1.0.10/32,10.1.0.11/32] [tcp 1494,2598] [any]",
                "r3 [DMZ]>[LAN] [172.16.1.10/32] -> [10.1.0.10/32,10.1.0.11/32] [udp 443] [any]");
    }

    @Test
    void juniperSrxPermitsTheNamedRulesBetweenTheirZonesWithTheirPortsOnly() throws Exception {
        String srx = Files.readString(out.resolve("inner.srx"));

        assertThat(srx).contains("address APP_0 10.1.0.10/31;", "address GW_0 172.16.1.10/32;", "from-zone DMZ to-zone LAN {")
                .contains("term t1 protocol tcp destination-port 1494;", "term t2 protocol tcp destination-port 2598;",
                        "term t1 protocol udp destination-port 443;");
        assertThat(srx.lines().filter(l -> l.strip().startsWith("policy "))).containsExactly("            policy r2 {",
                "            policy r3 {");
        assertThat(srx.lines().filter(l -> l.contains(" term t"))).allMatch(l -> l.contains("destination-port"));
        assertThat(srx.lines().filter(l -> l.contains("source-address ["))).allMatch(l -> l.contains("[ GW ]"));
    }

    @Test
    void nftablesRulesKeepTheirDestinationPortsBecauseTheyNameEverySourcePort() throws Exception {
        assertThat(RenderedConfigurations.nftablesRules(out.resolve("inner.nft"))).containsExactly(
                "ip saddr 172.16.1.10/32 ip daddr { 10.1.0.10/32, 10.1.0.11/32 } tcp sport 0-65535 tcp dport { 1494, 2598 }"
                        + " ct state new accept",
                "ip saddr 172.16.1.10/32 ip daddr { 10.1.0.10/32, 10.1.0.11/32 } udp sport 0-65535 udp dport 443 ct state new accept");
    }
}
