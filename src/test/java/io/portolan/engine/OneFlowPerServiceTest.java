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
            // (citrix.adc.imi-ldap) is another rule than the Gateway's LDAP from its subnet IP (citrix.gateway.ldap).
            FlowReason first = flow.reasons().get(0);
            String service = flow.source().id() + ">" + flow.destination().id() + " " + flow.protocolText() + " "
                    + flow.ports() + " " + (flow.ports().isEmpty() ? flow.portNote() : "") + " " + first.fromAddress()
                    + ">" + first.toAddress();
            assertThat(seen.add(service)).as("two flows for %s", service).isTrue();
        }
    }
}
