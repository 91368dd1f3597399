package io.portolan.engine.scenarios;

import static io.portolan.engine.scenarios.Scenario.assertFlow;
import static io.portolan.engine.scenarios.Scenario.assertNoFlow;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.Flow;
import io.portolan.model.Design;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;
import io.portolan.testing.FlowFinder;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenario S1, Citrix on premises, not a template: internet users reach an HA pair of Citrix Gateway
 * appliances in the DMZ (virtual server 172.16.10.10, subnet IP .11, NSIPs .21 and .22); an internal Citrix ADC
 * balances two StoreFront servers (VIP 10.10.20.10, members .11 and .12); the domain controllers sit in their
 * own zone behind a second firewall, the VDAs (streamed by Provisioning) behind a third. Administrators work
 * from one workstation with the Provisioning console; helpdesk staff from another with Remote Assistance.
 *
 * <p>Every expected flow is derived by hand from the Citrix document; the seed line ({@code 000:113}, a line of
 * {@code shared/seeds/000_*.txt}) or the implied reason is the first column of each table. Paths name the
 * firewalls by id with the zones they are passed from and to.
 */
class CitrixOnPremisesScenarioTest {

    private static final String NSIPS = "172.16.10.21, 172.16.10.22";
    private static final String STOREFRONTS = "10.10.20.11, 10.10.20.12";
    private static final FlowFinder FLOWS = Scenario.analyse(design());

    static Design design() {
        return DesignBuilder.design()
                .zone("internet", "Internet", ZoneKind.INTERNET, "0.0.0.0/0")
                .zone("dmz", "DMZ", ZoneKind.DMZ, "172.16.10.0/24")
                .zone("servers", "Citrix servers", ZoneKind.INTERNAL, "10.10.20.0/24")
                .zone("vdi", "VDA", ZoneKind.INTERNAL, "10.10.30.0/24")
                .zone("directory", "Directory", ZoneKind.INTERNAL, "10.10.5.0/24")
                .zone("mgmt", "Management", ZoneKind.MANAGEMENT, "10.99.0.0/24")
                .firewall("fw-edge", "internet", "dmz")
                .firewall("fw-internal", "dmz", "servers")
                .firewall("fw-vdi", "servers", "vdi")
                .firewall("fw-directory", "servers", "directory")
                .firewall("fw-mgmt", "servers", "mgmt")
                .node("users", "citrix.workspace-app", "internet").address("0.0.0.0/0")
                .node("gw", "citrix.gateway", "dmz", 2, "edt", "ha").addresses("172.16.10.10", "172.16.10.11", NSIPS, "")
                .node("lb", "citrix.adc", "servers").addresses("10.10.20.10", "10.10.20.9", "10.10.20.8", "")
                .node("sf", "citrix.storefront", "servers", 2).addresses("10.10.20.10", "", "", STOREFRONTS)
                .node("ddc", "citrix.ddc", "servers", 2).address("10.10.20.21, 10.10.20.22")
                .node("sql", "common.sql-server", "servers").address("10.10.20.31")
                .node("lic", "citrix.license-server", "servers").address("10.10.20.41")
                .node("pvs", "citrix.pvs", "servers", 2).address("10.10.20.51, 10.10.20.52")
                .node("tftp", "common.tftp-server", "servers").address("10.10.20.55")
                .node("sr", "citrix.session-recording", "servers").address("10.10.20.61")
                .node("radius", "common.radius-server", "servers").address("10.10.20.71")
                .node("vda", "citrix.vda", "vdi", 50, "edt", "pvs").address("10.10.30.11-10.10.30.60")
                .node("dc", "common.domain-controller", "directory", 2).address("10.10.5.5, 10.10.5.6")
                .node("admin", "common.admin-workstation", "mgmt", "pvs-console").address("10.99.0.21")
                .node("helpdesk", "common.admin-workstation", "mgmt", "remote-assistance").address("10.99.0.31")
                .build();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # seed or reason               | source   | destination | service   | rule                                     | source address | destination address | path
            implied: users reach the Gateway virtual server on 443 | users | gw | TCP 443 | citrix.gateway.users-https   | 0.0.0.0/0      | 172.16.10.10        | fw-edge internet>dmz
            implied: EDT on the Gateway (DTLS) | users    | gw          | UDP 443   | citrix.gateway.users-dtls                | 0.0.0.0/0      | 172.16.10.10        | fw-edge internet>dmz
            000:8 (source NSIP, 000:7)     | gw       | gw          | UDP 3003  | citrix.adc.ha-heartbeat                  | 172.16.10.21, 172.16.10.22 | 172.16.10.21, 172.16.10.22 | same zone
            000:9                          | gw       | gw          | TCP 3008  | citrix.adc.ha-sync-secure                | 172.16.10.21, 172.16.10.22 | 172.16.10.21, 172.16.10.22 | same zone
            000:10                         | gw       | gw          | TCP 3009  | citrix.adc.ha-mep-secure                 | 172.16.10.21, 172.16.10.22 | 172.16.10.21, 172.16.10.22 | same zone
            000:11                         | gw       | gw          | TCP 3010  | citrix.adc.ha-sync                       | 172.16.10.21, 172.16.10.22 | 172.16.10.21, 172.16.10.22 | same zone
            000:12                         | gw       | gw          | TCP 3011  | citrix.adc.ha-mep                        | 172.16.10.21, 172.16.10.22 | 172.16.10.21, 172.16.10.22 | same zone
            000:14                         | gw       | gw          | TCP 22    | citrix.adc.ha-rsync                      | 172.16.10.21, 172.16.10.22 | 172.16.10.21, 172.16.10.22 | same zone
            000:98 (source Gateway SNIP)   | gw       | dc          | TCP 636   | citrix.gateway.ldaps                     | 172.16.10.11   | 10.10.5.5, 10.10.5.6 | fw-internal dmz>servers, fw-directory servers>directory
            000:99                         | gw       | dc          | TCP 3268  | citrix.gateway.ldap-gc                   | 172.16.10.11   | 10.10.5.5, 10.10.5.6 | fw-internal dmz>servers, fw-directory servers>directory
            000:100                        | gw       | dc          | TCP 3269  | citrix.gateway.ldap-gc-ssl               | 172.16.10.11   | 10.10.5.5, 10.10.5.6 | fw-internal dmz>servers, fw-directory servers>directory
            000:101                        | gw       | dc          | TCP 389   | citrix.gateway.ldap                      | 172.16.10.11   | 10.10.5.5, 10.10.5.6 | fw-internal dmz>servers, fw-directory servers>directory
            000:102                        | gw       | radius      | UDP 1813  | citrix.gateway.radius-accounting         | 172.16.10.11   | 10.10.20.71         | fw-internal dmz>servers
            000:103                        | gw       | radius      | UDP 1812  | citrix.gateway.radius                    | 172.16.10.11   | 10.10.20.71         | fw-internal dmz>servers
            000:103                        | gw       | radius      | UDP 1645  | citrix.gateway.radius                    | 172.16.10.11   |                     |
            000:104 (STA in the XML Service) | gw     | ddc         | TCP 8080  | citrix.gateway.sta                       | 172.16.10.11   | 10.10.20.21, 10.10.20.22 | fw-internal dmz>servers
            000:104                        | gw       | ddc         | TCP 443   | citrix.gateway.sta                       |                |                     |
            000:105                        | gw       | vda         | TCP 1494  | citrix.gateway.vda-ica                   | 172.16.10.11   | 10.10.30.11-10.10.30.60 | fw-internal dmz>servers, fw-vdi servers>vdi
            000:105 (EDT needs UDP 1494)   | gw       | vda         | UDP 1494  | citrix.gateway.vda-ica-edt               | 172.16.10.11   |                     | fw-internal dmz>servers, fw-vdi servers>vdi
            000:106                        | gw       | vda         | TCP 2598  | citrix.gateway.vda-cgp                   | 172.16.10.11   |                     | fw-internal dmz>servers, fw-vdi servers>vdi
            000:106 (EDT needs UDP 2598)   | gw       | vda         | UDP 2598  | citrix.gateway.vda-cgp-edt               | 172.16.10.11   |                     | fw-internal dmz>servers, fw-vdi servers>vdi
            000:110 (to the StoreFront VIP)| gw       | sf          | TCP 443   | citrix.gateway.storefront                | 172.16.10.11   | 10.10.20.10         | fw-internal dmz>servers
            000:110                        | gw       | sf          | TCP 80    | citrix.gateway.storefront                |                |                     |
            000:116                        | gw       | dc          | TCP 53    | citrix.gateway.dns-tcp                   | 172.16.10.11   |                     | fw-internal dmz>servers, fw-directory servers>directory
            000:116                        | gw       | dc          | UDP 53    | citrix.gateway.dns-udp                   | 172.16.10.11   |                     | fw-internal dmz>servers, fw-directory servers>directory
            000:243 (callback to the vserver) | sf    | gw          | TCP 443   | citrix.storefront.gateway-callback       | 10.10.20.11, 10.10.20.12 | 172.16.10.10 | fw-internal servers>dmz
            000:113 (to the NSIPs, 000:25) | admin    | gw          | TCP 443   | citrix.gateway.admin-gui                 | 10.99.0.21     | 172.16.10.21, 172.16.10.22 | fw-mgmt mgmt>servers, fw-internal servers>dmz
            000:113                        | admin    | gw          | TCP 80    | citrix.gateway.admin-gui                 |                |                     |
            000:115                        | admin    | gw          | TCP 22    | citrix.gateway.admin-ssh                 | 10.99.0.21     | 172.16.10.21, 172.16.10.22 | fw-mgmt mgmt>servers, fw-internal servers>dmz
            000:113                        | helpdesk | gw          | TCP 443   | citrix.gateway.admin-gui                 | 10.99.0.31     | 172.16.10.21, 172.16.10.22 | fw-mgmt mgmt>servers, fw-internal servers>dmz
            000:115                        | helpdesk | gw          | TCP 22    | citrix.gateway.admin-ssh                 | 10.99.0.31     | 172.16.10.21, 172.16.10.22 |
            000:25 (Citrix ADC NSIP)       | admin    | lb          | TCP 443   | citrix.adc.admin-gui                     | 10.99.0.21     | 10.10.20.8          | fw-mgmt mgmt>servers
            000:27                         | admin    | lb          | TCP 22    | citrix.adc.admin-ssh                     | 10.99.0.21     | 10.10.20.8          | fw-mgmt mgmt>servers
            000:25                         | helpdesk | lb          | TCP 80    | citrix.adc.admin-gui                     |                | 10.10.20.8          |
            000:27                         | helpdesk | lb          | TCP 22    | citrix.adc.admin-ssh                     |                | 10.10.20.8          |
            000:15 (from the ADC SNIP)     | lb       | dc          | TCP 53    | citrix.adc.dns-tcp                       | 10.10.20.9     | 10.10.5.5, 10.10.5.6 | fw-directory servers>directory
            000:15                         | lb       | dc          | UDP 53    | citrix.adc.dns-udp                       | 10.10.20.9     |                     | fw-directory servers>directory
            000:242 (the ADC probes each server) | lb | sf          | TCP 8000  | citrix.storefront.adc-monitor            | 10.10.20.9     | 10.10.20.11, 10.10.20.12 | same zone
            implied: the ADC forwards store connections (000:235, 000:110) | lb | sf | TCP 443 | citrix.storefront.adc-load-balancing | 10.10.20.9 | 10.10.20.11, 10.10.20.12 | same zone
            000:144 (any Citrix component) | ddc      | lic         | TCP 27000 | citrix.licensing.license-requests        |                | 10.10.20.41         | same zone
            000:145                        | ddc      | lic         | TCP 7279  | citrix.licensing.vendor-daemon           |                |                     | same zone
            000:144                        | pvs      | lic         | TCP 27000 | citrix.licensing.license-requests        |                |                     | same zone
            000:145                        | pvs      | lic         | TCP 7279  | citrix.licensing.vendor-daemon           |                |                     |
            000:144                        | sr       | lic         | TCP 27000 | citrix.licensing.license-requests        |                |                     | same zone
            000:145                        | sr       | lic         | TCP 7279  | citrix.licensing.vendor-daemon           |                |                     |
            000:146                        | admin    | lic         | TCP 8082  | citrix.licensing.admin-console           | 10.99.0.21     | 10.10.20.41         | fw-mgmt mgmt>servers
            000:147                        | admin    | lic         | TCP 8083  | citrix.licensing.simple-license-service  |                |                     | fw-mgmt mgmt>servers
            000:148                        | admin    | lic         | TCP 80    | citrix.licensing.powershell              |                |                     | fw-mgmt mgmt>servers
            000:146                        | helpdesk | lic         | TCP 8082  | citrix.licensing.admin-console           | 10.99.0.31     |                     | fw-mgmt mgmt>servers
            000:147                        | helpdesk | lic         | TCP 8083  | citrix.licensing.simple-license-service  |                |                     |
            000:148                        | helpdesk | lic         | TCP 80    | citrix.licensing.powershell              |                |                     |
            000:177                        | ddc      | sql         | TCP 1433  | citrix.cvad.ddc-sql                      |                | 10.10.20.31         | same zone
            000:179 (80 Bidirectional)     | ddc      | vda         | TCP 80    | citrix.cvad.ddc-vda                      |                |                     | fw-vdi servers>vdi
            000:192 (80 Bidirectional)     | vda      | ddc         | TCP 80    | citrix.cvad.vda-ddc                      |                |                     | fw-vdi vdi>servers
            000:180                        | ddc      | vda         | TCP 89    | citrix.cvad.ddc-vda-lhc                  |                |                     | fw-vdi servers>vdi
            000:181                        | ddc      | ddc         | TCP 80    | citrix.cvad.ddc-ddc                      |                |                     | same zone
            000:182                        | ddc      | ddc         | TCP 89    | citrix.cvad.ddc-ddc-lhc                  |                |                     | same zone
            000:183                        | ddc      | ddc         | TCP 9095  | citrix.cvad.ddc-ddc-orchestration        |                |                     | same zone
            000:184 (remote-assistance on) | helpdesk | vda         | TCP 135   | citrix.cvad.admin-vda-assistance         | 10.99.0.31     |                     | fw-mgmt mgmt>servers, fw-vdi servers>vdi
            000:184                        | helpdesk | vda         | TCP 3389  | citrix.cvad.admin-vda-assistance         |                |                     |
            000:195 (source from 000:193)  | helpdesk | vda         | TCP 49152 | citrix.cvad.admin-vda-remote-assistance-tcp |             |                     | fw-mgmt mgmt>servers, fw-vdi servers>vdi
            000:195                        | helpdesk | vda         | UDP 65535 | citrix.cvad.admin-vda-remote-assistance-udp |             |                     | fw-mgmt mgmt>servers, fw-vdi servers>vdi
            000:194                        | admin    | ddc         | TCP 443   | citrix.cvad.admin-ddc                    |                |                     | fw-mgmt mgmt>servers
            000:194                        | helpdesk | ddc         | TCP 80    | citrix.cvad.admin-ddc                    |                |                     | fw-mgmt mgmt>servers
            000:224 (pvs-console on)       | admin    | ddc         | TCP 80    | citrix.pvs.console-ddc                   |                |                     | fw-mgmt mgmt>servers
            000:223 (pvs-console on)       | admin    | pvs         | TCP 54321 | citrix.pvs.admin-soap                    |                | 10.10.20.51, 10.10.20.52 | fw-mgmt mgmt>servers
            000:214                        | pvs      | pvs         | UDP 6890  | citrix.pvs.inter-server                  |                |                     | same zone
            000:215                        | pvs      | sql         | TCP 1433  | citrix.pvs.sql                           |                |                     | same zone
            000:216                        | pvs      | dc          | TCP 389   | citrix.pvs.dc-ldap                       |                |                     | fw-directory servers>directory
            000:218 (destination from 000:219) | vda  | tftp        | UDP 69    | citrix.pvs.target-pxe-tftp               |                | 10.10.20.55         | fw-vdi vdi>servers
            000:219 (destination from 000:220) | vda  | pvs         | UDP 6910  | citrix.pvs.target-logon                  |                | 10.10.20.51, 10.10.20.52 | fw-vdi vdi>servers
            000:220                        | vda      | pvs         | UDP 6930  | citrix.pvs.target-streaming              |                |                     | fw-vdi vdi>servers
            000:222                        | vda      | pvs         | TCP 54321 | citrix.pvs.target-soap                   |                |                     | fw-vdi vdi>servers
            000:217 (source cell)          | pvs      | vda         | UDP 6901  | citrix.pvs.server-to-target              |                |                     | fw-vdi servers>vdi
            000:229 (HTTPS; http off)      | vda      | sr          | TCP 443   | citrix.sr.agent                          |                | 10.10.20.61         | fw-vdi vdi>servers
            000:230                        | admin    | sr          | TCP 443   | citrix.sr.policy-console                 |                |                     | fw-mgmt mgmt>servers
            000:231                        | admin    | sr          | TCP 443   | citrix.sr.player                         |                |                     | fw-mgmt mgmt>servers
            000:230                        | helpdesk | sr          | TCP 443   | citrix.sr.policy-console                 |                |                     |
            000:231                        | helpdesk | sr          | TCP 443   | citrix.sr.player                         |                |                     |
            000:236 (from the servers)     | sf       | dc          | TCP 389   | citrix.storefront.dc-ldap-tcp            | 10.10.20.11, 10.10.20.12 |           | fw-directory servers>directory
            000:236                        | sf       | dc          | UDP 389   | citrix.storefront.dc-ldap-udp            | 10.10.20.11, 10.10.20.12 |           |
            000:237                        | sf       | dc          | TCP 88    | citrix.storefront.dc-kerberos-tcp        | 10.10.20.11, 10.10.20.12 |           |
            000:237                        | sf       | dc          | UDP 88    | citrix.storefront.dc-kerberos-udp        |                |                     |
            000:238                        | sf       | dc          | TCP 464   | citrix.storefront.dc-password-change-tcp | 10.10.20.11, 10.10.20.12 |           | fw-directory servers>directory
            000:238                        | sf       | dc          | UDP 464   | citrix.storefront.dc-password-change-udp |                |                     |
            000:239 (random ports, server to server) | sf | sf      | TCP       | citrix.storefront.peer-services          | 10.10.20.11, 10.10.20.12 | 10.10.20.11, 10.10.20.12 | same zone
            000:241                        | sf       | ddc         | TCP 443   | citrix.storefront.ddc                    | 10.10.20.11, 10.10.20.12 |           | same zone
            """)
    void flowMustExist(String seed, String source, String destination, String service, String rule, String sourceAddress,
                       String destinationAddress, String path) {
        assertFlow(FLOWS, seed, source, destination, service, rule, sourceAddress, destinationAddress, path);
    }

    static Stream<Arguments> domainMembers() {
        return Stream.concat(
                Scenario.domainMemberFlows("dc", "fw-directory servers>directory", "sf", "ddc", "sql", "lic", "pvs", "sr"),
                Scenario.domainMemberFlows("dc", "fw-vdi vdi>servers, fw-directory servers>directory", "vda"));
    }

    @ParameterizedTest(name = "implied, domain member: {0} -> {1} {2}")
    @MethodSource("domainMembers")
    void domainMembersReachTheDomainControllersInTheirOwnZone(String source, String destination, String service, String rule,
                                                              String path) {
        Flow flow = assertFlow(FLOWS, "implied: domain member", source, destination, service, rule, null,
                "10.10.5.5, 10.10.5.6", path);
        if (source.equals("sf")) {
            assertThat(flow.sourceAddress()).as("StoreFront's servers, never its VIP").isEqualTo(STOREFRONTS);
        }
    }

    @Test
    void explicitDirectoryRowsAndTheImpliedMemberRowsAreOneFlow() {
        // 000:216 and 000:236 name the same service as the implied LDAP row of a domain member.
        assertThat(FLOWS.find("pvs", "dc", "TCP 389")).singleElement().satisfies(f -> assertThat(f.ruleIds())
                .containsExactlyInAnyOrder("citrix.pvs.dc-ldap", "common.domain-member.ldap-tcp"));
        assertThat(FLOWS.find("sf", "dc", "TCP 389")).singleElement().satisfies(f -> assertThat(f.ruleIds())
                .containsExactlyInAnyOrder("citrix.storefront.dc-ldap-tcp", "common.domain-member.ldap-tcp"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # why (seed line)                                                     | source   | destination | service   | rule
            N1 no FAS server placed (000:208)                                     | *        | *           | *         | citrix.fas.vda-dc-ldap-tcp
            N1 no FAS server placed (000:208)                                     | *        | *           | *         | citrix.fas.vda-dc-ldap-udp
            N2 remote-assistance off on the admin workstation (000:184, 000:195)  | admin    | vda         | *         | *
            N3 no HTML client (000:114)                                           | *        | gw          | TCP 8443  | *
            N3 no HTML client (000:26)                                            | *        | lb          | TCP 8443  | *
            N4 TLS not enabled on the VDAs (000:107)                              | gw       | vda         | TCP 443   | *
            N4 TLS not enabled on the VDAs (000:107)                              | gw       | vda         | UDP 443   | *
            N6 SSL configured on Session Recording (000:229)                      | *        | sr          | TCP 80    | *
            N7 the TFTP server does not log targets on (000:219 shifted)          | vda      | tftp        | UDP 6910  | *
            N7 TFTP goes to the TFTP server only (000:218 shifted)                | vda      | pvs         | UDP 69    | *
            N8 internet users go through the Gateway                              | users    | sf          | *         | *
            N8 internet users go through the Gateway                              | users    | vda         | *         | *
            N8 internet users go through the Gateway                              | users    | ddc         | *         | *
            N9 appliances are not domain members                                  | gw       | dc          | TCP 88    | *
            N9 appliances are not domain members                                  | gw       | dc          | UDP 88    | *
            N9 appliances are not domain members                                  | lb       | dc          | TCP 88    | *
            N10 pvs-console off on the helpdesk workstation (000:223)             | helpdesk | pvs         | *         | *
            N10 pvs-console off on the helpdesk workstation (000:224)             | helpdesk | ddc         | *         | citrix.pvs.console-ddc
            N12 admin-ldap off (000:19)                                           | *        | *           | *         | citrix.adc.imi-ldap
            N13 no DHCP or PXE server placed (000:217)                            | *        | *           | UDP 67    | *
            N13 no DHCP or PXE server placed (000:217)                            | *        | *           | UDP 4011  | *
            """)
    void flowMustNotExist(String why, String source, String destination, String service, String rule) {
        assertNoFlow(FLOWS, why, source, destination, service, rule);
    }

    @Test
    void onlyDomainMembersUseTheImpliedDirectoryRows() {
        // N9: the Gateway, the ADC, the TFTP and RADIUS servers and the workstations are not domain-joined (§3d);
        // the Gateway's TCP 3268 to the directory is its own row 000:99.
        assertThat(FLOWS.all()).filteredOn(f -> f.ruleIds().stream().anyMatch(r -> r.startsWith("common.domain-member.")))
                .extracting(f -> f.source().id()).containsOnly("sf", "ddc", "sql", "lic", "pvs", "sr", "vda");
    }

    @Test
    void managementGoesToTheNsipsNeverToAVirtualServer() {
        // N5: 000:25, 000:113 "Citrix ADC NSIP"; high availability between the NSIPs (000:7-14).
        assertThat(FLOWS.all()).filteredOn(f -> Set.of("admin", "helpdesk").contains(f.source().id()))
                .noneMatch(f -> f.destinationAddress().equals("172.16.10.10") || f.destinationAddress().equals("10.10.20.10"));
        assertThat(FLOWS.all()).filteredOn(f -> f.ruleIds().stream().anyMatch(r -> r.startsWith("citrix.adc.ha-")))
                .isNotEmpty().allSatisfy(f -> {
                    assertThat(f.sourceAddress()).isEqualTo(NSIPS);
                    assertThat(f.destinationAddress()).isEqualTo(NSIPS);
                });
    }

    @Test
    void noConnectionComesFromAVirtualAddress() {
        // N11: a VIP accepts connections; servers and appliances connect from their own addresses, SNIP or NSIP.
        assertThat(FLOWS.all()).extracting(Flow::sourceAddress).doesNotContain("10.10.20.10", "172.16.10.10");
    }

    @Test
    void tftpOnlyGoesToTheTftpServer() {
        // N7: 000:218's UDP 69 goes to the TFTP server named on 000:219.
        assertThat(FLOWS.find("*", "*", "UDP 69")).extracting(f -> f.destination().id()).containsOnly("tftp");
    }
}
