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
 * Scenario S4, Teradici CAS Manager, not a template: two CAS Connectors in the DMZ with cloud licensing off and a
 * local PCoIP License Server beside 30 remote workstations; the domain controllers in their own zone behind a
 * second firewall, so the Connector's directory traffic crosses two firewalls; no RADIUS server.
 *
 * <p>Seed lines ({@code 002:13}) are lines of {@code shared/seeds/002_*.txt}. Paths name the firewalls by id with
 * the zones they are passed from and to.
 */
class TeradiciCasScenarioTest {

    static final String CAS = "CAS Manager: Firewall and Load Balancing Considerations";
    private static final FlowFinder FLOWS = Scenario.analyse(design());

    static Design design() {
        return DesignBuilder.design()
                .zone("cloud", "CAS Manager", ZoneKind.CLOUD)
                .zone("internet", "Internet", ZoneKind.INTERNET, "0.0.0.0/0")
                .zone("dmz", "DMZ", ZoneKind.DMZ, "172.16.50.0/24")
                .zone("internal", "Workstations", ZoneKind.INTERNAL, "10.50.20.0/24")
                .zone("directory", "Directory", ZoneKind.INTERNAL, "10.50.5.0/24")
                .zone("mgmt", "Management", ZoneKind.MANAGEMENT, "10.99.0.0/24")
                .firewall("fw-edge", "internet", "cloud", "dmz")
                .firewall("fw-internal", "dmz", "internal")
                .firewall("fw-directory", "internal", "directory")
                .firewall("fw-mgmt", "internal", "mgmt")
                .node("manager", "teradici.cas-manager", "cloud")
                .node("users", "pcoip.client", "internet").address("0.0.0.0/0")
                .node("cls", "pcoip.cloud-license-server", "internet")
                .node("sumo", "common.sumologic", "internet")
                .node("conn", "teradici.connector", "dmz", 2).address("172.16.50.11, 172.16.50.12")
                .node("ws", "pcoip.remote-workstation", "internal", 30).address("10.50.20.11-10.50.20.40")
                .node("ls", "pcoip.license-server", "internal").address("10.50.20.5")
                .node("dc", "common.domain-controller", "directory", 2).address("10.50.5.5, 10.50.5.6")
                .node("admin", "common.admin-workstation", "mgmt").address("10.99.0.21")
                .build();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # seed or reason                      | source | destination | service   | rule                              | source address | destination address | path
            002:10 (from PCoIP Clients)           | users  | conn        | TCP 443   | teradici.cas.clients-https        | 0.0.0.0/0      | 172.16.50.11, 172.16.50.12 | fw-edge internet>dmz
            002:13                                | users  | conn        | TCP 4172  | teradici.cas.clients-pcoip-tcp    |                | 172.16.50.11, 172.16.50.12 | fw-edge internet>dmz
            002:13                                | users  | conn        | UDP 4172  | teradici.cas.clients-pcoip-udp    |                |                     | fw-edge internet>dmz
            002:10 (administrative web browsers)  | admin  | conn        | TCP 443   | teradici.cas.admin-https          | 10.99.0.21     |                     | fw-mgmt mgmt>internal, fw-internal internal>dmz
            002:11 (CAM Service)                  | conn   | manager     | TCP 443   | teradici.cas.manager              |                |                     | fw-edge dmz>cloud
            002:11 (SumoLogic)                    | conn   | sumo        | TCP 443   | teradici.cas.sumologic            |                |                     | fw-edge dmz>internet
            002:12                                | conn   | ws          | TCP 60443 | teradici.cas.workstation-prepare  |                | 10.50.20.11-10.50.20.40 | fw-internal dmz>internal
            002:14                                | conn   | ws          | TCP 4172  | teradici.cas.workstation-pcoip-tcp |               |                     | fw-internal dmz>internal
            002:14                                | conn   | ws          | UDP 4172  | teradici.cas.workstation-pcoip-udp |               |                     | fw-internal dmz>internal
            002:15                                | conn   | dc          | TCP 636   | teradici.cas.domain-controller    | 172.16.50.11, 172.16.50.12 | 10.50.5.5, 10.50.5.6 | fw-internal dmz>internal, fw-directory internal>directory
            002:17                                | conn   | dc          | UDP 53    | teradici.cas.dns                  |                |                     | fw-internal dmz>internal, fw-directory internal>directory
            002:18 (PCoIP License Server used)    | ws     | ls          | TCP 7070  | teradici.cas.license-server       | 10.50.20.11-10.50.20.40 | 10.50.20.5 | same zone
            """)
    void flowMustExist(String seed, String source, String destination, String service, String rule, String sourceAddress,
                       String destinationAddress, String path) {
        assertFlow(FLOWS, seed, source, destination, service, rule, sourceAddress, destinationAddress, path);
    }

    static Stream<Arguments> domainMembers() {
        return Scenario.domainMemberFlows("dc", "fw-directory internal>directory", "ws");
    }

    @ParameterizedTest(name = "implied, domain member: {0} -> {1} {2}")
    @MethodSource("domainMembers")
    void workstationsReachTheDomainControllersInTheirOwnZone(String source, String destination, String service, String rule,
                                                            String path) {
        assertFlow(FLOWS, "implied: domain member", source, destination, service, rule, null, "10.50.5.5, 10.50.5.6", path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # why (seed line)                                                                 | source | destination | service  | rule
            N1 cloud-licensing off and a local license server placed (002:11, 002:22)          | conn   | cls         | *        | *
            N2 a local license server is placed: agents license there (002:18, 002:22)         | ws     | cls         | *        | *
            N3 the CAS Manager document has no inbound 80 row (only 003:10 has)                | admin  | conn        | TCP 80   | *
            N4 the Connector is no domain member (002:15)                                      | conn   | dc          | TCP 88   | *
            N4 the Connector is no domain member (002:15)                                      | conn   | dc          | UDP 88   | *
            N4 the Connector is no domain member (002:15)                                      | conn   | dc          | TCP 389  | *
            N4 the Connector is no domain member (002:15)                                      | conn   | dc          | TCP 3268 | *
            N4 DNS on UDP only (002:17)                                                        | conn   | dc          | TCP 53   | *
            N6 no RADIUS server placed; optional anyway (002:16, 002:23)                       | *      | *           | UDP 1812 | *
            """)
    void flowMustNotExist(String why, String source, String destination, String service, String rule) {
        assertNoFlow(FLOWS, why, source, destination, service, rule);
    }

    @Test
    void nothingGoesToTheCloudLicenseServerWithALocalOne() {
        // N1, N2: 002:22 "Port 443 TCP is not required if the PCoIP License Server is used".
        assertThat(FLOWS.find("*", "cls", "*")).isEmpty();
    }

    @Test
    void licensingAtTheLocalServerCitesTheCasDocumentInACasDesign() {
        // N5: both documents give the 7070 row (002:18, 003:19); a design of one vendor cites that vendor's document.
        assertThat(FLOWS.find("ws", "ls", "TCP 7070")).singleElement()
                .satisfies(f -> assertThat(f.references()).extracting(Reference::document).containsExactly(CAS));
    }
}
