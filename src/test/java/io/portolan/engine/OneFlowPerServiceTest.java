package io.portolan.engine;

import static io.portolan.model.ZoneKind.INTERNAL;
import static io.portolan.model.ZoneKind.MANAGEMENT;
import static io.portolan.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Reference;
import io.portolan.model.Design;
import io.portolan.model.Protocol;
import io.portolan.testing.DesignArbitraries;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two rows naming the same service between the same two nodes are one flow listing both rows. */
class OneFlowPerServiceTest {

    private static final FlowEngine ENGINE = new FlowEngine(DesignArbitraries.CATALOG);

    @Test
    void threeRowsOfAdcTrapsToAdmAreOneFlowListingEveryRow() {
        Design design = design().zone("dmz", io.portolan.model.ZoneKind.DMZ).zone("mgmt", MANAGEMENT).firewall("fw", "dmz", "mgmt")
                .node("adc", "citrix.adc", "dmz").node("adm", "citrix.adm", "mgmt").build();

        List<Flow> traps = ENGINE.analyze(design).flows().stream().filter(f -> f.source().id().equals("adc")
                && f.protocol() == Protocol.UDP && f.ports().contains(162)).toList();

        assertThat(traps).singleElement().satisfies(f -> {
            assertThat(f.ruleIds()).containsExactly("citrix.adc.adm-traps", "citrix.adc.adm-snmp", "citrix.adm.adc-snmp");
            assertThat(f.reasons()).hasSize(3);
            assertThat(f.purpose().lines().count()).isEqualTo(f.reasons().stream().map(FlowReason::purpose).distinct().count());
        });
    }

    @Test
    void bothRowsOfDeliveryControllerAndVdaOnTcp80GiveOneFlowEachWay() {
        Design design = design().zone("lan", INTERNAL).node("ddc", "citrix.ddc", "lan").node("vda", "citrix.vda", "lan").build();

        List<Flow> port80 = ENGINE.analyze(design).flows().stream().filter(f -> f.protocol() == Protocol.TCP
                && f.ports().toString().equals("80") && f.ruleIds().contains("citrix.cvad.ddc-vda")).toList();

        assertThat(port80).hasSize(2);
        assertThat(port80).extracting(f -> f.source().id() + ">" + f.destination().id()).containsExactly("ddc>vda", "vda>ddc");
        assertThat(port80).allSatisfy(f -> assertThat(f.ruleIds()).containsExactly("citrix.cvad.ddc-vda", "citrix.cvad.vda-ddc"));
    }

    @Test
    void twoRowsOfAPingInOtherWordsAreOnePing() {
        Design design = design().zone("mgmt", MANAGEMENT).zone("lan", INTERNAL).firewall("fw", "mgmt", "lan")
                .node("adm", "citrix.adm", "mgmt").node("wanop", "citrix.sdwan-wanop", "lan").build();

        List<Flow> pings = ENGINE.analyze(design).flows().stream()
                .filter(f -> f.source().id().equals("adm") && f.protocol() == Protocol.ICMP).toList();

        assertThat(pings).singleElement().satisfies(f -> assertThat(f.ruleIds())
                .contains("citrix.adm.icmp", "citrix.sdwan.wanop-icmp"));
    }

    @Test
    void rowsOfOneServiceFromTwoAddressRolesMergeWhereTheNodeHasOneAddressForBoth() {
        Design design = design().zone("dmz", io.portolan.model.ZoneKind.DMZ).zone("lan", INTERNAL).firewall("fw", "dmz", "lan")
                .node("gw", "citrix.gateway", "dmz", "admin-ldap").node("dc", "common.domain-controller", "lan").build();
        design = design.withNode(design.node("gw").orElseThrow().withAddresses(io.portolan.model.NodeAddresses.of("172.16.10.10")));

        List<Flow> ldap = ENGINE.analyze(design).flows().stream().filter(f -> f.source().id().equals("gw")
                && f.protocol() == Protocol.TCP && f.ports().toString().equals("389")).toList();
        assertThat(ldap).singleElement().satisfies(f -> assertThat(f.ruleIds()).contains("citrix.adc.imi-ldap", "citrix.gateway.ldap"));

        Design withNsip = design.withNode(design.node("gw").orElseThrow().withAddresses(
                new io.portolan.model.NodeAddresses("172.16.10.10", "172.16.10.11", "172.16.10.21", "")));
        assertThat(ENGINE.analyze(withNsip).flows()).filteredOn(f -> f.source().id().equals("gw")
                && f.protocol() == Protocol.TCP && f.ports().toString().equals("389"))
                .extracting(Flow::sourceAddress).containsExactlyInAnyOrder("172.16.10.11", "172.16.10.21");
    }

    @Test
    void theRequestRuleOfAMergedFlowCitesEveryReference() {
        Design design = design().zone("dmz", io.portolan.model.ZoneKind.DMZ).zone("mgmt", MANAGEMENT).firewall("fw", "dmz", "mgmt")
                .node("adc", "citrix.adc", "dmz").node("adm", "citrix.adm", "mgmt").build();

        FirewallRule udp = ENGINE.analyze(design).rules().all().stream()
                .filter(r -> r.source().id().equals("adc") && r.protocol() == Protocol.UDP).findFirst().orElseThrow();

        Set<Reference> behindFlows = new HashSet<>();
        udp.flows().forEach(f -> f.reasons().forEach(r -> behindFlows.add(r.reference())));
        assertThat(udp.references()).containsExactlyInAnyOrderElementsOf(behindFlows);
        assertThat(udp.ruleIds()).contains("citrix.adc.adm-traps", "citrix.adm.adc-snmp");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "hp.anyware-connector, Anyware Manager as a Service: Firewall and Load Balancing Considerations",
        "teradici.connector, CAS Manager: Firewall and Load Balancing Considerations"})
    void aDesignOfOneVendorCitesThatVendorsDocumentWhereTwoSayTheSame(String connector, String document) {
        Design design = design().zone("lan", INTERNAL).node("conn", connector, "lan").node("ws", "pcoip.remote-workstation", "lan")
                .node("ls", "pcoip.license-server", "lan").build();

        Flow licensing = licensing(design);

        assertThat(licensing.references()).extracting(Reference::document).containsExactly(document);
    }

    @Test
    void aDesignOfBothVendorsCitesBothDocuments() {
        Design design = design().zone("lan", INTERNAL).node("hp", "hp.anyware-connector", "lan")
                .node("cas", "teradici.connector", "lan").node("ws", "pcoip.remote-workstation", "lan")
                .node("ls", "pcoip.license-server", "lan").build();

        assertThat(licensing(design).references()).hasSize(2);
        assertThat(licensing(design).ruleIds()).containsExactlyInAnyOrder("hp.anyware.license-server", "teradici.cas.license-server");
    }

    private static Flow licensing(Design design) {
        return ENGINE.analyze(design).flows().stream().filter(f -> f.source().id().equals("ws")
                && f.destination().id().equals("ls") && f.ports().contains(7070)).findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @Property(tries = 100)
    void noTwoFlowsShareTheirEndsAndService(@ForAll("designs") Design design) {
        Set<String> seen = new HashSet<>();
        for (Flow flow : ENGINE.analyze(design).flows()) {
            if (flow.isCustom()) {
                continue;
            }
            // A service is also the addresses it is opened between: an appliance's LDAP from its NSIP
            // (citrix.adc.imi-ldap) is another flow than the Gateway's LDAP from its subnet IP (citrix.gateway.ldap),
            // but the same one when the appliance has no NSIP set and both come from its one address.
            String words = flow.protocol().hasPorts() && flow.ports().isEmpty() ? flow.portNote() : "";
            String service = flow.source().id() + ">" + flow.destination().id() + " " + flow.protocolText() + " "
                    + flow.ports() + " " + words + " " + flow.sourceAddress() + ">" + flow.destinationAddress();
            assertThat(seen.add(service)).as("two flows for %s", service).isTrue();
        }
    }
}
