package io.portolan.engine.scenarios;

import static io.portolan.engine.scenarios.Scenario.assertFlow;
import static io.portolan.engine.scenarios.Scenario.assertNoFlow;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Reference;
import io.portolan.model.Design;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;
import io.portolan.testing.FlowFinder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenario S3, HP Anyware, not a template: two Anyware Connectors in the DMZ managed by Anyware Manager as a
 * Service; 20 remote workstations in their own zone behind a second firewall (the studio), so the Connector's
 * sessions cross two firewalls and the workstations' licensing three; domain controllers and a RADIUS server in
 * the core services zone; cloud licensing, no local PCoIP License Server.
 *
 * <p>Seed lines ({@code 003:14}) are lines of {@code shared/seeds/003_*.txt}. Paths name the firewalls by id with
 * the zones they are passed from and to.
 */
class HpAnywareScenarioTest {

    static final String ANYWARE = "Anyware Manager as a Service: Firewall and Load Balancing Considerations";
    private static final FlowFinder FLOWS = Scenario.analyse(design());

    static Design design() {
        return DesignBuilder.design()
                .zone("cloud", "HP Anyware cloud", ZoneKind.CLOUD)
                .zone("internet", "Internet", ZoneKind.INTERNET, "0.0.0.0/0")
                .zone("dmz", "DMZ", ZoneKind.DMZ, "172.16.40.0/24")
                .zone("core", "Core services", ZoneKind.INTERNAL, "10.40.10.0/24")
                .zone("studio", "Workstations", ZoneKind.INTERNAL, "10.40.20.0/24")
                .zone("mgmt", "Management", ZoneKind.MANAGEMENT, "10.99.0.0/24")
                .firewall("fw-edge", "internet", "cloud", "dmz")
                .firewall("fw-internal", "dmz", "core")
                .firewall("fw-studio", "core", "studio")
                .firewall("fw-mgmt", "core", "mgmt")
                .node("manager", "hp.anyware-manager", "cloud")
                .node("users", "pcoip.client", "internet").address("0.0.0.0/0")
                .node("cls", "pcoip.cloud-license-server", "internet")
                .node("sumo", "common.sumologic", "internet")
                .node("conn", "hp.anyware-connector", "dmz", 2, "cloud-licensing").address("172.16.40.11, 172.16.40.12")
                .node("ws", "pcoip.remote-workstation", "studio", 20).address("10.40.20.11-10.40.20.30")
                .node("dc", "common.domain-controller", "core", 2).address("10.40.10.5, 10.40.10.6")
                .node("radius", "common.radius-server", "core").address("10.40.10.61")
                .node("admin", "common.admin-workstation", "mgmt").address("10.99.0.21")
                .build();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # seed or reason                      | source | destination | service   | rule                              | source address | destination address | path
            003:11 (from PCoIP Clients)           | users  | conn        | TCP 443   | hp.anyware.clients-https          | 0.0.0.0/0      | 172.16.40.11, 172.16.40.12 | fw-edge internet>dmz
            003:14                                | users  | conn        | TCP 4172  | hp.anyware.clients-pcoip-tcp      |                | 172.16.40.11, 172.16.40.12 | fw-edge internet>dmz
            003:14                                | users  | conn        | UDP 4172  | hp.anyware.clients-pcoip-udp      |                |                     | fw-edge internet>dmz
            003:11 (administrative web browsers)  | admin  | conn        | TCP 443   | hp.anyware.admin-https            | 10.99.0.21     |                     | fw-mgmt mgmt>core, fw-internal core>dmz
            003:10 (optional, 003:23)             | admin  | conn        | TCP 80    | hp.anyware.admin-http             |                |                     | fw-mgmt mgmt>core, fw-internal core>dmz
            003:12 (CAM Service)                  | conn   | manager     | TCP 443   | hp.anyware.manager                |                |                     | fw-edge dmz>cloud
            003:12 (Cloud License Server), 003:24 | conn   | cls         | TCP 443   | hp.anyware.cloud-license          |                |                     | fw-edge dmz>internet
            003:12 (SumoLogic)                    | conn   | sumo        | TCP 443   | hp.anyware.sumologic              |                |                     | fw-edge dmz>internet
            003:13                                | conn   | ws          | TCP 60443 | hp.anyware.workstation-prepare    | 172.16.40.11, 172.16.40.12 | 10.40.20.11-10.40.20.30 | fw-internal dmz>core, fw-studio core>studio
            003:15                                | conn   | ws          | TCP 4172  | hp.anyware.workstation-pcoip-tcp  |                |                     | fw-internal dmz>core, fw-studio core>studio
            003:15                                | conn   | ws          | UDP 4172  | hp.anyware.workstation-pcoip-udp  |                |                     | fw-internal dmz>core, fw-studio core>studio
            003:16                                | conn   | dc          | TCP 636   | hp.anyware.domain-controller      |                | 10.40.10.5, 10.40.10.6 | fw-internal dmz>core
            003:17 (optional, 003:25)             | conn   | radius      | UDP 1812  | hp.anyware.radius                 |                | 10.40.10.61         | fw-internal dmz>core
            003:18                                | conn   | dc          | UDP 53    | hp.anyware.dns                    |                |                     | fw-internal dmz>core
            implied from 003:12, 003:19, 003:24: agents license in the cloud | ws | cls | TCP 443 | hp.anyware.workstation-cloud-license | 10.40.20.11-10.40.20.30 | | fw-studio studio>core, fw-internal core>dmz, fw-edge dmz>internet
            """)
    void flowMustExist(String seed, String source, String destination, String service, String rule, String sourceAddress,
                       String destinationAddress, String path) {
        assertFlow(FLOWS, seed, source, destination, service, rule, sourceAddress, destinationAddress, path);
    }

    @Test
    void optionalRowsAreFlaggedOptionalAndTheConnectorsLicenseCheckIsTemporary() {
        // 003:23 "Port 80 TCP can be blocked"; 003:25 "The RADIUS Server is optionally configured"; 003:12 "To verify
        // license activation code during the Anyware Connector installation".
        assertThat(FLOWS.find("admin", "conn", "TCP 80")).singleElement().satisfies(f -> assertThat(f.optional()).isTrue());
        assertThat(FLOWS.find("conn", "radius", "UDP 1812")).singleElement().satisfies(f -> assertThat(f.optional()).isTrue());
        assertThat(FLOWS.find("conn", "cls", "TCP 443")).singleElement().satisfies(f -> assertThat(f.temporary()).isTrue());
        assertThat(FLOWS.find("ws", "cls", "TCP 443")).singleElement().satisfies(f -> assertThat(f.temporary()).isFalse());
    }

    static Stream<Arguments> domainMembers() {
        return Scenario.domainMemberFlows("dc", "fw-studio studio>core", "ws");
    }

    @ParameterizedTest(name = "implied, domain member: {0} -> {1} {2}")
    @MethodSource("domainMembers")
    void workstationsReachTheDomainControllers(String source, String destination, String service, String rule, String path) {
        assertFlow(FLOWS, "implied: domain member", source, destination, service, rule, "10.40.20.11-10.40.20.30",
                "10.40.10.5, 10.40.10.6", path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # why (seed line)                                                          | source | destination | service   | rule
            N1 the Linux Connector is no domain member: LDAPS only (003:16)             | conn   | dc          | TCP 88    | *
            N1 the Linux Connector is no domain member: LDAPS only (003:16)             | conn   | dc          | UDP 88    | *
            N1 the Linux Connector is no domain member: LDAPS only (003:16)             | conn   | dc          | TCP 389   | *
            N1 the Linux Connector is no domain member: LDAPS only (003:16)             | conn   | dc          | UDP 389   | *
            N1 the Linux Connector is no domain member: LDAPS only (003:16)             | conn   | dc          | TCP 3268  | *
            N1 DNS on UDP only (003:18)                                                 | conn   | dc          | TCP 53    | *
            N2 no direct client row: sessions go through the Connector                 | users  | ws          | *         | *
            N4 no local PCoIP License Server (003:19)                                   | *      | *           | TCP 7070  | *
            """)
    void flowMustNotExist(String why, String source, String destination, String service, String rule) {
        assertNoFlow(FLOWS, why, source, destination, service, rule);
    }

    @Test
    void workstationLicensingCitesTheAnywareDocumentInAnAnywareDesign() {
        // N3: HP Anyware's and Teradici's documents say the same; a design of one vendor cites that vendor's document.
        assertThat(FLOWS.find("ws", "cls", "TCP 443")).singleElement()
                .satisfies(f -> assertThat(f.references()).extracting(Reference::document).containsExactly(ANYWARE));
    }
}
