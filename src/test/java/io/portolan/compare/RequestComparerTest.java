package io.portolan.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.compare.RuleChange.Kind;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.Templates;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestComparerTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final FlowEngine ENGINE = new FlowEngine(CATALOG);

    private static RequestDelta compare(Design before, Design after) {
        return RequestComparer.compare(ENGINE.analyze(before), ENGINE.analyze(after), false);
    }

    /** Users on the internet, a gateway in the DMZ, StoreFront and a domain controller inside; two firewalls. */
    private static Design design() {
        Design design = DesignBuilder.design(CATALOG)
                .zone("internet", ZoneKind.INTERNET).zone("dmz", ZoneKind.DMZ).zone("lan", ZoneKind.INTERNAL)
                .firewall("outer", "internet", "dmz").firewall("inner", "dmz", "lan")
                .placed("users", "common.user-device", "internet").placed("gw", "citrix.gateway", "dmz")
                .placed("sf", "citrix.storefront", "lan").placed("dc", "common.domain-controller", "lan").build();
        return design.withNode(design.node("gw").orElseThrow().withAddress("192.0.2.10"))
                .withNode(design.node("sf").orElseThrow().withAddress("10.0.1.20"))
                .withNode(design.node("dc").orElseThrow().withAddress("10.0.1.5"));
    }

    private static Node node(Design design, String id) {
        return design.node(id).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"citrix-onprem", "citrix-cloud", "parallels-ras", "hp-anyware"})
    void aTemplateComparedWithItselfHasNoChange(String template) throws Exception {
        Design design = Templates.load(template, CATALOG);

        RequestDelta delta = compare(design, design);

        assertThat(delta.changed()).isFalse();
        assertThat(delta.unchanged()).isEqualTo(ENGINE.analyze(design).rules().size());
    }

    @Test
    void aNodeRenamedAndMovedOnTheCanvasChangesNoRule() {
        Design before = design();
        Design after = before.withNode(node(before, "sf").withName("StoreFront cluster").withPosition(new Point(900, 600)));

        assertThat(compare(before, after).changed()).isFalse();
    }

    @Test
    void aNodeDeletedAndPlacedAgainAtTheSameAddressIsTheSameNode() {
        Design before = design();
        Node storeFront = node(before, "sf");
        Design after = before.without(List.of("sf")).withNode(new Node("sf-2", storeFront.typeId(), "StoreFront 2", "",
                storeFront.address(), storeFront.zoneId(), new Point(10, 10), storeFront.features(), 1));

        assertThat(compare(before, after).changed()).isFalse();
    }

    @Test
    void aNewAddressChangesTheRulesOfTheNodeOnEveryFirewall() {
        Design before = design();
        Design after = before.withNode(node(before, "sf").withAddress("10.0.1.21"));

        RequestDelta delta = compare(before, after);

        assertThat(delta.count(Kind.ADD)).isZero();
        assertThat(delta.count(Kind.REMOVE)).isZero();
        List<RuleChange> changes = delta.all();
        assertThat(changes).isNotEmpty().allSatisfy(change -> {
            assertThat(change.kind()).isEqualTo(Kind.CHANGE);
            assertThat(change.description()).contains("10.0.1.20 \u2192 10.0.1.21");
        });
        assertThat(changes).anySatisfy(c -> assertThat(c.description()).startsWith("destination address"));
    }

    @Test
    void aNewNodeAddsItsRulesAndARemovedOneRemovesThem() {
        Design before = design();
        Design after = before.without(List.of("dc"));

        RequestDelta removed = compare(before, after);
        RequestDelta added = compare(after, before);

        assertThat(removed.count(Kind.REMOVE)).isPositive();
        assertThat(removed.count(Kind.ADD)).isZero();
        assertThat(removed.all()).allSatisfy(c -> assertThat(c.before().destination().id().equals("dc")
                || c.before().source().id().equals("dc")).isTrue());
        assertThat(added.count(Kind.ADD)).isEqualTo(removed.count(Kind.REMOVE));
        assertThat(added.count(Kind.REMOVE)).isZero();
    }

    @Test
    void morePortsOnOneProtocolWidenTheRuleAndFewerNarrowIt() {
        Design before = withCustomFlow(design(), "3389");
        Design after = withCustomFlow(design(), "3389, 3390");

        RuleChange widened = only(compare(before, after));
        RuleChange narrowed = only(compare(after, before));

        assertThat(widened.kind()).isEqualTo(Kind.CHANGE);
        assertThat(widened.description()).isEqualTo("ports widened: adds 3390");
        assertThat(narrowed.description()).isEqualTo("ports narrowed: drops 3390");
        assertThat(narrowed.after().ports()).isEqualTo(PortSet.ofPorts(3389));
    }

    @Test
    void eachFirewallListsItsOwnChangesAndCountsWhatStays() {
        Design before = design();
        Design after = withCustomFlow(before, "8080");

        RequestDelta delta = compare(before, after);

        BoundaryDelta inner = delta.boundaries().stream().filter(b -> b.boundary().name().equals("inner")).findFirst().orElseThrow();
        BoundaryDelta outer = delta.boundaries().stream().filter(b -> b.boundary().name().equals("outer")).findFirst().orElseThrow();
        assertThat(inner.count(Kind.ADD)).isEqualTo(1);
        assertThat(inner.unchanged()).isPositive();
        assertThat(outer.changes()).isEmpty();
        assertThat(outer.unchanged()).isPositive();
    }

    @Test
    void aRuleThatMovesToAnotherFirewallIsRemovedFromOneAndAddedToTheOther() {
        Design before = design();
        Design after = before.withNode(node(before, "gw").withZoneId("lan"));

        RequestDelta delta = compare(before, after);

        assertThat(delta.count(Kind.ADD)).isPositive();
        assertThat(delta.count(Kind.REMOVE)).isPositive();
        assertThat(delta.boundaries()).anySatisfy(b -> assertThat(b.count(Kind.REMOVE)).isPositive());
    }

    private static Design withCustomFlow(Design design, String ports) {
        List<CustomFlow> custom = new ArrayList<>(design.overrides().custom());
        custom.add(new CustomFlow("c1", "gw", "sf", Protocol.UDP, null, PortSet.parse(ports), "Support"));
        return design.withOverrides(new FlowOverrides(design.overrides().suppressed(), custom));
    }

    private static RuleChange only(RequestDelta delta) {
        assertThat(delta.all()).hasSize(1);
        return delta.all().get(0);
    }

    @Test
    void detailedComparisonPairsOneRulePerFlow() {
        Design before = design();
        Design after = before.withNode(node(before, "sf").withName("SF"));

        FlowAnalysis earlier = ENGINE.analyze(before);
        RequestDelta delta = RequestComparer.compare(earlier, ENGINE.analyze(after), true);

        assertThat(delta.changed()).isFalse();
        assertThat(delta.unchanged()).isEqualTo(earlier.rules(true).size());
    }
}
