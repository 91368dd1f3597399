package io.portolan.engine;

import static io.portolan.model.ZoneKind.DMZ;
import static io.portolan.model.ZoneKind.INTERNAL;
import static io.portolan.model.ZoneKind.INTERNET;
import static io.portolan.model.ZoneKind.MANAGEMENT;
import static io.portolan.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.DesignWarning.Kind;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.NodeAddresses;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a firewall team would send back, found before the request goes: each warning names the node and the field. */
class ReviewWarningsTest {

    private static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadBuiltIn());

    private static List<DesignWarning> warnings(Design design, Kind kind) {
        return ENGINE.analyze(design).warnings().stream().filter(w -> w.kind() == kind).toList();
    }

    private static Design with(Design design, String nodeId, NodeAddresses addresses) {
        return design.withNode(design.node(nodeId).orElseThrow().withAddresses(addresses));
    }

    private static Design withCidrs(Design design, String zoneId, String... cidrs) {
        return design.withZone(design.zone(zoneId).orElseThrow().withCidrs(List.of(cidrs)));
    }

    /** A DMZ gateway in front of StoreFront, each end with an address. */
    private static Design gatewayAndStoreFront() {
        Design design = design().zone("dmz", DMZ).zone("lan", INTERNAL).firewall("fw", "dmz", "lan")
                .node("gw", "citrix.gateway", "dmz").node("sf", "citrix.storefront", "lan").build();
        design = with(design, "gw", new NodeAddresses("172.16.10.10", "172.16.10.11", "172.16.10.21", ""));
        return with(design, "sf", NodeAddresses.of("10.10.20.11"));
    }

    @Test
    void anEndOfACrossingFlowWithoutAnAddressIsNamedWithTheField() {
        Design design = with(gatewayAndStoreFront(), "sf", NodeAddresses.NONE);

        assertThat(warnings(design, Kind.MISSING_ADDRESS)).singleElement().satisfies(w -> {
            assertThat(w.subjectIds()).containsExactly("sf");
            assertThat(w.field()).isEqualTo("address");
            assertThat(w.message()).startsWith("'sf' has no address");
        });
        assertThat(warnings(gatewayAndStoreFront(), Kind.MISSING_ADDRESS)).isEmpty();
    }

    @Test
    void anApplianceWithoutAManagementAddressIsToldItsAdministrationGoesToItsVirtualServer() {
        Design design = design().zone("mgmt", MANAGEMENT).zone("dmz", DMZ).firewall("fw", "mgmt", "dmz")
                .node("admin", "common.admin-workstation", "mgmt").node("gw", "citrix.gateway", "dmz").build();
        design = with(with(design, "admin", NodeAddresses.of("10.99.0.21")), "gw", new NodeAddresses("172.16.10.10", "172.16.10.11", "", ""));

        assertThat(warnings(design, Kind.MISSING_ADDRESS)).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("managementAddress");
            assertThat(w.message()).contains("'gw' has no Management address", "go to its Address 172.16.10.10");
        });
        Design withNsip = with(design, "gw", new NodeAddresses("172.16.10.10", "172.16.10.11", "172.16.10.21", ""));
        assertThat(warnings(withNsip, Kind.MISSING_ADDRESS)).isEmpty();
    }

    @Test
    void anInternetServiceNamedByItsHostNamesNeedsNoAddress() {
        Design design = design().zone("lan", INTERNAL).zone("inet", INTERNET).firewall("fw", "lan", "inet")
                .node("cc", "citrix.cloud-connector", "lan").node("digicert", "common.digicert", "inet").build();
        design = with(design, "cc", NodeAddresses.of("10.0.0.5"));

        assertThat(warnings(design, Kind.MISSING_ADDRESS)).isEmpty();
    }

    @Test
    void anAddressOutsideItsZonesRangesIsWarnedAboutPerField() {
        Design design = withCidrs(withCidrs(gatewayAndStoreFront(), "dmz", "172.16.10.0/24"), "lan", "10.10.20.0/24");
        design = with(design, "gw", new NodeAddresses("172.16.10.10", "172.16.10.11", "10.10.20.8", ""));

        assertThat(warnings(design, Kind.ADDRESS_OUTSIDE_ZONE)).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("managementAddress");
            assertThat(w.message()).contains("'gw', Management address: 10.10.20.8 lies outside", "172.16.10.0/24");
        });
        assertThat(warnings(withCidrs(gatewayAndStoreFront(), "dmz", "172.16.10.0/24"), Kind.ADDRESS_OUTSIDE_ZONE)).isEmpty();
    }

    @Test
    void rangesWrittenBackwardsAndHostBitsAreWarnedAbout() {
        Design design = with(gatewayAndStoreFront(), "sf", new NodeAddresses("10.10.20.30-10.10.20.11", "", "", ""));
        design = with(design, "gw", new NodeAddresses("172.16.10.10", "172.16.10.5/24", "172.16.10.22-172.16.10.21", ""));
        design = withCidrs(design, "lan", "10.10.20.1/24");

        List<DesignWarning> forms = warnings(design, Kind.ADDRESS_FORM);

        assertThat(forms).extracting(DesignWarning::field).containsExactly("outboundAddress", "managementAddress", "address", "cidrs");
        assertThat(forms.get(0).message()).startsWith("'gw', Outbound address: '172.16.10.5/24' has host bits set");
        assertThat(forms.get(1).message()).startsWith("'gw', Management address: '172.16.10.22-172.16.10.21' runs backwards");
        assertThat(forms.get(2).message()).startsWith("'sf', Address: '10.10.20.30-10.10.20.11' runs backwards");
        assertThat(forms.get(3).message()).startsWith("Zone 'lan', Address ranges: '10.10.20.1/24' has host bits set");
    }

    @Test
    void zonesSharingAddressesAreWarnedAboutButTheInternetsDefaultRouteOverlapsNothing() {
        Design design = design().zone("inet", INTERNET).zone("dmz", DMZ).zone("lan", INTERNAL).zone("mgmt", MANAGEMENT).build();
        design = withCidrs(withCidrs(withCidrs(withCidrs(design, "inet", "0.0.0.0/0"), "dmz", "172.16.10.0/24"),
                "lan", "10.10.0.0/16"), "mgmt", "10.10.99.0/24");

        assertThat(warnings(design, Kind.OVERLAPPING_ZONES)).singleElement().satisfies(w -> {
            assertThat(w.subjectIds()).containsExactly("lan", "mgmt");
            assertThat(w.field()).isEqualTo("cidrs");
            assertThat(w.message()).contains("10.10.0.0/16 overlaps 10.10.99.0/24");
        });
        Design same = withCidrs(design, "mgmt", "10.10.0.0/16");
        assertThat(warnings(same, Kind.OVERLAPPING_ZONES)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("10.10.0.0/16 is also 10.10.0.0/16"));
    }

    @Test
    void twoMachinesOnOneAddressAreWarnedAboutButAVirtualAddressHeldForAnotherNodeIsNot() {
        Design design = design().zone("lan", INTERNAL).node("lb", "citrix.adc", "lan").node("sf", "citrix.storefront", "lan")
                .node("ddc", "citrix.ddc", "lan").build();
        design = with(design, "lb", new NodeAddresses("10.10.20.10", "10.10.20.9", "10.10.20.8", ""));
        design = with(design, "sf", new NodeAddresses("10.10.20.10", "", "", "10.10.20.11, 10.10.20.12"));
        design = with(design, "ddc", NodeAddresses.of("10.10.20.21"));
        assertThat(warnings(design, Kind.DUPLICATE_ADDRESS)).isEmpty();

        Design copied = with(design, "ddc", NodeAddresses.of("10.10.20.12"));
        assertThat(warnings(copied, Kind.DUPLICATE_ADDRESS)).singleElement().satisfies(w -> {
            assertThat(w.subjectIds()).containsExactly("sf", "ddc");
            assertThat(w.message()).contains("the same address 10.10.20.12");
        });
    }

    @Test
    void aCrossingFlowWhosePortIsGivenOnlyInWordsIsWarnedAbout() {
        Design design = design().zone("a", INTERNAL).zone("b", INTERNAL).firewall("fw", "a", "b")
                .node("sf1", "citrix.storefront", "a").node("sf2", "citrix.storefront", "b").build();

        assertThat(warnings(design, Kind.PORT_IN_WORDS)).isNotEmpty().allSatisfy(w -> assertThat(w.message())
                .contains("only in words", "the request shows *"));
        Design oneZone = design().zone("a", INTERNAL).node("sf1", "citrix.storefront", "a").node("sf2", "citrix.storefront", "a")
                .build();
        assertThat(warnings(oneZone, Kind.PORT_IN_WORDS)).isEmpty();
    }

    @Test
    void aRangeOfMoreThanAThousandPortsOpenedAcrossAFirewallIsWarnedAbout() {
        Design design = design().zone("mgmt", MANAGEMENT).zone("lan", INTERNAL).firewall("fw", "mgmt", "lan")
                .node("admin", "common.user-device", "mgmt").node("app", "common.file-server", "lan")
                .custom(new CustomFlow("c1", "admin", "app", Protocol.TCP, null, PortSet.parse("40000-41000"), "Wide"))
                .custom(new CustomFlow("c2", "admin", "app", Protocol.UDP, null, PortSet.parse("50000-50999"), "Not so wide"))
                .build();

        assertThat(warnings(design, Kind.WIDE_PORT_RANGE)).singleElement().satisfies(w -> assertThat(w.message())
                .contains("opens TCP 40000-41000 (1,001 ports) across fw"));
    }

    @Test
    void aGatewayThatCarriesNoUdpForInternetUsersOfServersWithUdpIsAGap() {
        Design withoutEdt = design().zone("inet", INTERNET).zone("dmz", DMZ).zone("lan", INTERNAL)
                .firewall("edge", "inet", "dmz").firewall("inner", "dmz", "lan")
                .node("users", "citrix.workspace-app", "inet", "edt").node("gw", "citrix.gateway", "dmz")
                .node("vda", "citrix.vda", "lan", "edt").build();

        assertThat(warnings(withoutEdt, Kind.GATEWAY_GAP)).singleElement().satisfies(w -> {
            assertThat(w.subjectIds()).containsExactly("users", "gw", "vda");
            assertThat(w.message()).contains("through 'gw', which carries no UDP for it");
        });
        Design withEdt = withoutEdt.withNode(withoutEdt.node("gw").orElseThrow().withFeature("edt", true));
        assertThat(warnings(withEdt, Kind.GATEWAY_GAP)).isEmpty();
    }

    @Test
    void warningsComeInTheOrderOfTheirKinds() {
        Design design = with(gatewayAndStoreFront(), "sf", new NodeAddresses("", "", "", ""));
        design = design.withNode(design.node("sf").orElseThrow().withZoneId(null));
        design = with(design, "gw", new NodeAddresses("172.16.10.10-172.16.10.1", "", "", ""));

        List<Kind> kinds = ENGINE.analyze(design).warnings().stream().map(DesignWarning::kind).toList();

        assertThat(kinds).isSorted().contains(Kind.NODE_OUTSIDE_ZONES, Kind.MISSING_ADDRESS, Kind.ADDRESS_FORM);
    }
}
