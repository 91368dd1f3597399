package io.portolan.engine;

import static io.portolan.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleTable;
import io.portolan.model.Design;
import io.portolan.model.NodeAddresses;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;
import io.portolan.testing.FlowFinder;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalog's rules on small designs built here: when a row applies (the component it is about,
 * switches, install time) and which address of each end it uses. Seed lines ({@code 000:208}) are lines of
 * {@code shared/seeds/000_*.txt} (Citrix), {@code 001} Parallels RAS, {@code 002} Teradici CAS, {@code 003}
 * HP Anyware.
 */
class ShippedRulesTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    private static FlowFinder flows(DesignBuilder builder) {
        return flows(builder.build());
    }

    private static FlowFinder flows(Design design) {
        return new FlowFinder(new FlowEngine(CATALOG).analyze(design));
    }

    private static DesignBuilder citrixSite() {
        return design()
                .zone("lan", ZoneKind.INTERNAL).zone("dir", ZoneKind.INTERNAL).zone("mgmt", ZoneKind.MANAGEMENT)
                .firewall("fw-dir", "lan", "dir").firewall("fw-mgmt", "lan", "mgmt")
                .node("vda", "citrix.vda", "lan", 20, "edt")
                .node("dc", "common.domain-controller", "dir");
    }

    // Point 1: a row applies only when what it is about is in the design.

    @Test
    void vdaChecksTheFasUsersLogonAtTheDomainControllersOnlyWithAFasServer() {
        // 000:208 (FAS table; source VDA from 000:207): "Authentication of user during application or desktop launch".
        FlowFinder without = flows(citrixSite());
        FlowFinder with = flows(citrixSite().node("fas", "citrix.fas", "lan"));

        assertThat(without.withRule("citrix.fas.vda-dc-ldap-tcp")).isEmpty();
        assertThat(without.withRule("citrix.fas.vda-dc-ldap-udp")).isEmpty();
        assertThat(with.find("vda", "dc", "TCP 389", "citrix.fas.vda-dc-ldap-tcp")).hasSize(1);
        assertThat(with.find("vda", "dc", "UDP 389", "citrix.fas.vda-dc-ldap-udp")).hasSize(1);
    }

    @Test
    void provisioningConsoleRowsComeOnlyFromAWorkstationRunningTheConsole() {
        // 000:223 (SOAP for the console and its APIs) and 000:70 (console to the Cloud Connectors) follow pvs-console
        // like the console's wizard rows 000:224-225.
        FlowFinder plain = flows(citrixSite().node("pvs", "citrix.pvs", "lan").node("cc", "citrix.cloud-connector", "lan")
                .node("admin", "common.admin-workstation", "mgmt"));
        FlowFinder console = flows(citrixSite().node("pvs", "citrix.pvs", "lan").node("cc", "citrix.cloud-connector", "lan")
                .node("admin", "common.admin-workstation", "mgmt", "pvs-console"));

        assertThat(plain.find("admin", "pvs", "*")).isEmpty();
        assertThat(plain.find("admin", "cc", "*")).isEmpty();
        assertThat(console.find("admin", "pvs", "TCP 54321", "citrix.pvs.admin-soap")).hasSize(1);
        assertThat(console.find("admin", "cc", "TCP 443", "citrix.cvads.pvs-console")).hasSize(1);
    }

    @Test
    void cloudConnectorProxiesHdxToTheVdasOnlyForAPlacedGatewayService() {
        // Implied by the Gateway Service section (000:75): without Rendezvous it proxies HDX through the Connectors.
        // The VDAs here have Rendezvous off; an on-premises Citrix Gateway would reach them itself.
        FlowFinder found = flows(citrixSite().node("cc", "citrix.cloud-connector", "lan"));

        assertThat(found.withRule("citrix.gws.connector-vda-ica")).isEmpty();
    }

    @Test
    void cloudConnectorProxiesHdxToVdasWithoutRendezvousWhenTheGatewayServiceIsPlaced() {
        FlowFinder found = flows(design()
                .zone("cloud", ZoneKind.CLOUD).zone("lan", ZoneKind.INTERNAL).firewall("fw", "cloud", "lan")
                .node("gws", "citrix.gateway-service", "cloud", "edt")
                .node("cc", "citrix.cloud-connector", "lan")
                .node("vda", "citrix.vda", "lan", 20, "edt"));

        assertThat(found.find("cc", "vda", "TCP 1494", "citrix.gws.connector-vda-ica")).hasSize(1);
    }

    @Test
    void wemAgentsRegisterWithTheCloudConnectorOnlyForTheWemService() {
        // 000:91: "Registration Traffic for WEM Agents" sits in the WEM Service section.
        FlowFinder withoutService = flows(citrixSite().node("cc", "citrix.cloud-connector", "lan")
                .node("wem", "citrix.wem-infrastructure", "lan").node("agents", "citrix.vda", "lan", 5, "wem"));
        FlowFinder withService = flows(design()
                .zone("cloud", ZoneKind.CLOUD).zone("lan", ZoneKind.INTERNAL).firewall("fw", "cloud", "lan")
                .node("wems", "citrix.wem-service", "cloud")
                .node("cc", "citrix.cloud-connector", "lan")
                .node("agents", "citrix.vda", "lan", 5, "wem"));

        assertThat(withoutService.find("agents", "cc", "*")).noneMatch(f -> f.ruleIds().contains("citrix.wems.agent-registration"));
        assertThat(withService.find("agents", "cc", "TCP 443", "citrix.wems.agent-registration")).hasSize(1);
    }

    // Point 2: occasional uses are switches, off by default.

    @Test
    void workstationReachesTheVdasForRemoteAssistanceOnlyWhenSwitchedOn() {
        // 000:184 (TCP 135, 3389 for Remote Assistance) and 000:195 (dynamic ports, source inherited from 000:193).
        FlowFinder placed = flows(DesignBuilder.design(CATALOG)
                .zone("lan", ZoneKind.INTERNAL).zone("mgmt", ZoneKind.MANAGEMENT).firewall("fw-mgmt", "lan", "mgmt")
                .node("vda", "citrix.vda", "lan", 20, "edt")
                .placed("admin", "common.admin-workstation", "mgmt"));
        FlowFinder helpdesk = flows(citrixSite().node("helpdesk", "common.admin-workstation", "mgmt", "remote-assistance"));

        assertThat(placed.find("admin", "vda", "*")).isEmpty();
        assertThat(helpdesk.find("helpdesk", "vda", "TCP 135", "citrix.cvad.admin-vda-assistance")).hasSize(1);
        assertThat(helpdesk.find("helpdesk", "vda", "TCP 3389", "citrix.cvad.admin-vda-assistance")).hasSize(1);
        assertThat(helpdesk.find("helpdesk", "vda", "TCP 49152", "citrix.cvad.admin-vda-remote-assistance-tcp")).hasSize(1);
        assertThat(helpdesk.find("helpdesk", "vda", "UDP 65535", "citrix.cvad.admin-vda-remote-assistance-udp")).hasSize(1);
    }

    @Test
    void directorReachesTheVdasForRemoteAssistanceOnlyWhenSwitchedOn() {
        // 000:184: "Citrix Director and Admin Workstation | Virtual Delivery Agent | TCP | 135, 3389".
        FlowFinder off = flows(citrixSite().node("director", "citrix.director", "lan"));
        FlowFinder on = flows(citrixSite().node("director", "citrix.director", "lan", "remote-assistance"));

        assertThat(off.find("director", "vda", "*")).isEmpty();
        assertThat(on.find("director", "vda", "TCP 3389", "citrix.cvad.director-vda-assistance")).hasSize(1);
    }

    @Test
    void htmlClientPortIsRequestedOnlyWhenAdministratorsUseTheHtmlClient() {
        // 000:26 and 000:114: "If an HTML client is used, then only 8443 port needs to be open".
        FlowFinder off = flows(citrixSite().node("gw", "citrix.gateway", "lan", "edt")
                .node("adc", "citrix.adc", "lan").node("admin", "common.admin-workstation", "mgmt"));
        FlowFinder on = flows(citrixSite().node("gw", "citrix.gateway", "lan", "edt", "admin-html-client")
                .node("adc", "citrix.adc", "lan", "admin-html-client").node("admin", "common.admin-workstation", "mgmt"));

        assertThat(off.find("admin", "*", "TCP 8443")).isEmpty();
        assertThat(off.find("admin", "gw", "TCP 443", "citrix.gateway.admin-gui")).hasSize(1);
        assertThat(on.find("admin", "gw", "TCP 8443", "citrix.gateway.admin-html-client")).hasSize(1);
        assertThat(on.find("admin", "adc", "TCP 8443", "citrix.adc.admin-html-client")).hasSize(1);
    }

    @Test
    void hdxOverTlsAndDtlsOn443OnlyReachesVdasWithTlsOn() {
        // 000:107 "TCP, UDP | 443 | ICA/HDX over TLS/DTLS"; 000:189 the client's TCP 443 "over SSL".
        DesignBuilder plain = design().zone("lan", ZoneKind.INTERNAL)
                .node("gw", "citrix.gateway", "lan", "edt").node("staff", "citrix.workspace-app", "lan")
                .node("vda", "citrix.vda", "lan", 20, "edt");
        DesignBuilder tls = design().zone("lan", ZoneKind.INTERNAL)
                .node("gw", "citrix.gateway", "lan", "edt").node("staff", "citrix.workspace-app", "lan")
                .node("vda", "citrix.vda", "lan", 20, "edt", "tls");
        DesignBuilder tlsWithoutEdt = design().zone("lan", ZoneKind.INTERNAL)
                .node("gw", "citrix.gateway", "lan", "edt").node("vda", "citrix.vda", "lan", 20, "tls");

        assertThat(flows(plain).find("*", "vda", "TCP 443")).isEmpty();
        assertThat(flows(plain).find("*", "vda", "UDP 443")).isEmpty();
        assertThat(flows(plain).find("gw", "vda", "UDP 1494", "citrix.gateway.vda-ica-edt")).hasSize(1);
        assertThat(flows(tls).find("gw", "vda", "TCP 443", "citrix.gateway.vda-tls")).hasSize(1);
        assertThat(flows(tls).find("gw", "vda", "UDP 443", "citrix.gateway.vda-dtls")).hasSize(1);
        assertThat(flows(tls).find("staff", "vda", "TCP 443", "citrix.cvad.client-vda-ssl")).hasSize(1);
        assertThat(flows(tls).find("staff", "vda", "UDP 443", "citrix.cvad.client-vda-dtls")).hasSize(1);
        assertThat(flows(tlsWithoutEdt).find("gw", "vda", "TCP 443", "citrix.gateway.vda-tls")).hasSize(1);
        assertThat(flows(tlsWithoutEdt).find("gw", "vda", "UDP 443")).isEmpty();
    }

    @Test
    void sessionRecordingUsesHttpsUnlessTheServerIsSwitchedToHttp() {
        // 000:229-231: "80, 443"; "Default installation uses HTTPS/SSL ... If SSL is not configured, use HTTP."
        DesignBuilder https = citrixSite().node("sr", "citrix.session-recording", "lan")
                .node("admin", "common.admin-workstation", "mgmt");
        DesignBuilder http = citrixSite().node("sr", "citrix.session-recording", "lan", "http")
                .node("admin", "common.admin-workstation", "mgmt");

        assertThat(flows(https).find("*", "sr", "TCP 80")).isEmpty();
        assertThat(flows(https).find("vda", "sr", "TCP 443", "citrix.sr.agent")).hasSize(1);
        assertThat(flows(https).find("admin", "sr", "TCP 443", "citrix.sr.player")).hasSize(1);
        assertThat(flows(https).find("admin", "sr", "TCP 443", "citrix.sr.policy-console")).hasSize(1);
        assertThat(flows(http).find("*", "sr", "TCP 443")).isEmpty();
        assertThat(flows(http).find("vda", "sr", "TCP 80", "citrix.sr.agent-http")).hasSize(1);
        assertThat(flows(http).find("admin", "sr", "TCP 80", "citrix.sr.player-http")).hasSize(1);
        assertThat(flows(http).find("admin", "sr", "TCP 80", "citrix.sr.policy-console-http")).hasSize(1);
    }

    @Test
    void consoleShadowsParallelsClientsOnlyWhenSwitchedOn() {
        // 001:89-90: "TCP 50005 Shadowing from RAS Console in case of direct network connection".
        DesignBuilder off = design().zone("lan", ZoneKind.INTERNAL)
                .node("console", "parallels.console", "lan").node("users", "parallels.client", "lan");
        DesignBuilder on = design().zone("lan", ZoneKind.INTERNAL)
                .node("console", "parallels.console", "lan", "shadowing").node("users", "parallels.client", "lan");

        assertThat(flows(off).withRule("parallels.client.shadowing")).isEmpty();
        assertThat(flows(on).find("console", "users", "TCP 50005", "parallels.client.shadowing")).hasSize(1);
    }

    @Test
    void pushInstallationPortsAreRequestedOnlyWhileSwitchedOnAndMarkedTemporary() {
        // 001:3 "All Components TCP 135, 445 - remote agent push"; 001:63 "TCP 49179 Remote Install Push/Takeover".
        FlowFinder off = flows(rasFarm());
        FlowFinder on = flows(rasFarm("push-install"));

        assertThat(off.find("pa", "*", "TCP 135")).isEmpty();
        assertThat(off.find("pa", "*", "TCP 49179")).isEmpty();
        assertThat(on.find("pa", "rdsh", "TCP 445", "parallels.all.remote-agent-push"))
                .singleElement().satisfies(f -> assertThat(f.temporary()).isTrue());
        assertThat(on.find("pa", "rdsh", "TCP 49179", "parallels.rdsh.remote-install"))
                .singleElement().satisfies(f -> assertThat(f.temporary()).isTrue());
        assertThat(on.find("rdsh", "pa", "TCP 20003")).singleElement().satisfies(f -> assertThat(f.temporary()).isFalse());
    }

    @Test
    void rulesSheetMarksPushInstallationRulesTemporaryInstallTime() {
        RuleTable table = RuleTable.of(new FlowEngine(CATALOG).analyze(rasFarm("push-install").build()), false);

        assertThat(table.rows()).filteredOn(r -> r.source().id().equals("pa") && r.cell(RuleColumn.PORTS).contains("49179"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.cell(RuleColumn.REQUIRED)).isEqualTo("Required, temporary (install time)"));
        assertThat(table.rows()).filteredOn(r -> r.source().id().equals("scg"))
                .isNotEmpty().extracting(r -> r.cell(RuleColumn.REQUIRED)).containsOnly("Required");
    }

    // Point 3: domain members reach the domain controllers and DNS (implied rows, Microsoft's AD port list).

    @Test
    void domainJoinedVdaReachesTheDomainControllersInTheirOwnZone() {
        FlowFinder found = flows(citrixSite());

        for (String[] service : new String[][] {{"TCP 88", "kerberos-tcp"}, {"UDP 88", "kerberos-udp"},
                {"TCP 389", "ldap-tcp"}, {"UDP 389", "ldap-udp"}, {"TCP 3268", "global-catalog"}, {"TCP 53", "dns-tcp"},
                {"UDP 53", "dns-udp"}}) {
            assertThat(found.find("vda", "dc", service[0], "common.domain-member." + service[1])).as(service[0])
                    .singleElement().satisfies(f -> assertThat(FlowFinder.path(f)).isEqualTo("fw-dir lan>dir"));
        }
    }

    @Test
    void appliancesAndGatewaysAreNotDomainMembers() {
        FlowFinder found = flows(citrixSite()
                .node("gw", "citrix.gateway", "lan", "edt").node("scg", "parallels.secure-gateway", "lan", "ssl")
                .node("conn", "hp.anyware-connector", "lan").node("admin", "common.admin-workstation", "mgmt"));

        assertThat(found.all()).filteredOn(f -> f.ruleIds().stream().anyMatch(r -> r.startsWith("common.domain-member.")))
                .extracting(f -> f.source().id()).containsOnly("vda");
    }

    @Test
    void storeFrontsOwnDirectoryRowAndTheImpliedMemberRowAreOneFlow() {
        // 000:236: "StoreFront Server | Domain Controller | TCP, UDP | 389"; implied: StoreFront is a domain member.
        FlowFinder found = flows(citrixSite().node("sf", "citrix.storefront", "lan", 2));

        assertThat(found.find("sf", "dc", "TCP 389")).singleElement().satisfies(f -> assertThat(f.ruleIds())
                .containsExactlyInAnyOrder("citrix.storefront.dc-ldap-tcp", "common.domain-member.ldap-tcp"));
    }

    @Test
    void cloudConnectorsDirectoryTrafficIsTheDomainMembersRows() {
        FlowFinder found = flows(citrixSite().node("cc", "citrix.cloud-connector", "lan", 2));

        assertThat(found.find("cc", "dc", "TCP 389")).singleElement()
                .satisfies(f -> assertThat(f.ruleIds()).containsExactly("common.domain-member.ldap-tcp"));
        assertThat(found.find("cc", "dc", "UDP 88")).singleElement()
                .satisfies(f -> assertThat(f.ruleIds()).containsExactly("common.domain-member.kerberos-udp"));
    }

    @Test
    void domainMembersAskEveryDnsServerOfTheDesign() {
        FlowFinder found = flows(citrixSite().node("dns", "common.dns-server", "lan"));

        assertThat(found.find("vda", "dns", "UDP 53", "common.domain-member.dns-udp")).hasSize(1);
        assertThat(found.find("vda", "dns", "TCP 88")).isEmpty();
        assertThat(found.find("vda", "dc", "UDP 53", "common.domain-member.dns-udp")).hasSize(1);
    }

    // Point 4: PCoIP agents license themselves unless a local license server is placed.

    @Test
    void workstationsLicenseAtTheCloudLicenseServerUnlessALocalLicenseServerIsPlaced() {
        // Implied by 003:19 (agents license at the local server "if ... used instead of the Cloud License Server"),
        // 003:12 and 003:24 ("Port 443 TCP is not required if the PCoIP License Server is used").
        FlowFinder cloud = flows(pcoipSite());
        FlowFinder local = flows(pcoipSite().node("ls", "pcoip.license-server", "lan"));

        assertThat(cloud.find("ws", "cls", "TCP 443", "hp.anyware.workstation-cloud-license")).hasSize(1);
        assertThat(cloud.find("conn", "cls", "TCP 443", "hp.anyware.cloud-license"))
                .singleElement().satisfies(f -> assertThat(f.temporary()).as("install time, 003:12").isTrue());
        assertThat(local.find("*", "cls", "*")).as("nothing to the Cloud License Server, even with cloud-licensing on").isEmpty();
        assertThat(local.find("ws", "ls", "TCP 7070", "hp.anyware.license-server")).hasSize(1);
    }

    // Point 5: each rule end names the address it uses.

    @Test
    void gatewayIsAdministeredOnItsNsipsAndRunsHighAvailabilityBetweenThem() {
        // 000:113-115 admin -> Citrix Gateway (000:25: "Citrix ADC NSIP"); 000:7-14 HA from the NSIP.
        FlowFinder found = flows(gatewaySite().addresses("172.16.10.10", "172.16.10.11", "172.16.10.21, 172.16.10.22", ""));

        assertThat(found.find("admin", "gw", "TCP 443", "citrix.gateway.admin-gui")).singleElement()
                .satisfies(f -> assertThat(f.destinationAddress()).isEqualTo("172.16.10.21, 172.16.10.22"));
        assertThat(found.find("admin", "gw", "TCP 22", "citrix.gateway.admin-ssh")).singleElement()
                .satisfies(f -> assertThat(f.destinationAddress()).isEqualTo("172.16.10.21, 172.16.10.22"));
        assertThat(found.find("gw", "gw", "UDP 3003", "citrix.adc.ha-heartbeat")).singleElement().satisfies(f -> {
            assertThat(f.sourceAddress()).isEqualTo("172.16.10.21, 172.16.10.22");
            assertThat(f.destinationAddress()).isEqualTo("172.16.10.21, 172.16.10.22");
        });
        assertThat(found.find("gw", "vda", "TCP 1494", "citrix.gateway.vda-ica")).singleElement()
                .satisfies(f -> assertThat(f.sourceAddress()).as("from the SNIP, 000:98").isEqualTo("172.16.10.11"));
        assertThat(found.find("users", "gw", "TCP 443", "citrix.gateway.users-https")).singleElement()
                .satisfies(f -> assertThat(f.destinationAddress()).as("the virtual server").isEqualTo("172.16.10.10"));
    }

    @Test
    void gatewayWithoutAManagementAddressIsAdministeredOnItsAddress() {
        FlowFinder found = flows(gatewaySite().addresses("172.16.10.10", "", "", ""));

        assertThat(found.find("admin", "gw", "TCP 443", "citrix.gateway.admin-gui")).singleElement()
                .satisfies(f -> assertThat(f.destinationAddress()).isEqualTo("172.16.10.10"));
    }

    @Test
    void pcoipSessionsGoToEachConnectorsOwnAddressBehindTheBalancedNegotiation() {
        // 003:11 TCP 443 negotiation (balanced); 003:14 TCP/UDP 4172 to the Connector that brokered the session.
        FlowFinder found = flows(pcoipSite().node("users", "pcoip.client", "inet").with("conn",
                n -> n.withAddresses(new NodeAddresses("172.16.40.10", "", "", "172.16.40.11, 172.16.40.12"))));

        assertThat(found.find("users", "conn", "TCP 443", "hp.anyware.clients-https")).singleElement()
                .satisfies(f -> assertThat(f.destinationAddress()).isEqualTo("172.16.40.10"));
        assertThat(found.find("users", "conn", "UDP 4172", "hp.anyware.clients-pcoip-udp")).singleElement()
                .satisfies(f -> assertThat(f.destinationAddress()).isEqualTo("172.16.40.11, 172.16.40.12"));
        assertThat(found.find("conn", "ws", "TCP 60443", "hp.anyware.workstation-prepare")).singleElement()
                .satisfies(f -> assertThat(f.sourceAddress()).as("never from the balanced address").isEqualTo("172.16.40.11, 172.16.40.12"));
    }

    // Point 6: Parallels internal ports.

    @Test
    void agentsInternalComponentsPortIsLocalToTheHost() {
        // 001:62, 001:75, 001:85: "TCP 30005 ... internal components communication".
        FlowFinder found = flows(design().zone("lan", ZoneKind.INTERNAL)
                .node("pa", "parallels.publishing-agent", "lan", 2)
                .node("rdsh", "parallels.rdsh-agent", "lan", 10)
                .node("pc", "parallels.remote-pc-agent", "lan", 10)
                .node("guests", "parallels.guest-agent", "lan", 10));

        assertThat(found.find("*", "*", "TCP 30005")).isEmpty();
        assertThat(CATALOG.rule("parallels.rdsh.internal-components").orElseThrow().local()).isTrue();
    }

    @Test
    void guestAgentsReachTheVdiAgentAcrossTheirFirewall() {
        // 001:66-67 "TCP, UDP 30006 VDI Agent Communication Port": its clients are the guest agents (and the PA).
        FlowFinder found = flows(design().zone("lan", ZoneKind.INTERNAL).zone("vdi", ZoneKind.INTERNAL)
                .firewall("fw-vdi", "lan", "vdi")
                .node("pa", "parallels.publishing-agent", "lan", 2)
                .node("vdiagent", "parallels.vdi-agent", "lan")
                .node("guests", "parallels.guest-agent", "vdi", 50));

        assertThat(found.find("guests", "vdiagent", "TCP 30006", "parallels.vdi.guest-tcp-30006")).singleElement()
                .satisfies(f -> assertThat(FlowFinder.path(f)).isEqualTo("fw-vdi vdi>lan"));
        assertThat(found.find("guests", "vdiagent", "UDP 30006", "parallels.vdi.guest-udp-30006")).hasSize(1);
        assertThat(found.find("guests", "vdiagent", "TCP 30007")).as("001:68 serves the Publishing Agent").isEmpty();
        assertThat(found.find("pa", "vdiagent", "TCP 30007", "parallels.vdi.agent-tcp-30007")).hasSize(1);
    }

    // Point 7: the Provisioning rows whose Destination cells are one row out of step.

    @Test
    void provisioningTargetsFetchTheBootstrapFromTftpAndLogOnAtTheProvisioningServer() {
        // 000:218 UDP 69 TFTP "for Bootstrap delivery" is served by the TFTP Server of 000:219; 000:219 UDP 6910 "Target
        // Device log on at Provisioning Services" by the Provisioning Server of 000:220; 000:217's UDP 4011 by the PXE
        // service of 000:218.
        FlowFinder found = flows(design().zone("lan", ZoneKind.INTERNAL).zone("vdi", ZoneKind.INTERNAL)
                .firewall("fw-vdi", "lan", "vdi")
                .node("pvs", "citrix.pvs", "lan", 2).node("tftp", "common.tftp-server", "lan")
                .node("pxe", "common.pxe-server", "lan").node("dhcp", "common.dhcp-server", "lan")
                .node("vda", "citrix.vda", "vdi", 50, "pvs"));

        assertThat(found.find("vda", "tftp", "UDP 69", "citrix.pvs.target-pxe-tftp")).hasSize(1);
        assertThat(found.find("vda", "tftp", "UDP 6910")).isEmpty();
        assertThat(found.find("vda", "pvs", "UDP 6910", "citrix.pvs.target-logon")).hasSize(1);
        assertThat(found.find("vda", "pxe", "UDP 69")).isEmpty();
        assertThat(found.find("vda", "pxe", "UDP 4011", "citrix.pvs.target-pxe-service"))
                .singleElement().satisfies(f -> assertThat(f.optional()).isTrue());
        assertThat(found.find("vda", "dhcp", "UDP 67", "citrix.pvs.target-dhcp")).hasSize(1);
        assertThat(found.find("vda", "dhcp", "UDP 4011")).isEmpty();
    }

    @Test
    void targetsBootingFromIsoNeedNoNetworkBootButStillLogOn() {
        FlowFinder found = flows(design().zone("lan", ZoneKind.INTERNAL)
                .node("pvs", "citrix.pvs", "lan", 2).node("tftp", "common.tftp-server", "lan")
                .node("vda", "citrix.vda", "lan", 50, "pvs", "bdm"));

        assertThat(found.find("vda", "tftp", "*")).isEmpty();
        assertThat(found.find("vda", "pvs", "UDP 6910", "citrix.pvs.target-logon")).hasSize(1);
        assertThat(found.find("vda", "pvs", "UDP 6969", "citrix.pvs.target-two-stage-boot")).hasSize(1);
    }

    // Point 9: literal readings no engineer would request.

    @Test
    void storeFrontPeersUseTheFixedPort93ByDefaultAndThePortSetOnTheNode() {
        // 000:244-256: the net.p2p endpoint URIs "includes the port ... :93" (the document's example).
        FlowFinder byDefault = flows(design().zone("lan", ZoneKind.INTERNAL)
                .node("sf", "citrix.storefront", "lan", 2, "fixed-peer-port")
                .addresses("10.10.20.10", "", "", "10.10.20.11, 10.10.20.12"));
        FlowFinder chosen = flows(design().zone("lan", ZoneKind.INTERNAL)
                .node("sf", "citrix.storefront", "lan", 2, "fixed-peer-port").setting("peer-port", 8093));

        assertThat(byDefault.withRule("citrix.storefront.peer-services-fixed")).singleElement().satisfies(f -> {
            assertThat(f.ports().toString()).isEqualTo("93");
            assertThat(f.portNote()).contains("Peer-to-peer port");
            assertThat(f.sourceAddress()).isEqualTo("10.10.20.11, 10.10.20.12");
            assertThat(f.destinationAddress()).isEqualTo("10.10.20.11, 10.10.20.12");
        });
        assertThat(chosen.withRule("citrix.storefront.peer-services-fixed")).singleElement()
                .satisfies(f -> assertThat(f.ports().toString()).isEqualTo("8093"));
        assertThat(byDefault.withRule("citrix.storefront.peer-services")).as("random ports only without the fixed port").isEmpty();
    }

    @Test
    void administratorsReachTheLightsOutControllerAndTheApplianceNever() {
        // 000:18 "ADC lights out management | TCP | 4001, 5900, 623": ports the controller listens on.
        FlowFinder found = flows(design().zone("dmz", ZoneKind.DMZ).zone("mgmt", ZoneKind.MANAGEMENT)
                .firewall("fw-mgmt", "dmz", "mgmt")
                .node("adc", "citrix.adc", "dmz").node("lom", "citrix.adc-lom", "mgmt")
                .node("admin", "common.admin-workstation", "mgmt"));

        assertThat(found.find("admin", "lom", "TCP 623", "citrix.adc.lom")).hasSize(1);
        assertThat(found.find("adc", "lom", "*")).isEmpty();
    }

    @Test
    void applianceSignsAdministratorsInWithLdapFromItsNsipOnlyWhenSwitchedOn() {
        // 000:19 "Integrated Management Interface | TCP, UDP | 389 | LDAP connection".
        FlowFinder off = flows(design().zone("lan", ZoneKind.INTERNAL)
                .node("adc", "citrix.adc", "lan").addresses("10.10.20.10", "10.10.20.9", "10.10.20.8", "")
                .node("dc", "common.domain-controller", "lan"));
        FlowFinder on = flows(design().zone("lan", ZoneKind.INTERNAL)
                .node("adc", "citrix.adc", "lan", "admin-ldap").addresses("10.10.20.10", "10.10.20.9", "10.10.20.8", "")
                .node("dc", "common.domain-controller", "lan"));

        assertThat(off.find("adc", "dc", "TCP 389")).isEmpty();
        assertThat(on.find("adc", "dc", "TCP 389", "citrix.adc.imi-ldap")).singleElement()
                .satisfies(f -> assertThat(f.sourceAddress()).isEqualTo("10.10.20.8"));
        assertThat(on.find("adc", "dc", "UDP 389")).isEmpty();
    }

    @Test
    void citrixAdmPingsTheWanopDevices() {
        // 000:166 "Citrix ADM | ICMP | N/A | For network reachability between Citrix ADM and SD-WAN WANOP devices"; 000:35.
        FlowFinder found = flows(design().zone("lan", ZoneKind.INTERNAL).zone("mgmt", ZoneKind.MANAGEMENT)
                .firewall("fw", "lan", "mgmt")
                .node("adm", "citrix.adm", "mgmt").node("wanop", "citrix.sdwan-wanop", "lan"));

        assertThat(found.find("adm", "wanop", "ICMP", "citrix.sdwan.wanop-icmp")).hasSize(1);
        assertThat(found.find("wanop", "adm", "ICMP")).isEmpty();
    }

    private static DesignBuilder gatewaySite() {
        return design()
                .zone("inet", ZoneKind.INTERNET).zone("dmz", ZoneKind.DMZ).zone("lan", ZoneKind.INTERNAL)
                .zone("mgmt", ZoneKind.MANAGEMENT)
                .firewall("fw-edge", "inet", "dmz").firewall("fw-internal", "dmz", "lan").firewall("fw-mgmt", "lan", "mgmt")
                .node("users", "citrix.workspace-app", "inet")
                .node("vda", "citrix.vda", "lan", 20, "edt")
                .node("admin", "common.admin-workstation", "mgmt")
                .node("gw", "citrix.gateway", "dmz", 2, "edt", "ha");
    }

    private static DesignBuilder pcoipSite() {
        return design()
                .zone("inet", ZoneKind.INTERNET).zone("dmz", ZoneKind.DMZ).zone("lan", ZoneKind.INTERNAL)
                .firewall("fw-edge", "inet", "dmz").firewall("fw-internal", "dmz", "lan")
                .node("cls", "pcoip.cloud-license-server", "inet")
                .node("conn", "hp.anyware-connector", "dmz", 2, "cloud-licensing")
                .node("ws", "pcoip.remote-workstation", "lan", 20);
    }

    private static DesignBuilder rasFarm(String... publishingAgentFeatures) {
        return design()
                .zone("dmz", ZoneKind.DMZ).zone("lan", ZoneKind.INTERNAL).firewall("fw", "dmz", "lan")
                .node("scg", "parallels.secure-gateway", "dmz", 2, "ssl", "rdp-udp")
                .node("pa", "parallels.publishing-agent", "lan", 2, publishingAgentFeatures)
                .node("rdsh", "parallels.rdsh-agent", "lan", 10);
    }
}
