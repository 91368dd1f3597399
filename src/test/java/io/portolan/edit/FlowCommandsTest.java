package io.portolan.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.FlowKey;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.RequestInfo;
import org.junit.jupiter.api.Test;

class FlowCommandsTest {

    private final Design start = TestDesigns.threeZones();
    private final FlowKey key = new FlowKey("citrix.gateway-storefront", "gw", "sf");

    @Test
    void suppressingAFlowAddsItsKeyAndRestoringRemovesIt() {
        Design suppressed = new SuppressFlow(key, true).apply(start);
        assertThat(suppressed.overrides().suppressed()).containsExactly(key);
        Design restored = new SuppressFlow(key, false).apply(suppressed);
        assertThat(restored).isEqualTo(start);
    }

    @Test
    void suppressingTwiceChangesNothingTheSecondTime() {
        Design once = new SuppressFlow(key, true).apply(start);
        assertThat(new SuppressFlow(key, true).apply(once)).isEqualTo(once);
    }

    @Test
    void customFlowIsAddedWithANewIdAndRemovedByIt() {
        Design added = new AddCustomFlow("gw", "sf", Protocol.TCP, null, PortSet.parse("8443"), "Admin UI").apply(start);
        CustomFlow flow = added.overrides().custom().get(0);
        assertThat(flow.sourceId()).isEqualTo("gw");
        assertThat(flow.destinationId()).isEqualTo("sf");
        assertThat(flow.ports()).isEqualTo(PortSet.ofPorts(8443));
        assertThat(flow.purpose()).isEqualTo("Admin UI");
        Design twice = new AddCustomFlow("sf", "gw", Protocol.UDP, null, PortSet.ofPorts(53), "").apply(added);
        assertThat(twice.overrides().custom()).extracting(CustomFlow::id).doesNotHaveDuplicates();
        assertThat(new RemoveCustomFlow(flow.id()).apply(added)).isEqualTo(start);
    }

    @Test
    void customTcpFlowNeedsAPort() {
        assertThatThrownBy(() -> new AddCustomFlow("gw", "sf", Protocol.TCP, null, PortSet.EMPTY, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customIcmpFlowNeedsNoPort() {
        Design added = new AddCustomFlow("gw", "sf", Protocol.ICMP, null, PortSet.EMPTY, "Ping").apply(start);
        assertThat(added.overrides().custom().get(0).protocol()).isEqualTo(Protocol.ICMP);
    }

    @Test
    void setRequestReplacesTheRequestDetails() {
        RequestInfo request = new RequestInfo("Citrix for Contoso", "A. Architect", "CHG001", "Production", "New farm");
        assertThat(new SetRequest(request).apply(start).request()).isEqualTo(request);
    }
}
