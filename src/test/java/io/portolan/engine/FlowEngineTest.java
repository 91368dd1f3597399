package io.portolan.engine;

import static io.portolan.model.ZoneKind.DMZ;
import static io.portolan.model.ZoneKind.INTERNAL;
import static io.portolan.model.ZoneKind.INTERNET;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FlowEngineTest {

    private static Catalog catalog;
    private static FlowEngine engine;

    @BeforeAll
    static void loadCatalog() {
        catalog = CatalogLoader.loadBuiltIn();
        engine = new FlowEngine(catalog);
    }

    private DesignBuilder citrixDmz() {
        return DesignBuilder.design(catalog)
                .zone("inet", INTERNET).zone("dmz", DMZ).zone("lan", INTERNAL)
                .firewall("edge", "inet", "dmz").firewall("inner", "dmz", "lan");
    }

    private static String label(FlowAnalysis analysis, String source, String destination) {
        return analysis.byNodePair().stream()
                .filter(p -> p.source().id().equals(source) && p.destination().id().equals(destination))
                .map(NodePairFlows::label).findFirst().orElse("(no flows)");
    }

    private static List<String> ruleIds(FlowAnalysis analysis, String source, String destination) {
        return analysis.flows().stream()
                .filter(f -> f.source().id().equals(source) && f.destination().id().equals(destination))
                .map(Flow::ruleId).toList();
    }

    @Test
    void internetUsersReachGatewayOnTcpAndUdp443WithEdtOn() {
        Design design = citrixDmz().placed("users", "common.user-device", "inet").placed("gw", "citrix.gateway", "dmz").build();

        FlowAnalysis analysis = engine.analyze(design);

        assertThat(label(analysis, "users", "gw")).isEqualTo("TCP 443 | UDP 443");
        assertThat(analysis.byNodePair()).filteredOn(p -> p.source().id().equals("users"))
                .singleElement().satisfies(p -> assertThat(p.route().boundaryNames()).containsExactly("edge"));
    }

    @Test
    void switchingEdtOffLeavesOnlyTcp443ToTheGateway() {
        Design design = citrixDmz().placed("users", "common.user-device", "inet")
                .node("gw", "citrix.gateway", "dmz", 1).build();

        assertThat(label(engine.analyze(design), "users", "gw")).isEqualTo("TCP 443");
    }

    @Test
    void gatewayReachesStoreFrontAndVdasThroughTheInnerFirewall() {
        Design design = citrixDmz().placed("gw", "citrix.gateway", "dmz").placed("sf", "citrix.storefront", "lan")
                .placed("vda", "citrix.vda", "lan").build();

        FlowAnalysis analysis = engine.analyze(design);

        assertThat(label(analysis, "gw", "sf")).isEqualTo("TCP 80, 443");
        // HDX over TLS/DTLS on 443 only to VDAs with TLS on (off as placed)
        assertThat(label(analysis, "gw", "vda")).isEqualTo("TCP 1494, 2598 | UDP 1494, 2598");
        assertThat(analysis.flows()).filteredOn(f -> f.source().id().equals("gw"))
                .allSatisfy(f -> assertThat(f.route().boundaryNames()).containsExactly("inner"));
    }

    @Test
    void internetUsersNeverReachTheVdasDirectlyWhenAGatewayIsPlaced() {
        Design design = citrixDmz().placed("users", "common.user-device", "inet").placed("gw", "citrix.gateway", "dmz")
                .placed("sf", "citrix.storefront", "lan").placed("vda", "citrix.vda", "lan").build();

        FlowAnalysis analysis = engine.analyze(design);

        assertThat(ruleIds(analysis, "users", "vda")).isEmpty();
        assertThat(ruleIds(analysis, "users", "sf")).isEmpty();
        assertThat(analysis.warnings()).noneMatch(w -> w.kind() == DesignWarning.Kind.INTERNET_TO_INTERNAL);
    }

    @Test
    void withoutAGatewayInternetUsersReachTheVdasDirectlyAndAWarningSaysSo() {
        Design design = citrixDmz().placed("users", "common.user-device", "inet").placed("vda", "citrix.vda", "lan").build();

        FlowAnalysis analysis = engine.analyze(design);

        assertThat(label(analysis, "users", "vda")).isEqualTo("TCP 1494, 2598 | UDP 1494, 2598");
        assertThat(analysis.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(DesignWarning.Kind.INTERNET_TO_INTERNAL);
            assertThat(w.subjectIds()).containsExactly("users", "vda");
        });
    }

    @Test
    void internalUsersReachTheVdasDirectlyEvenWithAGatewayPlaced() {
        Design design = citrixDmz().placed("gw", "citrix.gateway", "dmz").placed("staff", "common.user-device", "lan")
                .placed("vda", "citrix.vda", "lan").build();

        FlowAnalysis analysis = engine.analyze(design);

        assertThat(label(analysis, "staff", "vda")).isEqualTo("TCP 1494, 2598 | UDP 1494, 2598");
        assertThat(analysis.flows()).filteredOn(f -> f.source().id().equals("staff") && f.destination().id().equals("vda"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.crossing()).isEqualTo(Crossing.SAME_ZONE));
    }

    @Test
    void conditionalRowAppliesOnlyWhileItsFeatureIsOn() {
        DesignBuilder base = citrixDmz().placed("users", "common.user-device", "inet");
        Design sslOff = base.node("scg", "parallels.secure-gateway", "dmz", 1).build();
        Design sslOn = citrixDmz().placed("users", "common.user-device", "inet")
                .node("scg", "parallels.secure-gateway", "dmz", 1, "ssl").build();

        assertThat(label(engine.analyze(sslOff), "users", "scg")).isEqualTo("TCP 80");
        assertThat(label(engine.analyze(sslOn), "users", "scg")).isEqualTo("TCP 80, 443");
    }

    @Test
    void conditionWithTwoFeaturesNeedsBoth() {
        Design onlySsl = citrixDmz().placed("users", "common.user-device", "inet")
                .node("scg", "parallels.secure-gateway", "dmz", 1, "ssl").build();
        Design both = citrixDmz().placed("users", "common.user-device", "inet")
                .node("scg", "parallels.secure-gateway", "dmz", 1, "ssl", "rdp-udp").build();

        assertThat(label(engine.analyze(onlySsl), "users", "scg")).isEqualTo("TCP 80, 443");
        assertThat(label(engine.analyze(both), "users", "scg")).isEqualTo("TCP 80, 443 | UDP 80, 443");
    }

    @Test
    void negatedConditionAppliesWhileTheFeatureIsOff() {
        Design random = citrixDmz().node("sf", "citrix.storefront", "lan", 2).build();
        Design fixed = citrixDmz().node("sf", "citrix.storefront", "lan", 2, "fixed-peer-port").build();

        assertThat(ruleIds(engine.analyze(random), "sf", "sf")).contains("citrix.storefront.peer-services")
                .doesNotContain("citrix.storefront.peer-services-fixed");
        assertThat(ruleIds(engine.analyze(fixed), "sf", "sf")).contains("citrix.storefront.peer-services-fixed")
                .doesNotContain("citrix.storefront.peer-services");
    }

    @Test
    void bidirectionalRowGivesAFlowEachWay() {
        Design design = citrixDmz().placed("ddc", "citrix.ddc", "lan").placed("vda", "citrix.vda", "dmz").build();

        FlowAnalysis analysis = engine.analyze(design);

        // both rows are bidirectional TCP 80 between the two: one flow each way, listing both rows
        assertThat(ruleIds(analysis, "ddc", "vda")).contains("citrix.cvad.ddc-vda, citrix.cvad.vda-ddc")
                .noneMatch(id -> id.equals("citrix.cvad.ddc-vda") || id.equals("citrix.cvad.vda-ddc"));
        assertThat(ruleIds(analysis, "vda", "ddc")).contains("citrix.cvad.ddc-vda, citrix.cvad.vda-ddc")
                .noneMatch(id -> id.equals("citrix.cvad.ddc-vda") || id.equals("citrix.cvad.vda-ddc"));
        assertThat(analysis.flows()).filteredOn(f -> f.source().id().equals("vda") && f.ruleIds().contains("citrix.cvad.ddc-vda"))
                .singleElement().satisfies(f -> assertThat(f.route().hops()).singleElement()
                        .satisfies(h -> assertThat(List.of(h.fromZoneId(), h.toZoneId())).containsExactly("dmz", "lan")));
    }

    @Test
    void peerRowsPairNodesOfTheSameTypeOnly() {
        Design design = citrixDmz().node("adc", "citrix.adc", "dmz", 1, "ha")
                .node("gw", "citrix.gateway", "dmz", 1, "ha").build();

        FlowAnalysis analysis = engine.analyze(design);

        assertThat(ruleIds(analysis, "adc", "gw")).doesNotContain("citrix.adc.ha-heartbeat");
        assertThat(ruleIds(analysis, "gw", "adc")).doesNotContain("citrix.adc.ha-heartbeat");
    }

    @Test
    void peerRowsApplyWithinANodeThatStandsForSeveralMachines() {
        Design single = citrixDmz().node("gw", "citrix.gateway", "dmz", 1, "ha").build();
        Design pair = citrixDmz().node("gw", "citrix.gateway", "dmz", 2, "ha").build();

        assertThat(ruleIds(engine.analyze(single), "gw", "gw")).isEmpty();
        assertThat(ruleIds(engine.analyze(pair), "gw", "gw")).contains("citrix.adc.ha-heartbeat", "citrix.adc.ha-sync-secure");
        assertThat(label(engine.analyze(pair), "gw", "gw")).isEqualTo("TCP 22, 3008-3011 | UDP 3003");
    }

    @Test
    void localRowsGiveNoNetworkFlow() {
        Design design = citrixDmz().node("vda", "citrix.vda", "lan", 5).build();

        assertThat(ruleIds(engine.analyze(design), "vda", "vda")).doesNotContain("citrix.cvad.hdx-video-websocket");
    }

    @Test
    void suppressedFlowIsLeftOutAndOthersStay() {
        Design design = citrixDmz().placed("gw", "citrix.gateway", "dmz").placed("sf", "citrix.storefront", "lan")
                .suppress("citrix.gateway.storefront", "gw", "sf").build();

        FlowAnalysis analysis = engine.analyze(design);

        assertThat(ruleIds(analysis, "gw", "sf")).isEmpty();
        assertThat(ruleIds(analysis, "sf", "gw")).containsExactly("citrix.storefront.gateway-callback");
    }

    @Test
    void customFlowIsAddedWithItsRoute() {
        Design design = citrixDmz().placed("gw", "citrix.gateway", "dmz").placed("sf", "citrix.storefront", "lan")
                .custom(new CustomFlow("c1", "gw", "sf", Protocol.TCP, null, PortSet.parse("8443"), "Health probe")).build();

        FlowAnalysis analysis = engine.analyze(design);

        Flow custom = analysis.flows().get(analysis.flows().size() - 1);
        assertThat(custom.isCustom()).isTrue();
        assertThat(custom.ruleId()).isEqualTo("custom:c1");
        assertThat(custom.reference()).isNull();
        assertThat(custom.route().boundaryNames()).containsExactly("inner");
        assertThat(label(analysis, "gw", "sf")).isEqualTo("TCP 80, 443, 8443");
    }

    @Test
    void tagSelectorMatchesEveryTaggedType() {
        Design design = citrixDmz().placed("gw", "citrix.gateway", "dmz").placed("dc", "common.domain-controller", "lan")
                .placed("ldap", "common.ldap-server", "lan").build();

        FlowAnalysis analysis = engine.analyze(design);

        assertThat(ruleIds(analysis, "gw", "dc")).contains("citrix.gateway.ldaps", "citrix.gateway.dns-tcp");
        assertThat(ruleIds(analysis, "gw", "ldap")).contains("citrix.gateway.ldaps").doesNotContain("citrix.gateway.dns-tcp");
    }

    @Test
    void aDesignReadBackFromItsFileGivesTheSameFlowsInTheSameOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        Design design = citrixDmz().placed("users", "common.user-device", "inet").placed("gw", "citrix.gateway", "dmz")
                .placed("sf", "citrix.storefront", "lan").placed("ddc", "citrix.ddc", "lan").placed("vda", "citrix.vda", "lan").build();
        java.nio.file.Path file = folder.resolve("design.portolan");
        io.portolan.io.design.DesignFile.write(file, design);

        List<String> first = byValue(engine.analyze(design));
        List<String> again = byValue(new FlowEngine(catalog).analyze(io.portolan.io.design.DesignFile.read(file, catalog)));

        assertThat(first).isNotEmpty();
        assertThat(again).isEqualTo(first);
    }

    /** Every flow and every firewall's rules as text, so that equal objects, not the same ones, make two analyses equal. */
    private static List<String> byValue(FlowAnalysis analysis) {
        List<String> lines = new java.util.ArrayList<>();
        analysis.flows().forEach(f -> lines.add(f.ruleId() + " " + f.source().id() + " > " + f.destination().id() + " "
                + f.protocolText() + " " + f.portText() + " " + f.route().crossing() + " " + f.route().boundaryNames()));
        analysis.byFirewall().forEach(b -> b.rules().forEach(r -> lines.add(b.boundary().name() + ": " + r.source().id()
                + " > " + r.destination().id() + " " + r.protocolText() + " " + r.portText())));
        return lines;
    }

    @Test
    void perFirewallViewMergesPortsBySourceDestinationAndProtocol() {
        Design design = citrixDmz().placed("gw", "citrix.gateway", "dmz").placed("vda", "citrix.vda", "lan").build();

        BoundaryRules inner = engine.analyze(design).byFirewall().stream()
                .filter(b -> b.boundary().id().equals("inner")).findFirst().orElseThrow();

        assertThat(inner.rules()).extracting(FirewallRule::protocolText, FirewallRule::portText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TCP", "1494, 2598"),
                        org.assertj.core.groups.Tuple.tuple("UDP", "1494, 2598"));
        assertThat(inner.rules().get(0).hop().fromZoneId()).isEqualTo("dmz");
        assertThat(inner.rules().get(0).references()).extracting(r -> r.section()).containsOnly("Citrix Gateway");
    }

    @Test
    void firewallsNoFlowPassesAreStillListed() {
        Design design = citrixDmz().placed("sf", "citrix.storefront", "lan").build();

        assertThat(engine.analyze(design).byFirewall()).extracting(b -> b.boundary().name(), b -> b.rules().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("edge", 0), org.assertj.core.groups.Tuple.tuple("inner", 0));
    }

    @Test
    void firewallWhoseIdReadsLikeAnImplicitBoundaryKeepsItsOwnRules() {
        Design design = DesignBuilder.design(catalog)
                .zone("inet", INTERNET).zone("dmz", DMZ).zone("lan", INTERNAL).zone("mgmt", ZoneKind.MANAGEMENT)
                .firewall("boundary:lan:mgmt", "inet", "dmz").firewall("inner", "dmz", "lan")
                .placed("users", "common.user-device", "inet").placed("gw", "citrix.gateway", "dmz")
                .placed("ddc", "citrix.ddc", "lan").placed("admin", "common.admin-workstation", "mgmt").build();

        List<BoundaryRules> boundaries = engine.analyze(design).byFirewall();

        assertThat(boundaries).extracting(b -> b.boundary().id(), b -> b.boundary().implicit()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("boundary:lan:mgmt", false), org.assertj.core.groups.Tuple.tuple("inner", false),
                org.assertj.core.groups.Tuple.tuple("boundary:dmz:mgmt", true), org.assertj.core.groups.Tuple.tuple("boundary:lan:mgmt", true));
        assertThat(boundaries.get(0).rules()).isNotEmpty().allSatisfy(rule ->
                assertThat(List.of(rule.hop().fromZoneId(), rule.hop().toZoneId())).containsExactlyInAnyOrder("inet", "dmz"));
        assertThat(boundaries.get(3).rules()).isNotEmpty().allSatisfy(rule ->
                assertThat(List.of(rule.hop().fromZoneId(), rule.hop().toZoneId())).containsExactlyInAnyOrder("lan", "mgmt"));
    }

    @Test
    void provisioningConsoleRulesNeedTheConsoleOnTheAdminWorkstation() {
        Design without = citrixDmz().placed("admin", "common.admin-workstation", "lan").placed("ddc", "citrix.ddc", "lan").build();
        Design with = citrixDmz().node("admin", "common.admin-workstation", "lan", "pvs-console").placed("ddc", "citrix.ddc", "lan").build();

        assertThat(ruleIds(engine.analyze(without), "admin", "ddc")).doesNotContain("citrix.pvs.console-ddc").contains("citrix.cvad.admin-ddc");
        assertThat(ruleIds(engine.analyze(with), "admin", "ddc")).contains("citrix.pvs.console-ddc", "citrix.cvad.admin-ddc");
    }

    @Test
    void zoneMatrixCountsFlowsFromZoneToZone() {
        Design design = citrixDmz().placed("users", "common.user-device", "inet").placed("gw", "citrix.gateway", "dmz").build();

        ZoneMatrix matrix = engine.analyze(design).zoneMatrix();

        assertThat(matrix.count("inet", "dmz")).isEqualTo(2);
        assertThat(matrix.count("dmz", "inet")).isZero();
        assertThat(matrix.zoneIds()).containsExactly("inet", "dmz", "lan");
    }

    @Test
    void nodeOutsideEveryZoneIsWarnedAboutAndItsFlowsAreUnzoned() {
        Design design = citrixDmz().placed("gw", "citrix.gateway", "dmz").placed("sf", "citrix.storefront", null).build();

        FlowAnalysis analysis = engine.analyze(design);

        assertThat(analysis.flows()).filteredOn(f -> f.destination().id().equals("sf"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.crossing()).isEqualTo(Crossing.UNZONED));
        assertThat(analysis.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(DesignWarning.Kind.NODE_OUTSIDE_ZONES);
            assertThat(w.subjectIds()).containsExactly("sf");
        });
    }

    @Test
    void componentInAZoneItsTypeAdvisesAgainstIsWarnedAbout() {
        Design design = citrixDmz().placed("vda", "citrix.vda", "dmz").build();

        assertThat(engine.analyze(design).warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(DesignWarning.Kind.ZONE_ADVISED_AGAINST);
            assertThat(w.message()).contains("'vda'", "DMZ", "Internal");
        });
    }

    @Test
    void nodeOfATypeTheCatalogLacksGetsNoFlowsAndAWarning() {
        Design design = citrixDmz().placed("gw", "citrix.gateway", "dmz").build()
                .withNode(new io.portolan.model.Node("x", "acme.widget", "Widget", "", "", "lan",
                        new io.portolan.model.Point(1, 1), List.of(), 1));

        FlowAnalysis analysis = engine.analyze(design);

        assertThat(analysis.flows()).noneMatch(f -> f.source().id().equals("x") || f.destination().id().equals("x"));
        assertThat(analysis.warnings()).anySatisfy(w -> assertThat(w.kind()).isEqualTo(DesignWarning.Kind.UNKNOWN_TYPE));
    }

    @Test
    void firewallJoinedToOneZoneIsWarnedAbout() {
        Design design = citrixDmz().firewall("loose", "lan").build();

        assertThat(engine.analyze(design).warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(DesignWarning.Kind.FIREWALL_NOT_CONNECTED);
            assertThat(w.subjectIds()).containsExactly("loose");
        });
    }
}
