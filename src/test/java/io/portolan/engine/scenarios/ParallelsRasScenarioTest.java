package io.portolan.engine.scenarios;

import static io.portolan.engine.scenarios.Scenario.assertFlow;
import static io.portolan.engine.scenarios.Scenario.assertNoFlow;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.Flow;
import io.portolan.model.Design;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;
import io.portolan.testing.FlowFinder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenario S2, Parallels RAS, not a template: internet users reach a pair of HALB appliances (virtual address
 * 172.16.20.10, members .11 and .12) balancing TCP and UDP to two Secure Client Gateways in the DMZ; Publishing
 * Agents, RD Session Hosts, a VDI agent, a RADIUS second-level authentication server and the domain controllers
 * sit in the RAS servers zone; 50 VDI desktops with guest agents in their own zone behind a second firewall; the
 * RAS Console in the management zone. Variants: push installation on (S2b), an HTTP-based 2FA server (S2c), a
 * HALB that does not balance UDP (S2d).
 *
 * <p>Seed lines ({@code 001:24}) are lines of {@code shared/seeds/001_*.txt}. Paths name the firewalls by id with
 * the zones they are passed from and to.
 */
class ParallelsRasScenarioTest {

    private static final String HALB_MEMBERS = "172.16.20.11, 172.16.20.12";
    private static final FlowFinder FLOWS = Scenario.analyse(design().build());

    static DesignBuilder design() {
        return design(List.of("rdp-udp", "ssl"), List.of(), List.of());
    }

    static DesignBuilder design(List<String> halbFeatures, List<String> publishingAgentFeatures, List<String> mfaFeatures) {
        return DesignBuilder.design()
                .zone("internet", "Internet", ZoneKind.INTERNET, "0.0.0.0/0")
                .zone("dmz", "DMZ", ZoneKind.DMZ, "172.16.20.0/24")
                .zone("servers", "RAS servers", ZoneKind.INTERNAL, "10.30.10.0/24")
                .zone("vdi", "VDI guests", ZoneKind.INTERNAL, "10.30.40.0/24")
                .zone("mgmt", "Management", ZoneKind.MANAGEMENT, "10.99.0.0/24")
                .firewall("fw-edge", "internet", "dmz")
                .firewall("fw-internal", "dmz", "servers")
                .firewall("fw-vdi", "servers", "vdi")
                .firewall("fw-mgmt", "servers", "mgmt")
                .node("users", "parallels.client", "internet").address("0.0.0.0/0")
                .node("lic", "common.parallels-licensing", "internet")
                .node("halb", "parallels.halb", "dmz", 2, halbFeatures.toArray(String[]::new))
                .addresses("172.16.20.10", "", "", HALB_MEMBERS)
                .node("scg", "parallels.secure-gateway", "dmz", 2, "rdp-udp", "ssl").address("172.16.20.21, 172.16.20.22")
                .node("pa", "parallels.publishing-agent", "servers", 2, publishingAgentFeatures.toArray(String[]::new))
                .address("10.30.10.11, 10.30.10.12")
                .node("rdsh", "parallels.rdsh-agent", "servers", 10).address("10.30.10.31-10.30.10.40")
                .node("vdiagent", "parallels.vdi-agent", "servers").address("10.30.10.21")
                .node("mfa", "common.mfa-server", "servers", mfaFeatures.toArray(String[]::new)).address("10.30.10.41")
                .node("dc", "common.domain-controller", "servers", 2).address("10.30.10.5, 10.30.10.6")
                .node("guests", "parallels.guest-agent", "vdi", 50).address("10.30.40.11-10.30.40.60")
                .node("console", "parallels.console", "mgmt").address("10.99.0.21");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # seed or reason                          | source   | destination | service  | rule                                  | source address | destination address | path
            001:24 (to the HALB virtual address)      | users    | halb        | TCP 80   | parallels.halb.client-tcp-80          | 0.0.0.0/0      | 172.16.20.10        | fw-edge internet>dmz
            001:25 (If SSL is enabled)                | users    | halb        | TCP 443  | parallels.halb.client-tcp-443         | 0.0.0.0/0      | 172.16.20.10        | fw-edge internet>dmz
            001:10, through the HALB (implied)        | users    | halb        | UDP 80   | parallels.halb.client-udp-80          | 0.0.0.0/0      | 172.16.20.10        | fw-edge internet>dmz
            001:12, through the HALB (implied)        | users    | halb        | UDP 443  | parallels.halb.client-udp-443         | 0.0.0.0/0      | 172.16.20.10        | fw-edge internet>dmz
            001:9, forwarded by the HALB (implied)    | halb     | scg         | TCP 80   | parallels.scg.halb-tcp-80             | 172.16.20.11, 172.16.20.12 | 172.16.20.21, 172.16.20.22 | same zone
            001:11, forwarded by the HALB (implied)   | halb     | scg         | TCP 443  | parallels.scg.halb-tcp-443            | 172.16.20.11, 172.16.20.12 |            | same zone
            001:10, forwarded by the HALB (implied)   | halb     | scg         | UDP 80   | parallels.scg.halb-udp-80             | 172.16.20.11, 172.16.20.12 |            | same zone
            001:12, forwarded by the HALB (implied)   | halb     | scg         | UDP 443  | parallels.scg.halb-udp-443            | 172.16.20.11, 172.16.20.12 |            | same zone
            001:30 (VRRP between the appliances)      | halb     | halb        | IP 112   | parallels.halb.vrrp                   | 172.16.20.11, 172.16.20.12 | 172.16.20.11, 172.16.20.12 | same zone
            001:28 (to each appliance)                | pa       | halb        | TCP 31006 | parallels.halb.configuration-tcp     | 10.30.10.11, 10.30.10.12 | 172.16.20.11, 172.16.20.12 | fw-internal servers>dmz
            001:29 (to each appliance)                | pa       | halb        | UDP 31006 | parallels.halb.configuration-udp     |                | 172.16.20.11, 172.16.20.12 | fw-internal servers>dmz
            001:34                                    | scg      | pa          | TCP 20002 | parallels.pa.service-gateway         | 172.16.20.21, 172.16.20.22 |            | fw-internal dmz>servers
            001:34                                    | console  | pa          | TCP 20002 | parallels.pa.service-console         | 10.99.0.21     |                     | fw-mgmt mgmt>servers
            001:33                                    | pa       | pa          | TCP 20001 | parallels.pa.service-peers           |                |                     | same zone
            001:36                                    | pa       | pa          | TCP 20030 | parallels.pa.multiple-agents         |                |                     | same zone
            001:35                                    | rdsh     | pa          | TCP 20003 | parallels.pa.rdsh-agents             |                |                     | same zone
            001:38-39 (RADIUS kind, http off)         | pa       | mfa         | UDP 1812 | parallels.pa.second-level-auth-radius |                | 10.30.10.41         | same zone
            001:38-39                                 | pa       | mfa         | UDP 1813 | parallels.pa.second-level-auth-radius |                |                     |
            001:52-53 (RADIUS kind, http off)         | console  | mfa         | UDP 1812 | parallels.console.second-level-auth-radius |           |                     | fw-mgmt mgmt>servers
            001:52-53                                 | console  | mfa         | UDP 1813 | parallels.console.second-level-auth-radius |           |                     |
            001:40, 001:45-48                         | pa       | lic         | TCP 443  | parallels.pa.licensing                |                |                     | fw-internal servers>dmz, fw-edge dmz>internet
            001:58 (the gateway tunnels RDP)          | scg      | rdsh        | TCP 3389 | parallels.rdsh.gateway-rdp-tcp        |                |                     | fw-internal dmz>servers
            001:59                                    | scg      | rdsh        | UDP 3389 | parallels.rdsh.gateway-rdp-udp        |                |                     | fw-internal dmz>servers
            001:60                                    | pa       | rdsh        | TCP 30004 | parallels.rdsh.agent-tcp             |                |                     | same zone
            001:61                                    | pa       | rdsh        | UDP 30004 | parallels.rdsh.check-agent           |                |                     | same zone
            001:66                                    | pa       | vdiagent    | TCP 30006 | parallels.vdi.agent-tcp-30006        |                |                     | same zone
            001:67                                    | pa       | vdiagent    | UDP 30006 | parallels.vdi.agent-udp-30006        |                |                     | same zone
            001:68                                    | pa       | vdiagent    | TCP 30007 | parallels.vdi.agent-tcp-30007        |                |                     | same zone
            001:69                                    | pa       | vdiagent    | TCP 30009 | parallels.vdi.agent-tcp-30009        |                |                     | same zone
            001:66 (source: the guest agents)         | guests   | vdiagent    | TCP 30006 | parallels.vdi.guest-tcp-30006        | 10.30.40.11-10.30.40.60 | 10.30.10.21 | fw-vdi vdi>servers
            001:67 (source: the guest agents)         | guests   | vdiagent    | UDP 30006 | parallels.vdi.guest-udp-30006        |                | 10.30.10.21         | fw-vdi vdi>servers
            001:82                                    | scg      | guests      | TCP 3389 | parallels.guest.gateway-rdp-tcp       |                |                     | fw-internal dmz>servers, fw-vdi servers>vdi
            001:83                                    | scg      | guests      | UDP 3389 | parallels.guest.gateway-rdp-udp       |                |                     | fw-internal dmz>servers, fw-vdi servers>vdi
            001:84                                    | pa       | guests      | UDP 30004 | parallels.guest.check-agent          |                |                     | fw-vdi servers>vdi
            """)
    void flowMustExist(String seed, String source, String destination, String service, String rule, String sourceAddress,
                       String destinationAddress, String path) {
        assertFlow(FLOWS, seed, source, destination, service, rule, sourceAddress, destinationAddress, path);
    }

    static Stream<Arguments> domainMembers() {
        return Stream.concat(Scenario.domainMemberFlows("dc", "same zone", "pa", "rdsh", "vdiagent"),
                Scenario.domainMemberFlows("dc", "fw-vdi vdi>servers", "guests"));
    }

    @ParameterizedTest(name = "implied, domain member: {0} -> {1} {2}")
    @MethodSource("domainMembers")
    void domainMembersReachTheDomainControllers(String source, String destination, String service, String rule, String path) {
        assertFlow(FLOWS, "implied: domain member", source, destination, service, rule, null, "10.30.10.5, 10.30.10.6", path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # why (seed line)                                                       | source  | destination | service   | rule
            N1 the HALB stands in for the gateways (001:9-16)                       | users   | scg         | *         | *
            N4 RADIUS kind (001:38): no UDP 80                                      | *       | mfa         | UDP 80    | *
            N4 RADIUS kind (001:38): no UDP 8080                                    | *       | mfa         | UDP 8080  | *
            N4 RADIUS kind (001:38): no TCP 80                                      | *       | mfa         | TCP 80    | *
            N4 RADIUS kind (001:52): no TCP 8080                                    | *       | mfa         | TCP 8080  | *
            N4 RADIUS kind (001:52): no TCP 1812                                    | *       | mfa         | TCP 1812  | *
            N4 RADIUS kind (001:38): no TCP 1813                                    | *       | mfa         | TCP 1813  | *
            N5 push-install off (001:3)                                             | pa      | *           | TCP 135   | *
            N5 push-install off (001:3)                                             | pa      | *           | TCP 445   | *
            N5 push-install off (001:17, 37, 63, 86)                                | pa      | *           | TCP 49179 | *
            N6 local to the host (001:62)                                           | *       | rdsh        | TCP 30005 | *
            N6 local to the host (001:85)                                           | *       | guests      | TCP 30005 | *
            N7 the gateways are not domain members                                  | scg     | dc          | *         | *
            N7 the HALB is an appliance                                             | halb    | dc          | *         | *
            N7 the 2FA server is not a domain member                                | mfa     | dc          | *         | *
            N7 the console is a client                                              | console | dc          | *         | *
            N7 the users are clients                                                | users   | dc          | *         | *
            N8 30007 serves the Publishing Agent only (001:68)                      | guests  | vdiagent    | TCP 30007 | *
            N8 30009 serves the Publishing Agent only (001:69)                      | guests  | vdiagent    | TCP 30009 | *
            N9 direct-connection off, a gateway is placed (001:58)                  | users   | rdsh        | *         | *
            N9 direct-connection off, a gateway is placed (001:82)                  | users   | guests      | *         | *
            """)
    void flowMustNotExist(String why, String source, String destination, String service, String rule) {
        assertNoFlow(FLOWS, why, source, destination, service, rule);
    }

    @Test
    void publishingAgentConfiguresEachApplianceNeverTheVirtualAddress() {
        // N3: 001:28-29 "Configuration" goes to each appliance's own address.
        assertThat(FLOWS.find("pa", "halb", "*")).hasSize(2)
                .allSatisfy(f -> assertThat(f.destinationAddress()).isEqualTo(HALB_MEMBERS));
    }

    @Test
    void usersReachOnlyTheHalbVirtualAddress() {
        // N2: clients reach the HALB VIP only, never an appliance's own address.
        assertThat(FLOWS.find("users", "*", "*")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.destinationAddress()).isEqualTo("172.16.20.10"));
    }

    @ParameterizedTest(name = "S2b {0}: pa -> {1} {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            # seed line                   | destination | service   | rule                                | path
            001:3                         | scg         | TCP 135   | parallels.all.remote-agent-push     | fw-internal servers>dmz
            001:3                         | scg         | TCP 445   | parallels.all.remote-agent-push     | fw-internal servers>dmz
            001:17                        | scg         | TCP 49179 | parallels.scg.remote-install        | fw-internal servers>dmz
            001:3                         | pa          | TCP 135   | parallels.all.remote-agent-push     | same zone
            001:37                        | pa          | TCP 49179 | parallels.pa.remote-install         | same zone
            001:3                         | rdsh        | TCP 445   | parallels.all.remote-agent-push     | same zone
            001:63                        | rdsh        | TCP 49179 | parallels.rdsh.remote-install       | same zone
            001:3                         | vdiagent    | TCP 135   | parallels.all.remote-agent-push     | same zone
            001:3                         | guests      | TCP 445   | parallels.all.remote-agent-push     | fw-vdi servers>vdi
            001:86                        | guests      | TCP 49179 | parallels.guest.remote-install      | fw-vdi servers>vdi
            """)
    void pushInstallationReachesEveryComponentWhileSwitchedOnAndIsTemporary(String seed, String destination, String service,
                                                                            String rule, String path) {
        FlowFinder pushing = Scenario.analyse(design(List.of("rdp-udp", "ssl"), List.of("push-install"), List.of()).build());

        Flow flow = assertFlow(pushing, "S2b " + seed, "pa", destination, service, rule, null, null, path);

        assertThat(flow.temporary()).as("install time: temporary").isTrue();
    }

    @Test
    void httpSecondLevelAuthenticationUsesTcp80And8080Only() {
        // S2c, 001:38 and 001:52 with the 2FA server's http switch on.
        FlowFinder http = Scenario.analyse(design(List.of("rdp-udp", "ssl"), List.of(), List.of("http")).build());

        assertFlow(http, "001:38 (http kind)", "pa", "mfa", "TCP 80", "parallels.pa.second-level-auth-http", null, null, "same zone");
        assertFlow(http, "001:38 (http kind)", "pa", "mfa", "TCP 8080", "parallels.pa.second-level-auth-http", null, null, null);
        assertFlow(http, "001:52 (http kind)", "console", "mfa", "TCP 80", "parallels.console.second-level-auth-http", null, null,
                "fw-mgmt mgmt>servers");
        assertFlow(http, "001:52 (http kind)", "console", "mfa", "TCP 8080", "parallels.console.second-level-auth-http", null,
                null, null);
        assertNoFlow(http, "no RADIUS with an HTTP-based server", "*", "mfa", "UDP 1812", "*");
        assertNoFlow(http, "no RADIUS with an HTTP-based server", "*", "mfa", "UDP 1813", "*");
    }

    @Test
    void halbThatDoesNotBalanceUdpLeavesTheUsersNoUdpPath() {
        // S2d: the gateways have RDP-UDP on (001:10, 12), the HALB in front of them does not balance it. Users reach
        // neither the HALB nor, behind a placed HALB, the gateways on UDP; the design review raises it.
        io.portolan.model.Design design = design(List.of("ssl"), List.of(), List.of()).build();
        FlowFinder noUdp = Scenario.analyse(design);

        assertNoFlow(noUdp, "S2d: HALB without rdp-udp", "users", "*", "UDP 80", "*");
        assertNoFlow(noUdp, "S2d: HALB without rdp-udp", "users", "*", "UDP 443", "*");
        assertFlow(noUdp, "001:24", "users", "halb", "TCP 80", "parallels.halb.client-tcp-80", null, "172.16.20.10", null);
        // the review point of issue 11, point 5: the users' UDP has no path through the HALB
        org.assertj.core.api.Assertions.assertThat(new io.portolan.engine.FlowEngine(io.portolan.catalog.CatalogLoader.loadBuiltIn())
                .analyze(design).warnings()).filteredOn(w -> w.kind() == io.portolan.engine.DesignWarning.Kind.GATEWAY_GAP)
                .singleElement().satisfies(w -> org.assertj.core.api.Assertions.assertThat(w.message())
                        .contains("through 'halb', which carries no UDP", "UDP 80, 443"));
    }
}
