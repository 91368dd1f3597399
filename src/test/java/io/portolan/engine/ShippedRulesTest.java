package io.portolan.engine;

import static io.portolan.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.model.Design;
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
}
