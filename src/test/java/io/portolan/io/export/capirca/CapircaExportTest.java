package io.portolan.io.export.capirca;

import static io.portolan.io.export.capirca.CapircaDesigns.builder;
import static io.portolan.io.export.capirca.CapircaDesigns.objects;
import static io.portolan.io.export.objects.PlainDesigns.analyse;
import static io.portolan.io.export.objects.PlainDesigns.flow;
import static io.portolan.io.export.objects.PlainDesigns.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.OutputFileException;
import io.portolan.model.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapircaExportTest {

    @TempDir
    Path folder;

    private CapircaResult export(FlowAnalysis analysis, List<Platform> platforms, Path target) throws Exception {
        return CapircaExport.export(analysis, objects(analysis), CapircaOptions.policiesOnly(platforms), target);
    }

    private CapircaResult export(List<Platform> platforms) throws Exception {
        return export(analyse(builder().build()), platforms, folder.resolve("capirca"));
    }

    private String read(String relative) throws IOException {
        return Files.readString(folder.resolve("capirca").resolve(relative));
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void eachFirewallWithRulesGetsAPolicyBesideTheSharedDefinitionsAndAReadme() throws Exception {
        CapircaResult result = export(List.of(Platform.PALOALTO));

        assertThat(result.policies()).containsExactly("policies/pol/edge.pol", "policies/pol/inner.pol");
        assertThat(contents(folder.resolve("capirca")).keySet()).containsExactlyInAnyOrder("README.md", "def/NETWORK.net",
                "def/SERVICES.svc", "policies/pol/edge.pol", "policies/pol/inner.pol", "policies/includes/edge/inet-dmz.inc",
                "policies/includes/inner/dmz-lan.inc");
        assertThat(result.terms()).isEqualTo(3);
        assertThat(result.rendered()).isFalse();
    }

    @Test
    void aZoneFirewallGetsAHeaderPerPairOfZonesIncludingItsTerms() throws Exception {
        export(List.of(Platform.PALOALTO, Platform.SRX));

        assertThat(read("policies/pol/inner.pol")).contains("""
                header {
                  comment:: "inner: from DMZ to LAN"
                  target:: paloalto from-zone DMZ to-zone LAN inet
                  target:: srx from-zone DMZ to-zone LAN inet
                }
                #include 'includes/inner/dmz-lan.inc'
                """);
    }

    @Test
    void aTermNamesItsObjectsAndCarriesTheRuleNumberAndPurpose() throws Exception {
        export(List.of(Platform.PALOALTO));

        assertThat(read("policies/includes/inner/dmz-lan.inc")).contains("""
                term r2 {
                  comment:: "Request rule 2"
                  comment:: "Purpose of c2"
                  comment:: "Reference: added by hand in the design"
                  source-address:: GW
                  destination-address:: APP
                  destination-port:: TCP_1494_2598
                  protocol:: tcp
                  action:: accept
                }
                """);
    }

    @Test
    void theDefinitionsHoldEveryObjectWithRangesAsCidrBlocks() throws Exception {
        export(List.of(Platform.PALOALTO));

        assertThat(read("def/NETWORK.net")).contains("GW = 172.16.1.10/32  # gw (dmz)\n", "APP = APP_1  # app (lan)\n      APP_2\n",
                "APP_1 = 10.1.0.10/32", "USERS = 0.0.0.0/0", "LAN_NET = 10.1.0.0/16  # lan (zone)");
        assertThat(read("def/SERVICES.svc")).contains("TCP_443 = 443/tcp\n", "TCP_1494_2598 = TCP_1494  # TCP 1494, 2598\n"
                + "                TCP_2598\n", "TCP_1494 = 1494/tcp\n");
    }

    @Test
    void interfaceAccessListsGetAHeaderPerZoneTheTrafficEntersFrom() throws Exception {
        export(List.of(Platform.IOS, Platform.JUNIPER));

        assertThat(read("policies/pol/inner.pol")).contains("""
                  target:: cisco DMZ_IN extended
                  target:: juniper DMZ_IN inet
                }
                #include 'includes/inner/dmz-lan.inc'
                """);
    }

    @Test
    void ciscoAsaGetsPolicyFilesOfItsOwnWhenOtherPlatformsAreChosen() throws Exception {
        CapircaResult result = export(List.of(Platform.ASA, Platform.PALOALTO));

        assertThat(result.policies()).contains("policies/asa/pol/inner.pol");
        assertThat(read("policies/asa/pol/inner.pol")).contains("target:: ciscoasa DMZ_IN\n").doesNotContain("paloalto");
        assertThat(read("policies/pol/inner.pol")).doesNotContain("ciscoasa");
    }

    @Test
    void nftablesTermsNameEverySourcePortSoThatCapircaKeepsTheirDestinationPorts() throws Exception {
        export(List.of(Platform.NFTABLES));

        assertThat(read("policies/pol/inner.pol")).contains("target:: nftables inet input\n}\n"
                + "#include 'includes/inner/nftables/dmz-lan.inc'\n");
        assertThat(read("policies/includes/inner/nftables/dmz-lan.inc")).contains("  source-port:: ANY_SOURCE_PORT\n"
                + "  destination-port:: TCP_1494_2598\n");
        assertThat(read("def/SERVICES.svc")).contains("ANY_SOURCE_PORT = 0-65535/tcp");
    }

    @Test
    void theReadmeListsTheRulesLeftOutAndWhy() throws Exception {
        CapircaResult result = export(List.of(Platform.PALOALTO));

        String readme = read("README.md");
        assertThat(readme).contains("- Rule 4: app -> saas, TCP 443 (lan / cloud boundary)")
                .contains("- Rule 5: gw -> iso, TCP 22: no chain of firewalls joins the zones")
                .contains("aclgen --base_directory=policies --definitions_directory=def --output_directory=out");
        assertThat(result.leftOut()).isEqualTo(2);
    }

    @Test
    void aRuleToAnEndWithoutAnAddressIsListedWithWhatToDo() throws Exception {
        FlowAnalysis analysis = analyse(builder().firewall("cloud-fw", "lan", "cloud").build());

        export(analysis, List.of(Platform.PALOALTO), folder.resolve("capirca"));

        assertThat(read("README.md")).contains("- Rule 4: app -> saas, TCP 443 on cloud-fw: saas (destination) has no address;"
                + " give it an address in the design");
    }

    @Test
    void theSameDesignGivesTheSameFiles() throws Exception {
        FlowAnalysis analysis = analyse(builder().build());
        export(analysis, List.of(Platform.values()), folder.resolve("one"));
        export(analysis, List.of(Platform.values()), folder.resolve("two"));

        assertThat(contents(folder.resolve("one"))).isEqualTo(contents(folder.resolve("two")));
    }

    @Test
    void aProtocolPaloAltoCannotWriteIsAnErrorNamingTheRuleAndNothingIsWritten() throws Exception {
        FlowAnalysis analysis = analyse(builder().custom(flow("c6", "gw", "app", Protocol.IP)).build());

        assertThatThrownBy(() -> export(analysis, List.of(Platform.SRX, Platform.PALOALTO), folder.resolve("capirca")))
                .isInstanceOf(CapircaException.class)
                .hasMessage("rule 4 on inner (GW -> APP, IP 112): Capirca's Palo Alto generator does not write the protocol vrrp"
                        + " (it writes ah, esp, gre, icmp, icmpv6, igmp, sctp, tcp, udp); leave paloalto out of the platforms");
        assertThat(folder.resolve("capirca")).doesNotExist();
    }

    @Test
    void anIpv6RuleIsAnErrorForCiscoAsaWhichWritesIpv4Only() throws Exception {
        FlowAnalysis analysis = analyse(node(node(builder(), "gw6", "dmz", "2001:db8:1::10"), "app6", "lan", "2001:db8:2::10")
                .custom(flow("c6", "gw6", "app6", Protocol.TCP, 443)).build());

        assertThatThrownBy(() -> export(analysis, List.of(Platform.ASA), folder.resolve("capirca")))
                .isInstanceOf(CapircaException.class).hasMessageContaining("(GW6 -> APP6, TCP 443): Capirca's Cisco ASA generator"
                        + " writes IPv4 rules only");
        export(analysis, List.of(Platform.PALOALTO), folder.resolve("capirca"));
        assertThat(read("policies/pol/inner.pol")).contains("target:: paloalto from-zone DMZ to-zone LAN mixed");
    }

    @Test
    void aFolderThatHoldsFilesIsKeptUnlessReplacing() throws Exception {
        FlowAnalysis analysis = analyse(builder().build());
        Path target = Files.createDirectories(folder.resolve("capirca"));
        Files.writeString(target.resolve("mine.txt"), "keep");

        assertThatThrownBy(() -> export(analysis, List.of(Platform.SRX), target)).isInstanceOf(OutputFileException.class)
                .hasMessageContaining("not empty");
        CapircaExport.export(analysis, objects(analysis), new CapircaOptions(List.of(Platform.SRX), true, null, null), target);
        assertThat(target.resolve("mine.txt")).doesNotExist();
        assertThat(target.resolve("policies/pol/inner.pol")).exists();
    }

    @Test
    void twoFirewallsWhosePolicyFilesWouldShareANameAreAnError() throws Exception {
        FlowAnalysis analysis = analyse(node(builder(), "api", "cloud", "198.51.100.7").firewall("Inner", "lan", "cloud")
                .custom(flow("c6", "app", "api", Protocol.TCP, 8443)).build());

        assertThatThrownBy(() -> export(analysis, List.of(Platform.SRX), folder.resolve("capirca")))
                .isInstanceOf(CapircaException.class).hasMessage("the firewalls 'inner' and 'Inner' would both write"
                        + " policies/pol/inner.pol; rename one of them");
    }
}
