package io.portolan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows of the four vendor documents, transcribed by hand from {@code shared/seeds}, that the shipped
 * catalog must hold: one or more per section, with the readings a network engineer applies (inherited
 * cells, RADIUS on UDP, TACACS on TCP 49, ICMP without a port, VRRP as IP protocol 112, ranges, lists).
 */
class ShippedCatalogTest {

    private static final Map<String, String> DOCUMENTS = Map.of(
            "citrix", "Communication Ports Used by Citrix Technologies",
            "ras", "Parallels Remote Application Server: firewall requirements",
            "cas", "CAS Manager: Firewall and Load Balancing Considerations",
            "anyware", "Anyware Manager as a Service: Firewall and Load Balancing Considerations");

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.loadBuiltIn();
    }

    @ParameterizedTest(name = "{0} / {1}: {2} -> {3} {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            citrix  | Citrix ADC                        | tag:citrix-adc           | tag:citrix-adc               | UDP  | 7000
            citrix  | Citrix ADC                        | tag:citrix-adc           | tag:citrix-adc               | UDP  | 3003
            citrix  | Citrix ADC                        | citrix.adc               | tag:dns                      | TCP  | 53
            citrix  | Citrix ADC                        | citrix.adc               | tag:dns                      | UDP  | 53
            citrix  | Citrix ADC                        | common.admin-workstation | citrix.adc-lom               | TCP  | 623, 4001, 5900
            citrix  | Citrix ADC                        | tag:citrix-adc           | tag:ldap                     | TCP  | 389
            citrix  | Citrix ADC                        | tag:citrix-adc           | citrix.adm                   | TCP  | 5557-5558
            citrix  | Citrix ADC                        | common.admin-workstation | citrix.adc                   | TCP  | 8443
            citrix  | Citrix ADM                        | citrix.adm               | tag:adm-managed              | ICMP |
            citrix  | Citrix ADM                        | citrix.adm               | tag:radius                   | UDP  | 1812
            citrix  | Citrix ADM                        | citrix.adm               | tag:tacacs                   | TCP  | 49
            citrix  | Citrix ADM                        | citrix.adm               | tag:ldap                     | TCP  | 389, 636
            citrix  | Citrix ADM                        | citrix.adm               | citrix.adm-agent             | TCP  | 443, 7443, 8443
            citrix  | Citrix Cloud                      | citrix.cloud-connector   | citrix.cloud                 | TCP  | 9350-9354
            citrix  | Citrix Cloud                      | citrix.cloud-connector   | common.digicert              | TCP  | 80
            citrix  | Citrix Cloud - Virtual Apps and Desktops Service | citrix.vda | citrix.gateway-service     | TCP  | 443
            citrix  | Citrix Cloud - Gateway Service    | citrix.vda               | citrix.gateway-service       | UDP  | 443
            citrix  | Citrix Cloud - Gateway Service    | citrix.vda               | common.nssvc                 | TCP  | 443
            citrix  | Citrix Cloud - Workspace Environment Management Service | tag:wem-agent | citrix.cloud-connector | TCP | 443
            citrix  | Citrix Gateway                    | citrix.gateway           | tag:ldap                     | TCP  | 3269
            citrix  | Citrix Gateway                    | citrix.gateway           | tag:radius                   | UDP  | 1645, 1812
            citrix  | Citrix Gateway                    | citrix.gateway           | tag:sta                      | TCP  | 80, 443, 8080
            citrix  | Citrix Gateway                    | citrix.gateway           | citrix.vda                   | UDP  | 16500-16509
            citrix  | Citrix Gateway                    | citrix.gateway           | citrix.vda                   | UDP  | 2598
            citrix  | Citrix Gateway                    | tag:citrix-client        | citrix.gateway               | UDP  | 3108, 3168, 3188
            citrix  | Citrix Hypervisor                 | citrix.hypervisor        | common.iscsi-san             | TCP  | 3260
            citrix  | Citrix Hypervisor                 | citrix.hypervisor        | common.domain-controller     | TCP  | 389
            citrix  | Citrix Hypervisor                 | citrix.hypervisor        | citrix.hypervisor            | UDP  | 5404-5405
            citrix  | Citrix License Server             | tag:citrix-component     | citrix.license-server        | TCP  | 27000
            citrix  | Citrix License Server             | common.admin-workstation | citrix.license-server        | TCP  | 8083
            citrix  | Citrix SD-WAN                     | citrix.sdwan             | citrix.sdwan                 | UDP  | 4980
            citrix  | Citrix SD-WAN                     | citrix.sdwan             | tag:radius                   | TCP  | 1812
            citrix  | Citrix SD-WAN                     | citrix.sdwan-wanop       | tag:tacacs                   | TCP  | 49
            citrix  | Citrix SD-WAN                     | citrix.adm               | citrix.sdwan-wanop           | ICMP |
            citrix  | Citrix Virtual Apps and Desktops  | citrix.ddc               | common.scvmm                 | TCP  | 8100
            citrix  | Citrix Virtual Apps and Desktops  | citrix.ddc               | common.sql-server            | UDP  | 1434
            citrix  | Citrix Virtual Apps and Desktops  | citrix.ddc               | citrix.ddc                   | TCP  | 9095
            citrix  | Citrix Virtual Apps and Desktops  | tag:citrix-client        | citrix.vda                   | TCP  | 1494
            citrix  | Citrix Virtual Apps and Desktops  | common.admin-workstation | citrix.vda                   | TCP  | 49152-65535
            citrix  | Citrix Virtual Apps and Desktops  | common.admin-workstation | citrix.vda                   | UDP  | 49152-65535
            citrix  | Federated Authentication Service  | common.certificate-authority | citrix.fas               | TCP  | 135
            citrix  | Federated Authentication Service  | citrix.vda               | common.domain-controller     | UDP  | 389
            citrix  | Provisioning Services             | citrix.pvs               | citrix.pvs                   | UDP  | 6890-6909
            citrix  | Provisioning Services             | tag:pvs-target           | tag:dhcp                     | UDP  | 67
            citrix  | Provisioning Services             | tag:pvs-target           | tag:pxe                      | UDP  | 67, 4011
            citrix  | Provisioning Services             | tag:pvs-target           | tag:tftp                     | UDP  | 69
            citrix  | Provisioning Services             | tag:pvs-target           | citrix.pvs                   | UDP  | 6910
            citrix  | Provisioning Services             | tag:pvs-target           | citrix.pvs                   | UDP  | 2071, 6969
            citrix  | Provisioning Services             | common.admin-workstation | citrix.pvs                   | TCP  | 54321-54323
            citrix  | Session Recording                 | citrix.vda               | citrix.session-recording     | TCP  | 443
            citrix  | Session Recording                 | citrix.vda               | citrix.session-recording     | TCP  | 80
            citrix  | StoreFront                        | citrix.storefront        | common.domain-controller     | UDP  | 464
            citrix  | StoreFront                        | citrix.storefront        | citrix.storefront            | TCP  | 808
            citrix  | StoreFront                        | citrix.storefront        | citrix.gateway               | TCP  | 443
            citrix  | Workspace Environment Management  | citrix.wem-infrastructure | tag:wem-agent               | TCP  | 49752
            citrix  | Workspace Environment Management  | tag:wem-agent            | citrix.wem-infrastructure    | TCP  | 8288
            ras     | All Components                    | parallels.publishing-agent | tag:ras-component          | TCP  | 135, 445
            ras     | SECURE CLIENT GATEWAY             | tag:ras-client           | parallels.secure-gateway     | UDP  | 443
            ras     | SECURE CLIENT GATEWAY             | tag:ras-client           | parallels.secure-gateway     | TCP  | 20009
            ras     | SECURE CLIENT GATEWAY             | tag:ras-client           | parallels.secure-gateway     | UDP  | 20000
            ras     | HALB APPLIANCE                    | parallels.publishing-agent | parallels.halb             | UDP  | 31006
            ras     | HALB APPLIANCE                    | parallels.halb           | parallels.halb               | IP   |
            ras     | PUBLISHING AGENT                  | parallels.secure-gateway | parallels.publishing-agent   | TCP  | 20002
            ras     | PUBLISHING AGENT                  | parallels.publishing-agent | tag:mfa                    | UDP  | 1812-1813
            ras     | PUBLISHING AGENT                  | parallels.publishing-agent | tag:mfa                    | TCP  | 80, 8080
            ras     | PUBLISHING AGENT                  | parallels.publishing-agent | common.parallels-licensing | TCP  | 443
            ras     | CONSOLE                           | tag:ras-console          | common.turbo-net             | TCP  | 80, 443
            ras     | REMOTE DESKTOP SESSION HOST AGENT | parallels.publishing-agent | parallels.rdsh-agent       | UDP  | 30004
            ras     | VDI AGENT                         | parallels.publishing-agent | parallels.vdi-agent        | TCP  | 30009
            ras     | REMOTE PC AGENT                   | parallels.secure-gateway | parallels.remote-pc-agent    | TCP  | 3389
            ras     | REMOTE APPLICATION SERVER REPORTING | parallels.publishing-agent | parallels.reporting      | TCP  | 30008
            ras     | GUEST AGENT                       | parallels.publishing-agent | parallels.guest-agent      | TCP  | 49179
            ras     | CLIENT                            | tag:ras-console          | tag:ras-client               | TCP  | 50005
            ras     | PERFORMANCE MONITOR (Applicable for version 16.1 onwards) | tag:ras-server | parallels.performance-monitor | UDP | 8086
            cas     | Ports and Component Connections   | tag:pcoip-client         | teradici.connector           | UDP  | 4172
            cas     | Ports and Component Connections   | teradici.connector       | pcoip.remote-workstation     | TCP  | 60443
            cas     | Ports and Component Connections   | teradici.connector       | common.domain-controller     | TCP  | 636
            cas     | Ports and Component Connections   | pcoip.remote-workstation | pcoip.license-server         | TCP  | 7070
            anyware | Ports and Component Connections   | common.admin-workstation | hp.anyware-connector         | TCP  | 80
            anyware | Ports and Component Connections   | hp.anyware-connector     | tag:radius                   | UDP  | 1812
            anyware | Ports and Component Connections   | hp.anyware-connector     | tag:dns                      | UDP  | 53
            anyware | Ports and Component Connections   | hp.anyware-connector     | common.sumologic             | TCP  | 443
            """)
    void documentRowIsInTheCatalog(String document, String section, String from, String to, String protocol, String ports) {
        List<PortRule> matches = catalog.rules().stream()
                .filter(r -> r.reference().document().equals(DOCUMENTS.get(document)))
                .filter(r -> r.reference().section().equals(section))
                .filter(r -> r.from().text().equals(from) && r.to().text().equals(to))
                .filter(r -> r.protocol() == Protocol.valueOf(protocol))
                .filter(r -> r.ports().equals(PortSet.parse(ports)))
                .toList();

        assertThat(matches).as("rules of %s / %s", document, section).isNotEmpty();
    }

    @Test
    void vrrpIsIpProtocol112WithoutPorts() {
        PortRule vrrp = catalog.rule("parallels.halb.vrrp").orElseThrow();

        assertThat(vrrp.protocolText()).isEqualTo("IP 112");
        assertThat(vrrp.ports().isEmpty()).isTrue();
    }

    @Test
    void rowsThatDependOnASwitchCarryTheirCondition() {
        assertThat(conditionOf("parallels.scg.client-udp-443")).containsExactly("ssl", "rdp-udp");
        assertThat(conditionOf("parallels.scg.client-tcp-3389")).containsExactly("rdp-load-balancing");
        assertThat(conditionOf("parallels.halb.client-tcp-443")).containsExactly("ssl");
        assertThat(conditionOf("citrix.gateway.vda-ica-edt")).containsExactly("edt");
        assertThat(conditionOf("citrix.storefront.subscription-replication")).containsExactly("subscription-replication");
        assertThat(catalog.rule("citrix.pvs.target-dhcp").orElseThrow().optional()).isTrue();
        assertThat(catalog.rule("hp.anyware.radius").orElseThrow().optional()).isTrue();
    }

    @Test
    void bidirectionalRowsAreMarked() {
        assertThat(catalog.rule("citrix.cvad.ddc-vda").orElseThrow().bidirectional()).isTrue();
        assertThat(catalog.rule("citrix.cvad.vda-ddc").orElseThrow().bidirectional()).isTrue();
    }

    @Test
    void portsGivenOnlyInWordsKeepTheWords() {
        PortRule peer = catalog.rule("citrix.storefront.peer-services").orElseThrow();

        assertThat(peer.ports().isEmpty()).isTrue();
        assertThat(peer.portText()).isEqualTo("Randomly selected unreserved port per service");
    }

    @Test
    void trafficThatNeverLeavesTheHostIsLocal() {
        assertThat(catalog.rules().stream().filter(PortRule::local).map(PortRule::id))
                .containsExactlyInAnyOrder("citrix.cvad.hdx-video-websocket", "parallels.scg.nodejs",
                        // 001:62, 001:75, 001:85: the agents' internal components talk on the host itself (Localhost in
                        // Parallels' current port reference)
                        "parallels.rdsh.internal-components", "parallels.remote-pc.internal-components",
                        "parallels.guest.internal-components");
    }

    @Test
    void everySectionOfEveryDocumentIsRepresented() {
        Map<String, List<String>> sections = catalog.rules().stream().collect(Collectors.groupingBy(
                r -> r.reference().document(), Collectors.mapping(r -> r.reference().section(), Collectors.toList())));

        assertThat(sections.get(DOCUMENTS.get("citrix"))).contains("Citrix ADC", "Citrix ADM", "Citrix Cloud",
                "Citrix Cloud - Virtual Apps and Desktops Service", "Citrix Cloud - Gateway Service",
                "Citrix Cloud - Workspace Environment Management Service", "Citrix Gateway", "Citrix Hypervisor",
                "Citrix License Server", "Citrix SD-WAN", "Citrix Virtual Apps and Desktops", "Federated Authentication Service",
                "Provisioning Services", "Session Recording", "StoreFront", "Workspace Environment Management");
        assertThat(sections.get(DOCUMENTS.get("ras"))).contains("SECURE CLIENT GATEWAY", "HALB APPLIANCE", "PUBLISHING AGENT",
                "CONSOLE", "REMOTE DESKTOP SESSION HOST AGENT", "VDI AGENT", "REMOTE PC AGENT",
                "REMOTE APPLICATION SERVER REPORTING", "GUEST AGENT", "CLIENT",
                "PERFORMANCE MONITOR (Applicable for version 16.1 onwards)");
    }

    @Test
    void everyTypeCanBeReachedByARuleOrIsAClientOfOne() {
        assertThat(catalog.types()).allSatisfy(type ->
                assertThat(catalog.rulesTouching(type.id())).as(type.id()).isNotEmpty());
    }

    private static List<String> conditionOf(String ruleId) {
        return catalog.rule(ruleId).orElseThrow().condition();
    }
}
