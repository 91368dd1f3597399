package io.portolan.engine;

import static io.portolan.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.model.Design;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;
import org.junit.jupiter.api.Test;

/** The rows a placed gateway stands in for, seen from both ends of the row. */
class GatewayStandInTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final String SHADOWING = "parallels.client.shadowing";

    private static DesignBuilder rasFarm(ZoneKind clientZone) {
        return design()
                .zone("clients", clientZone).zone("dmz", ZoneKind.DMZ).zone("lan", ZoneKind.INTERNAL)
                .firewall("edge", "clients", "dmz").firewall("internal", "dmz", "lan")
                .node("users", "parallels.client", "clients")
                .node("console", "parallels.console", "lan", "shadowing");
    }

    private static boolean hasFlow(Design design, String ruleId, String source, String destination) {
        return new FlowEngine(CATALOG).analyze(design).flows().stream().anyMatch(f -> f.ruleId().equals(ruleId)
                && f.source().id().equals(source) && f.destination().id().equals(destination));
    }

    @Test
    void consoleDoesNotShadowInternetClientsBehindAPlacedGateway() {
        Design design = rasFarm(ZoneKind.INTERNET).node("gateway", "parallels.secure-gateway", "dmz", "ssl").build();

        assertThat(hasFlow(design, SHADOWING, "console", "users")).isFalse();
    }

    @Test
    void consoleShadowsInternetClientsWhenNoGatewayIsPlaced() {
        Design design = rasFarm(ZoneKind.INTERNET).build();

        assertThat(hasFlow(design, SHADOWING, "console", "users")).isTrue();
    }

    @Test
    void consoleShadowsClientsOnTheInternalNetworkEvenWithAGateway() {
        Design design = rasFarm(ZoneKind.INTERNAL).node("gateway", "parallels.secure-gateway", "dmz", "ssl").build();

        assertThat(hasFlow(design, SHADOWING, "console", "users")).isTrue();
    }

    @Test
    void internetClientsReachTheSessionHostOnlyThroughThePlacedGateway() {
        Design design = rasFarm(ZoneKind.INTERNET)
                .node("gateway", "parallels.secure-gateway", "dmz", "ssl")
                .node("rdsh", "parallels.rdsh-agent", "lan", "direct-connection").build();

        assertThat(hasFlow(design, "parallels.rdsh.client-rdp-tcp", "users", "rdsh")).isFalse();
        assertThat(hasFlow(design, "parallels.rdsh.gateway-rdp-tcp", "gateway", "rdsh")).isTrue();
    }
}
