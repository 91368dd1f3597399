package io.portolan.engine;

import static io.portolan.model.ZoneKind.DMZ;
import static io.portolan.model.ZoneKind.INTERNAL;
import static io.portolan.model.ZoneKind.INTERNET;
import static io.portolan.model.ZoneKind.MANAGEMENT;
import static io.portolan.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a request as the engine works them out: every output only writes them. */
class RequestRulesTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final FlowEngine ENGINE = new FlowEngine(CATALOG);

    private static FirewallRule only(RequestRules rules, String source, String destination, Protocol protocol) {
        List<FirewallRule> found = rules.all().stream().filter(r -> r.source().id().equals(source)
                && r.destination().id().equals(destination) && r.protocol() == protocol).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void mergedRuleNamesTheConditionOfOnlyThePortsNoUnconditionalFlowNeeds() {
        Design design = design().zone("mgmt", MANAGEMENT).zone("lan", INTERNAL).firewall("fw", "mgmt", "lan")
                .node("admin", "common.admin-workstation", "mgmt").node("gw", "citrix.gateway", "lan", "admin-html-client").build();

        FirewallRule rule = only(ENGINE.analyze(design).rules(), "admin", "gw", Protocol.TCP);

        assertThat(rule.ports().contains(443)).isTrue();
        assertThat(rule.conditions().shared()).isNull();
        assertThat(rule.conditions().byPorts()).containsExactly(
                new ConditionalPorts("Administration from an HTML client (TCP 8443)", PortSet.ofPorts(8443)));
    }

    @Test
    void ruleWhoseFlowsShareOneConditionNamesItForTheWholeRule() {
        Design design = design().zone("dmz", DMZ).zone("lan", INTERNAL).firewall("fw", "dmz", "lan")
                .node("gw", "citrix.gateway", "dmz", "edt").node("vda", "citrix.vda", "lan", "edt").build();

        FirewallRule udp = only(ENGINE.analyze(design).rules(), "gw", "vda", Protocol.UDP);

        assertThat(udp.conditions().shared()).isNotEmpty();
        assertThat(udp.conditions().unconditional()).isFalse();
        assertThat(udp.conditions().byPorts()).isEmpty();
    }

    @Test
    void requiredRuleNamesThePortsOnlyOptionalFlowsNeed() {
        Design design = design().zone("mgmt", MANAGEMENT).zone("lan", INTERNAL).firewall("fw", "mgmt", "lan")
                .node("admin", "common.admin-workstation", "mgmt").node("conn", "hp.anyware-connector", "lan").build();

        RuleNeed need = only(ENGINE.analyze(design).rules(), "admin", "conn", Protocol.TCP).need();

        assertThat(need.optional()).isFalse();
        assertThat(need.partlyOptional()).isTrue();
        assertThat(need.optionalPorts()).isEqualTo(PortSet.ofPorts(80));

        Design withCustom80 = design().zone("mgmt", MANAGEMENT).zone("lan", INTERNAL).firewall("fw", "mgmt", "lan")
                .node("admin", "common.admin-workstation", "mgmt").node("conn", "hp.anyware-connector", "lan")
                .custom(new CustomFlow("c1", "admin", "conn", Protocol.TCP, null, PortSet.parse("80"), "Health page")).build();
        FirewallRule merged = only(ENGINE.analyze(withCustom80).rules(), "admin", "conn", Protocol.TCP);
        assertThat(merged.need().partlyOptional()).isFalse();
        assertThat(merged.hasCustomFlow()).isTrue();
        assertThat(merged.ruleIds()).contains("custom:c1");
    }

    @Test
    void flowsWithoutARouteComeLastUnroutableBeforeUnzonedAndNameNoFirewall() {
        Design design = design().zone("a", INTERNAL).zone("b", INTERNAL).zone("c", DMZ).zone("d", DMZ)
                .firewall("fw1", "a", "c").firewall("fw2", "b", "d")
                .node("ddc", "citrix.ddc", "a").node("sql", "common.sql-server", "b").node("lic", "citrix.license-server", null)
                .build();
        FlowAnalysis analysis = ENGINE.analyze(design);

        RequestRules rules = analysis.rules();

        assertThat(rules.unrouted()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.boundary()).isNull();
            assertThat(r.unrouted()).isTrue();
        });
        assertThat(rules.unrouted()).extracting(FirewallRule::crossing).isSortedAccordingTo(Comparator.naturalOrder())
                .contains(Crossing.UNROUTABLE, Crossing.UNZONED);
        assertThat(rules.all()).endsWith(rules.unrouted().toArray(FirewallRule[]::new));
        assertThat(analysis.flows()).filteredOn(f -> f.source().zoneId() == null || f.destination().zoneId() == null)
                .isNotEmpty().allSatisfy(f -> {
                    assertThat(f.crossing()).isEqualTo(Crossing.UNZONED);
                    assertThat(f.unrouted()).isTrue();
                });
    }

    @Test
    void rulesOfAFirewallAreInRequestOrderBySourceZoneThenSourceName() {
        Design design = design(CATALOG).zone("inet", INTERNET).zone("dmz", DMZ).zone("lan", INTERNAL)
                .firewall("edge", "inet", "dmz").firewall("inner", "dmz", "lan")
                .placed("users", "common.user-device", "inet").placed("gw", "citrix.gateway", "dmz")
                .placed("sf", "citrix.storefront", "lan").placed("vda", "citrix.vda", "lan").placed("ddc", "citrix.ddc", "lan")
                .build();

        for (BoundaryRules boundary : ENGINE.analyze(design).rules().boundaries()) {
            assertThat(boundary.rules()).isSortedAccordingTo(Comparator
                    .comparing((FirewallRule r) -> design.zones().indexOf(design.zone(r.source().zoneId()).orElseThrow()))
                    .thenComparing(r -> r.source().name(), String.CASE_INSENSITIVE_ORDER));
        }
    }

    @Test
    void rulesAreInRequestOrderByEachEndsZoneNameAndIdThenProtocolAndFirstPortWhateverOrderTheNodesWerePlacedIn() {
        // names that differ only in case, ids that sort against the names, and nodes placed out of zone order
        Design design = design(CATALOG).zone("inet", INTERNET).zone("dmz", DMZ).zone("lan", INTERNAL)
                .firewall("edge", "inet", "dmz").firewall("inner", "dmz", "lan")
                .placed("vda-z", "citrix.vda", "lan").name("vda-z", "vda")
                .placed("ddc", "citrix.ddc", "lan")
                .placed("vda-a", "citrix.vda", "lan").name("vda-a", "VDA")
                .placed("users", "common.user-device", "inet")
                .placed("sf-2", "citrix.storefront", "lan").name("sf-2", "StoreFront")
                .placed("gw", "citrix.gateway", "dmz")
                .placed("sf-1", "citrix.storefront", "lan").name("sf-1", "StoreFront")
                .build();
        Comparator<io.portolan.model.Node> end = Comparator
                .comparingInt((io.portolan.model.Node n) -> design.zones().indexOf(design.zone(n.zoneId()).orElseThrow()))
                .thenComparing(io.portolan.model.Node::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(io.portolan.model.Node::name).thenComparing(io.portolan.model.Node::id);
        Comparator<FirewallRule> order = Comparator.comparing(FirewallRule::source, end).thenComparing(FirewallRule::destination, end)
                .thenComparingInt(r -> RequestRuleBuilder.protocolOrder(r.protocol(), r.ipProtocol()))
                .thenComparingInt(r -> r.ports().isEmpty() ? -1 : r.ports().ranges().get(0).low());

        for (boolean detailed : new boolean[] {false, true}) {
            RequestRules rules = ENGINE.analyze(design).rules(detailed);
            assertThat(rules.boundaries()).allSatisfy(b -> assertThat(b.rules()).hasSizeGreaterThan(1).isSortedAccordingTo(order));
            assertThat(rules.all()).flatExtracting(r -> List.of(r.source().id(), r.destination().id()))
                    .contains("vda-a", "vda-z", "sf-1", "sf-2");
        }
    }

    @Test
    void detailedRulesHoldOneFlowEachOnEveryFirewallItPasses() {
        Design design = design(CATALOG).zone("inet", INTERNET).zone("dmz", DMZ).zone("lan", INTERNAL)
                .firewall("edge", "inet", "dmz").firewall("inner", "dmz", "lan")
                .placed("admin", "common.admin-workstation", "inet").placed("ddc", "citrix.ddc", "lan").build();
        FlowAnalysis analysis = ENGINE.analyze(design);

        RequestRules detailed = analysis.rules(true);

        assertThat(detailed.detailed()).isTrue();
        assertThat(detailed.all()).allSatisfy(r -> assertThat(r.flows()).hasSize(1));
        long hops = analysis.flows().stream().filter(Flow::needsRule).mapToLong(f -> f.route().hops().size()).sum();
        assertThat(detailed.size()).isEqualTo((int) hops);
        assertThat(analysis.rules(false).size()).isLessThanOrEqualTo(detailed.size());
    }

    @Test
    void internetServiceWithoutAHostNameIsGivenTheHostNamesOfItsType() {
        Design design = design().zone("inet", INTERNET).node("digicert", "common.digicert", "inet").build();

        FlowAnalysis analysis = ENGINE.analyze(design);

        assertThat(analysis.hostOf(design.node("digicert").orElseThrow())).contains("digicert.com");
    }
}
