package io.portolan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.io.design.Templates;
import io.portolan.model.PortSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crossing flows of each template, written out by hand from the vendor documents in
 * {@code shared/seeds} (one line per node pair: the ports the document gives for it and the firewalls the
 * traffic passes, in order), and compared with what the engine works out. Ports are written as the
 * documents list them; the comparison merges adjacent ports the way an edge label does.
 */
class TemplateCrossingFlowsTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    @Test
    void citrixOnPremisesCrossesTheFirewallsOnlyWhereTheCitrixDocumentSays() throws Exception {
        assertCrossingFlows("citrix-onprem", List.of(
                // Implied client row (catalog citrix.gateway.users-*): HTTPS to the Gateway virtual server, DTLS with EDT.
                // The users never reach StoreFront or the VDAs themselves: the Gateway stands in for them.
                "Remote users -> Citrix Gateway : TCP 443 | UDP 443 via Edge firewall",
                // Citrix Gateway: StoreFront TCP 80, 443.
                "Citrix Gateway -> StoreFront : TCP 80, 443 via Internal firewall",
                // Citrix Gateway: Secure Ticketing Authority (the Delivery Controllers' XML service) TCP 80, 8080, 443.
                "Citrix Gateway -> Delivery Controllers : TCP 80, 8080, 443 via Internal firewall",
                // Citrix Gateway: VDAs TCP, UDP 1494 / 2598 (UDP with EDT); TCP, UDP 443 is HDX over TLS/DTLS, which the
                // template's VDAs do not enable (tls off); 8008 and 16500..16509 stay off.
                "Citrix Gateway -> Session hosts (VDA) : TCP 1494, 2598 | UDP 1494, 2598 via Internal firewall",
                // Citrix Gateway: LDAP Server TCP 636, 3268, 3269, 389; Citrix ADC and Gateway: DNS TCP, UDP 53.
                "Citrix Gateway -> Domain controllers : TCP 636, 3268, 3269, 389, 53 | UDP 53 via Internal firewall",
                // Citrix Gateway: RADIUS Server UDP 1813, and UDP 1645, 1812.
                "Citrix Gateway -> MFA (RADIUS) : UDP 1813, 1645, 1812 via Internal firewall",
                // StoreFront: Citrix Gateway TCP 443 (callback URL).
                "StoreFront -> Citrix Gateway : TCP 443 via Internal firewall",
                // Citrix ADC and Citrix Gateway: Admin Workstation TCP 80, 443, 22; 8443 only "If an HTML client is used".
                "Admin workstation -> Citrix Gateway : TCP 80, 443, 22 via Management firewall, Internal firewall",
                // CVAD: Admin Workstation to DDC Controller TCP 80, 443 (Studio, SDK); Provisioning console TCP 80.
                "Admin workstation -> Delivery Controllers : TCP 80, 443 via Management firewall",
                // Citrix License Server: Admin Workstation TCP 8082, 8083, 80.
                "Admin workstation -> License Server : TCP 8082, 8083, 80 via Management firewall"));
                // CVAD: Director and Admin Workstation to VDA TCP 135, 3389 and TCP, UDP 49152..65535 serve Remote
                // Assistance only, an occasional use the template's workstation does not switch on.
    }

    @Test
    void citrixCloudResourceLocationOnlyConnectsOutwards() throws Exception {
        assertCrossingFlows("citrix-cloud", List.of(
                // Users reach Citrix Workspace and the Gateway Service over the internet, past no firewall of ours;
                // with the Gateway Service placed they never reach the VDAs themselves.
                "Remote users -> Citrix Cloud : TCP 443 via Internet / Cloud services boundary",
                "Remote users -> Gateway Service : TCP 443 | UDP 443 via Internet / Cloud services boundary",
                // Citrix Cloud: all connections from the Cloud Connector on HTTPS 443; host management TCP 9350-9354.
                "Cloud Connectors -> Citrix Cloud : TCP 443, 9350-9354 via Edge firewall",
                // Citrix Cloud: Cloud Connectors to *.digicert.com HTTP 80 and HTTPS 443 (CRL checks, CA certificates).
                "Cloud Connectors -> DigiCert : TCP 80, 443 via Edge firewall",
                // Gateway Service: without Rendezvous the Gateway Service proxies HDX through the Connectors (HTTPS 443).
                "Cloud Connectors -> Gateway Service : TCP 443 via Edge firewall",
                // CVAD Service: VDA to Gateway Service TCP 443 (Rendezvous); Gateway Service: UDP 443 (EDT).
                "Session hosts (VDA) -> Gateway Service : TCP 443 | UDP 443 via Edge firewall",
                // CVAD Service: Provisioning console and Remote PowerShell SDK to Citrix Cloud HTTPS 443.
                "Admin workstation -> Citrix Cloud : TCP 443 via Management firewall, Edge firewall"));
                // CVAD Service: the Provisioning Server console to Cloud Connectors HTTPS 443 only from a workstation
                // with the Provisioning console (pvs-console), which this template's workstation does not run.
                // CVAD: Admin Workstation to VDA TCP 135, 3389 and TCP, UDP 49152..65535 only with remote-assistance.
    }

    @Test
    void parallelsRasClientsReachOnlyTheHalbAndTheGateways() throws Exception {
        assertCrossingFlows("parallels-ras", List.of(
                // HALB APPLIANCE, External: TCP 80, TCP 443 (SSL on); Client Manager 20009 stays off. SECURE CLIENT
                // GATEWAY, External: UDP 80 (RDP-UDP), UDP 443 (SSL and RDP-UDP), which the HALB balances too (its
                // rdp-udp is on), so the users reach the gateways through it on every port.
                "Remote users -> HALB appliances : TCP 80, 443 | UDP 80, 443 via Edge firewall",
                // PUBLISHING AGENT, Internal TCP 20002: communications with the Secure Client Gateway.
                "Secure Client Gateways -> Publishing Agents : TCP 20002 via Internal firewall",
                // RD SESSION HOST AGENT, Internal TCP, UDP 3389: the gateway tunnels the sessions (UDP with RDP-UDP).
                "Secure Client Gateways -> RD Session Hosts : TCP 3389 | UDP 3389 via Internal firewall",
                // All Components TCP 135, 445 (remote agent push) and SECURE CLIENT GATEWAY, Internal TCP 49179 are
                // install-time ports: only with push-install on the Publishing Agents, which the template leaves off.
                // HALB APPLIANCE, Internal TCP, UDP 31006: configuration.
                "Publishing Agents -> HALB appliances : TCP 31006 | UDP 31006 via Internal firewall",
                // PUBLISHING AGENT, Outbound TCP 443 to the Parallels Licensing Server (version 15 and later).
                "Publishing Agents -> Parallels licensing : TCP 443 via Internal firewall, Edge firewall",
                // PUBLISHING AGENT, Internal TCP 20002: communications with the UI Console.
                "Admin workstation (RAS Console) -> Publishing Agents : TCP 20002 via Management firewall",
                // CONSOLE, Outbound TCP, UDP 80, 8080, 1812, 1813 to the Second Level Authentication server: the
                // template's server is RADIUS (http off), so UDP 1812, 1813 only.
                "Admin workstation (RAS Console) -> MFA server : UDP 1812, 1813 via Management firewall"));
    }

    @Test
    void hpAnywareRunsEverySessionThroughTheConnector() throws Exception {
        assertCrossingFlows("hp-anyware", List.of(
                // Anyware Connector, Inbound 443 TCP and 4172 TCP/UDP from PCoIP Clients.
                "Remote users -> Anyware Connectors : TCP 443, 4172 | UDP 4172 via Edge firewall",
                // Anyware Connector, Outbound 443 TCP to the CAM Service, the PCoIP Cloud License Server and SumoLogic.
                "Anyware Connectors -> Anyware Manager as a Service : TCP 443 via Edge firewall",
                "Anyware Connectors -> PCoIP Cloud License Server : TCP 443 via Edge firewall",
                "Anyware Connectors -> SumoLogic : TCP 443 via Edge firewall",
                // Implied by the PCoIP License Server row and the notes: without a local PCoIP License Server the
                // PCoIP Agents on the workstations license against the Cloud License Server on TCP 443.
                "Remote workstations -> PCoIP Cloud License Server : TCP 443 via Internal firewall, Edge firewall",
                // Anyware Connector, Outbound 60443 TCP and 4172 TCP/UDP to remote workstations.
                "Anyware Connectors -> Remote workstations : TCP 60443, 4172 | UDP 4172 via Internal firewall",
                // Anyware Connector, Outbound 636 TCP to Domain Controllers and 53 UDP to DNS.
                "Anyware Connectors -> Domain controllers : TCP 636 | UDP 53 via Internal firewall",
                // Anyware Connector, Outbound 1812 UDP to the RADIUS Server.
                "Anyware Connectors -> MFA (RADIUS) : UDP 1812 via Internal firewall",
                // Anyware Connector, Inbound 80 and 443 TCP from administrative web browsers.
                "Admin workstation -> Anyware Connectors : TCP 80, 443 via Management firewall, Internal firewall"));
    }

    @Test
    void hpAnywareMarksTheRowsItsDocumentCallsOptional() throws Exception {
        FlowAnalysis analysis = analyze("hp-anyware");

        // "Port 80 TCP can be blocked ... if users all use port 443"; "The RADIUS Server is optionally configured."
        assertThat(analysis.flows().stream().filter(Flow::optional)
                .map(f -> f.source().name() + " -> " + f.destination().name() + " : " + f.protocolText() + " " + f.portText()))
                .containsExactlyInAnyOrder(
                        "Admin workstation -> Anyware Connectors : TCP 80",
                        "Anyware Connectors -> MFA (RADIUS) : UDP 1812");
    }

    @Test
    void noVendorRowLeaksIntoAnotherVendorsTemplate() throws Exception {
        // Rules between shared types (admin workstation, domain controller, user device) would apply to every
        // vendor's design; an HP Anyware design must cite only the Anyware document, and Microsoft's for the
        // implied Kerberos, LDAP and DNS of its domain-joined workstations (common.domain-member.*).
        assertThat(analyze("hp-anyware").flows()).extracting(f -> f.reference().document()).containsOnly(
                "Anyware Manager as a Service: Firewall and Load Balancing Considerations",
                "How to configure a firewall for Active Directory domains and trusts");
        assertThat(analyze("hp-anyware").flows()).filteredOn(f -> f.reference().document().startsWith("How to configure"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.ruleId()).startsWith("common.domain-member."));
        assertThat(Templates.load("hp-anyware", CATALOG).overrides().suppressed()).isEmpty();
    }

    @Test
    void citrixGatewayTakesTheUsersPlaceTowardsTheSessionHosts() throws Exception {
        FlowAnalysis analysis = analyze("citrix-onprem");

        assertThat(analysis.flows()).noneMatch(f -> f.source().id().equals("users") && !f.destination().id().equals("gateway"));
    }

    private static FlowAnalysis analyze(String template) throws Templates.UnknownTemplateException {
        return new FlowEngine(CATALOG).analyze(Templates.load(template, CATALOG));
    }

    private static void assertCrossingFlows(String template, List<String> expected) throws Exception {
        List<String> actual = new ArrayList<>();
        for (NodePairFlows pair : analyze(template).byNodePair()) {
            if (pair.needsRule()) {
                actual.add(pair.source().name() + " -> " + pair.destination().name() + " : " + pair.label() + " via "
                        + String.join(", ", pair.route().boundaryNames()));
            }
        }
        assertThat(actual).as(template).containsExactlyInAnyOrderElementsOf(expected.stream().map(
                TemplateCrossingFlowsTest::normalise).toList());
    }

    /** The line with each protocol's ports merged and sorted as an edge label writes them. */
    private static String normalise(String line) {
        int colon = line.indexOf(" : ");
        int via = line.lastIndexOf(" via ");
        List<String> parts = new ArrayList<>();
        for (String part : line.substring(colon + 3, via).split(" \\| ")) {
            int space = part.indexOf(' ');
            parts.add(part.substring(0, space) + " " + PortSet.parse(part.substring(space + 1)));
        }
        return line.substring(0, colon + 3) + String.join(" | ", parts) + line.substring(via);
    }
}
