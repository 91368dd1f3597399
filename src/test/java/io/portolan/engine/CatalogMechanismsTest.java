package io.portolan.engine;

import static io.portolan.model.ZoneKind.DMZ;
import static io.portolan.model.ZoneKind.INTERNAL;
import static io.portolan.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleTable;
import io.portolan.model.Design;
import io.portolan.model.NodeAddresses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalog's ways of saying when a row applies and to which address, on a vendor file written for the test:
 * a component the row is about, a port the administrator chooses, install-time rows, and the address of each end.
 */
class CatalogMechanismsTest {

    private static final String ACME = """
            {"vendor": "Acme", "documents": [{"id": "acme-ports", "title": "Acme ports"}],
             "types": [
               {"id": "acme.balancer", "name": "Balancer", "product": "Acme", "category": "gateway", "zone": "DMZ",
                "addresses": ["management", "members"]},
               {"id": "acme.portal", "name": "Portal", "product": "Acme", "category": "broker", "zone": "INTERNAL",
                "settings": [{"id": "peer-port", "name": "Peer port", "kind": "port", "default": 93}]},
               {"id": "acme.agent", "name": "Agent", "product": "Acme", "category": "workload", "zone": "INTERNAL"},
               {"id": "acme.vault", "name": "Vault", "product": "Acme", "category": "infrastructure", "zone": "INTERNAL"},
               {"id": "acme.local-licence", "name": "Local licence", "product": "Acme", "category": "infrastructure", "zone": "INTERNAL"}],
             "rules": [
               {"id": "acme.portal.peer", "from": "acme.portal", "to": "acme.portal", "protocol": "TCP",
                "portSetting": "peer-port", "purpose": "Peers", "reference": {"document": "acme-ports", "section": "Portal"}},
               {"id": "acme.agent.vault", "from": "acme.agent", "to": "acme.portal", "protocol": "TCP", "ports": "8200",
                "requires": ["acme.vault"], "purpose": "Secrets through the portal", "reference": {"document": "acme-ports", "section": "Vault"}},
               {"id": "acme.agent.cloud-licence", "from": "acme.agent", "to": "acme.portal", "protocol": "TCP", "ports": "443",
                "requires": ["!acme.local-licence"], "purpose": "Cloud licence", "reference": {"document": "acme-ports", "section": "Licence"}},
               {"id": "acme.portal.push", "from": "acme.portal", "to": "acme.agent", "protocol": "TCP", "ports": "135, 445",
                "temporary": true, "purpose": "Push install", "reference": {"document": "acme-ports", "section": "Install"}},
               {"id": "acme.portal.balancer-admin", "from": "acme.portal", "to": "acme.balancer", "toAddress": "management",
                "protocol": "TCP", "ports": "22", "purpose": "Admin", "reference": {"document": "acme-ports", "section": "Balancer"}},
               {"id": "acme.balancer.portal", "from": "acme.balancer", "fromAddress": "members", "to": "acme.portal",
                "protocol": "TCP", "ports": "443", "purpose": "Forward", "reference": {"document": "acme-ports", "section": "Balancer"}},
               {"id": "acme.portal.balancer-service", "from": "acme.portal", "to": "acme.balancer",
                "protocol": "TCP", "ports": "443", "purpose": "Health", "reference": {"document": "acme-ports", "section": "Balancer"}},
               {"id": "acme.agent.balancer", "from": "acme.agent", "to": "acme.balancer",
                "protocol": "TCP", "ports": "443", "purpose": "Users", "reference": {"document": "acme-ports", "section": "Balancer"}}]}
            """;

    private static final Catalog CATALOG;

    static {
        List<CatalogLoader.Source> sources = new ArrayList<>(CatalogLoader.builtInSources());
        sources.add(new CatalogLoader.Source("acme.json", ACME));
        CATALOG = CatalogLoader.load(sources);
    }

    private static final FlowEngine ENGINE = new FlowEngine(CATALOG);

    private static List<Flow> flows(Design design, String ruleId) {
        return ENGINE.analyze(design).flows().stream().filter(f -> f.ruleIds().contains(ruleId)).toList();
    }

    @Test
    void aRowAboutAComponentThatIsNeitherEndAppliesOnlyWhenTheDesignHoldsOne() {
        Design without = design().zone("lan", INTERNAL).node("agent", "acme.agent", "lan").node("portal", "acme.portal", "lan").build();
        Design with = design().zone("lan", INTERNAL).node("agent", "acme.agent", "lan").node("portal", "acme.portal", "lan")
                .node("vault", "acme.vault", "lan").build();

        assertThat(flows(without, "acme.agent.vault")).isEmpty();
        assertThat(flows(with, "acme.agent.vault")).singleElement();
    }

    @Test
    void aRowThatAppliesUnlessAComponentIsPlacedStopsWhenOneIs() {
        Design cloud = design().zone("lan", INTERNAL).node("agent", "acme.agent", "lan").node("portal", "acme.portal", "lan").build();
        Design local = design().zone("lan", INTERNAL).node("agent", "acme.agent", "lan").node("portal", "acme.portal", "lan")
                .node("lic", "acme.local-licence", "lan").build();

        assertThat(flows(cloud, "acme.agent.cloud-licence")).singleElement();
        assertThat(flows(local, "acme.agent.cloud-licence")).isEmpty();
    }

    @Test
    void aPortTheAdministratorChoosesIsTheDestinationNodesSettingOrItsDefault() {
        Design design = design().zone("a", INTERNAL).zone("b", INTERNAL).firewall("fw", "a", "b")
                .node("p1", "acme.portal", "a").node("p2", "acme.portal", "b").build();
        design = design.withNode(design.node("p2").orElseThrow().withSetting("peer-port", 8093));

        List<Flow> peers = flows(design, "acme.portal.peer");

        assertThat(peers).extracting(f -> f.destination().id() + " " + f.ports()).containsExactlyInAnyOrder("p2 8093", "p1 93");
        assertThat(peers).allSatisfy(f -> assertThat(f.portNote()).contains("the Peer port set on"));
        String comments = RuleTable.of(ENGINE.analyze(design), false).rows().get(0).cell(RuleColumn.COMMENTS);
        assertThat(comments).contains("is the Peer port set on");
    }

    @Test
    void anInstallTimeRowIsMarkedTemporaryInTheRequest() {
        Design design = design().zone("a", INTERNAL).zone("b", INTERNAL).firewall("fw", "a", "b")
                .node("portal", "acme.portal", "a").node("agent", "acme.agent", "b").build();

        FlowAnalysis analysis = ENGINE.analyze(design);

        assertThat(flows(design, "acme.portal.push")).singleElement().satisfies(f -> assertThat(f.temporary()).isTrue());
        assertThat(RuleTable.of(analysis, false).rows()).filteredOn(r -> r.cell(RuleColumn.RULE_ID).equals("acme.portal.push"))
                .singleElement().satisfies(r -> {
                    assertThat(r.cell(RuleColumn.REQUIRED)).isEqualTo("Required, temporary (install time)");
                    assertThat(r.cell(RuleColumn.COMMENTS)).contains("Temporary: needed only at install time");
                });
    }

    @Test
    void eachEndUsesTheAddressItsRowNames() {
        Design design = design().zone("dmz", DMZ).zone("lan", INTERNAL).firewall("fw", "dmz", "lan")
                .node("lb", "acme.balancer", "dmz").node("portal", "acme.portal", "lan").node("agent", "acme.agent", "lan").build();
        design = design.withNode(design.node("lb").orElseThrow().withAddresses(
                new NodeAddresses("172.16.10.10", "", "172.16.10.21", "172.16.10.11, 172.16.10.12")));
        design = design.withNode(design.node("portal").orElseThrow().withAddresses(NodeAddresses.of("10.0.0.5")));

        assertThat(flows(design, "acme.portal.balancer-admin")).singleElement()
                .satisfies(f -> assertThat(f.destinationAddress()).isEqualTo("172.16.10.21"));
        assertThat(flows(design, "acme.balancer.portal")).singleElement()
                .satisfies(f -> assertThat(f.sourceAddress()).isEqualTo("172.16.10.11, 172.16.10.12"));
        assertThat(flows(design, "acme.agent.balancer")).singleElement()
                .satisfies(f -> assertThat(f.destinationAddress()).isEqualTo("172.16.10.10"));
        // one source, one protocol, two addresses of the destination: two rules, never one that opens both for both ports
        RequestRules rules = ENGINE.analyze(design).rules();
        assertThat(rules.all()).filteredOn(r -> r.source().id().equals("portal") && r.destination().id().equals("lb"))
                .extracting(r -> r.destinationAddress() + " " + r.portText())
                .containsExactlyInAnyOrder("172.16.10.21 22", "172.16.10.10 443");
    }
}
