package io.portolan.engine.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.catalog.ComponentType;
import io.portolan.catalog.SequenceKind;
import io.portolan.engine.Boundary;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.model.FlowKey;
import io.portolan.model.FlowOverrides;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which sequences apply to a design, and each step's flows, firewalls, or what the design lacks for it. */
class WalkthroughTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final FlowEngine ENGINE = new FlowEngine(CATALOG);

    private static Design template(String name) throws Templates.UnknownTemplateException {
        return Templates.load(name, CATALOG);
    }

    private static Walkthrough walkthrough(Design design) {
        return Walkthrough.of(ENGINE.analyze(design));
    }

    private static WalkthroughStep step(WalkthroughSequence sequence, String title) {
        return sequence.steps().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    private static List<String> pairs(WalkthroughStep step) {
        return step.flows().stream().map(f -> f.source().name() + " -> " + f.destination().name()).distinct().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"citrix-onprem", "citrix-cloud", "parallels-ras", "hp-anyware"})
    void everyTemplateCarriesAtLeastOneCompleteConnectionSequence(String name) throws Exception {
        Walkthrough walkthrough = walkthrough(template(name));

        assertThat(walkthrough.sequences()).filteredOn(s -> s.sequence().kind() == SequenceKind.CONNECTION)
                .filteredOn(WalkthroughSequence::complete).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            citrix-onprem | citrix.gateway-launch, citrix.vda-registration, citrix.licensing
            citrix-cloud  | citrix.cloud-launch, citrix.vda-registration-cloud
            parallels-ras | parallels.halb-launch, parallels.agent-registration, parallels.licensing
            hp-anyware    | hp.anyware-launch, hp.anyware-licensing
            """)
    void eachTemplateCarriesEverySequenceThatAppliesToIt(String name, String ids) throws Exception {
        Walkthrough walkthrough = walkthrough(template(name));

        assertThat(walkthrough.sequences()).extracting(WalkthroughSequence::id).containsExactly(ids.split(", "));
        assertThat(walkthrough.sequences()).allSatisfy(s -> assertThat(s.gaps()).as(s.id()).isEmpty());
    }

    @Test
    void aTeradiciDesignWithTheConnectorInTheDmzCarriesItsLaunchAndLicensing() {
        Design design = DesignBuilder.design(CATALOG).zone("internet", ZoneKind.INTERNET).zone("cloud", ZoneKind.CLOUD)
                .zone("dmz", ZoneKind.DMZ).zone("lan", ZoneKind.INTERNAL)
                .firewall("edge", "internet", "cloud", "dmz").firewall("inner", "dmz", "lan")
                .placed("users", "pcoip.client", "internet").placed("license", "pcoip.cloud-license-server", "internet")
                .placed("manager", "teradici.cas-manager", "cloud").placed("connector", "teradici.connector", "dmz")
                .placed("workstations", "pcoip.remote-workstation", "lan").placed("dc", "common.domain-controller", "lan")
                .build();

        Walkthrough walkthrough = walkthrough(design);

        assertThat(walkthrough.sequences()).extracting(WalkthroughSequence::id)
                .containsExactly("teradici.cas-launch", "teradici.cas-licensing");
        WalkthroughSequence launch = walkthrough.sequences().get(0);
        assertThat(launch.gaps()).isEmpty();
        assertThat(step(launch, "Second factor").missing()).as("no RADIUS server placed").isTrue();
        assertThat(pairs(step(launch, "Connector to the remote workstation"))).containsExactly("connector -> workstations");
        assertThat(walkthrough.sequences().get(1).complete()).isTrue();
    }

    @Test
    void eachStepOfTheGatewayLaunchHasTheFlowsOfItsRulesAndTheFirewallsTheyPass() throws Exception {
        WalkthroughSequence launch = walkthrough(template("citrix-onprem")).sequence("citrix.gateway-launch").orElseThrow();

        assertThat(launch.steps()).extracting(WalkthroughStep::number).startsWith(1, 2, 3);
        WalkthroughStep client = launch.steps().get(0);
        assertThat(pairs(client)).containsExactly("Remote users -> Citrix Gateway");
        assertThat(client.firewalls()).extracting(Boundary::name).containsExactly("Edge firewall");
        assertThat(client.portLabel()).isEqualTo("TCP 443");
        WalkthroughStep hdx = step(launch, "HDX from the Gateway to the VDA");
        assertThat(pairs(hdx)).containsExactly("Citrix Gateway -> Session hosts (VDA)");
        assertThat(hdx.portLabel()).isEqualTo("TCP 1494, 2598 | UDP 1494, 2598");
        assertThat(hdx.firewalls()).extracting(Boundary::name).containsExactly("Internal firewall");
        assertThat(hdx.nodeIds()).containsExactly("gateway", "vda");
        assertThat(pairs(step(launch, "Gateway redeems the STA ticket"))).containsExactly("Citrix Gateway -> Delivery Controllers");
    }

    @Test
    void aStepNarrowedToItsSourceLeavesOutTheOtherSourcesOfItsRules() throws Exception {
        WalkthroughSequence launch = walkthrough(template("citrix-onprem")).sequence("citrix.gateway-launch").orElseThrow();

        WalkthroughStep logon = step(launch, "Windows logon on the VDA");

        assertThat(pairs(logon)).containsExactly("Session hosts (VDA) -> Domain controllers");
        assertThat(logon.flows()).extracting(Flow::protocolText).contains("TCP", "UDP");
        assertThat(logon.firewalls()).isEmpty();
    }

    @Test
    void withoutStoreFrontTheStepsItCarriesAreMissingAndSayToPlaceIt() throws Exception {
        Design design = template("citrix-onprem").without(List.of("storefront"));

        WalkthroughSequence launch = walkthrough(design).sequence("citrix.gateway-launch").orElseThrow();

        assertThat(launch.complete()).isFalse();
        assertThat(launch.gaps()).extracting(WalkthroughStep::title).containsExactly("Single sign-on to StoreFront",
                "Enumeration by the Delivery Controller", "Launch: ICA file and STA ticket");
        WalkthroughStep sso = step(launch, "Single sign-on to StoreFront");
        assertThat(sso.missing()).isTrue();
        assertThat(sso.toPlace()).extracting(ComponentType::id).containsExactly("citrix.storefront");
        assertThat(sso.hint()).isEqualTo("Place StoreFront.");
        assertThat(sso.firewalls()).isEmpty();
        assertThat(sso.waiting()).as("the Gateway has no StoreFront to reach").containsExactly("gateway");
        assertThat(sso.nodeIds()).containsExactly("gateway");
        assertThat(step(launch, "Callback to the Gateway").missing()).isTrue();
        assertThat(step(launch, "Callback to the Gateway").gap()).as("optional").isFalse();
    }

    @Test
    void withoutAGatewayTheInternalSequenceAppliesInsteadAndTheUsersReachStoreFrontThemselves() throws Exception {
        Walkthrough walkthrough = walkthrough(template("citrix-onprem").without(List.of("gateway")));

        assertThat(walkthrough.sequence("citrix.gateway-launch")).isEmpty();
        WalkthroughSequence internal = walkthrough.sequence("citrix.internal-launch").orElseThrow();
        assertThat(internal.complete()).isTrue();
        assertThat(pairs(internal.steps().get(0))).containsExactly("Remote users -> StoreFront");
        assertThat(pairs(step(internal, "HDX to the VDA"))).containsExactly("Remote users -> Session hosts (VDA)");
    }

    @Test
    void aSequenceAskedForByNameIsWalkedEvenWhenItDoesNotApply() throws Exception {
        Walkthrough walkthrough = walkthrough(template("citrix-onprem"));

        WalkthroughSequence cloud = walkthrough.walk(CATALOG.sequence("citrix.cloud-launch").orElseThrow());

        assertThat(cloud.applies()).isFalse();
        assertThat(step(cloud, "Sign in to Citrix Workspace").hint()).isEqualTo("Place Citrix Cloud.");
    }

    @Test
    void anOptionalStepTheDesignLeavesOutKeepsTheSequenceComplete() throws Exception {
        WalkthroughSequence licensing = walkthrough(template("citrix-onprem")).sequence("citrix.licensing").orElseThrow();

        WalkthroughStep cloud = step(licensing, "Usage reported to Citrix Cloud");

        assertThat(cloud.missing()).isTrue();
        assertThat(cloud.gap()).isFalse();
        assertThat(licensing.complete()).isTrue();
    }

    @Test
    void aStepWhoseFlowsAreSuppressedSaysSo() throws Exception {
        Design design = template("citrix-onprem");
        design = design.withOverrides(new FlowOverrides(List.of(new FlowKey("citrix.gateway.sta", "gateway", "ddc")), List.of()));

        WalkthroughStep sta = step(walkthrough(design).sequence("citrix.gateway-launch").orElseThrow(),
                "Gateway redeems the STA ticket");

        assertThat(sta.missing()).isTrue();
        assertThat(sta.hint()).isEqualTo("Its flows are suppressed: restore them in the flows table.");
    }

    @Test
    void aStepWhoseRulesAllNeedASwitchNamesTheSwitchesAndOneWithoutPlacedEndsSaysSo() {
        Catalog catalog = CatalogLoader.load(List.of(new CatalogLoader.Source("t.json", """
                {"vendor": "Test", "documents": [{"id": "doc", "title": "Test ports"}],
                 "types": [{"id": "t.client", "name": "Client", "product": "P", "category": "client", "zone": "INTERNET"},
                           {"id": "t.server", "name": "Server", "product": "P", "category": "workload", "zone": "INTERNAL",
                            "features": [{"id": "edt", "name": "EDT", "default": true},
                                         {"id": "tls", "name": "TLS", "default": false}]}],
                 "rules": [{"id": "t.udp", "from": "t.client", "to": "t.server", "protocol": "UDP", "ports": "1494",
                            "condition": "edt", "purpose": "p", "reference": {"document": "doc", "section": "S"}},
                           {"id": "t.dtls", "from": "t.client", "to": "t.server", "protocol": "UDP", "ports": "443",
                            "condition": ["edt", "!tls"], "purpose": "p", "reference": {"document": "doc", "section": "S"}},
                           {"id": "t.tcp", "from": "t.server", "to": "t.client", "protocol": "TCP", "ports": "80",
                            "purpose": "p", "reference": {"document": "doc", "section": "S"}}],
                 "sequences": [{"id": "t.launch", "name": "Launch", "kind": "connection", "steps": [
                   {"title": "UDP", "narrative": "n", "rules": ["t.udp", "t.dtls"], "place": ["t.server"],
                    "reference": {"document": "doc", "section": "S"}},
                   {"title": "Back", "narrative": "n", "rules": ["t.tcp"], "place": ["t.server"],
                    "reference": {"document": "doc", "section": "S"}}]}]}""")));
        Design design = DesignBuilder.design().zone("inside", ZoneKind.INTERNAL)
                .node("client", "t.client", "inside").node("server", "t.server", "inside").build();

        WalkthroughSequence launch = Walkthrough.of(new FlowEngine(catalog).analyze(design)).sequences().get(0);

        assertThat(launch.steps().get(0).hint()).isEqualTo("Its rules need EDT on or EDT on and TLS: off.");
        assertThat(launch.steps().get(1).missing()).isFalse();
        assertThat(Walkthrough.of(new FlowEngine(catalog).analyze(design.without(List.of("client")))).sequences().get(0)
                .steps().get(1).hint()).startsWith("No placed nodes meet its rules");
    }
}
