package io.portolan.io.export.objects;

import static io.portolan.io.export.objects.PlainDesigns.flow;
import static io.portolan.io.export.objects.PlainDesigns.node;
import static io.portolan.io.export.objects.PlainDesigns.objects;
import static io.portolan.io.export.objects.PlainDesigns.twoZones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.engine.FirewallRule;
import io.portolan.model.Design;
import io.portolan.model.NodeAddresses;
import io.portolan.model.Protocol;
import io.portolan.testing.DesignBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirewallObjectsTest {

    private static AddressObject address(FirewallObjects objects, String name) {
        return objects.addresses().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static ServiceObject service(FirewallObjects objects, String name) {
        return objects.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void aNodeWithOneAddressIsAHostObjectNamedAfterIt() throws Exception {
        DesignBuilder design = node(node(twoZones(), "app", "lan", "10.1.0.10"), "web", "dmz", "172.16.1.10");
        FirewallObjects objects = objects(design.custom(flow("c1", "web", "app", Protocol.TCP, 443)).name("app", "App server").build());

        AddressObject app = address(objects, "APP_SERVER");
        assertThat(app.kind()).isEqualTo(AddressObject.Kind.HOST);
        assertThat(app.value()).isEqualTo("10.1.0.10");
        assertThat(objects.usedBy(app)).containsExactly(1);
    }

    @Test
    void aFarmWrittenAsAListIsAGroupOfOneObjectPerItemAndARangeIsARangeObject() throws Exception {
        DesignBuilder design = node(node(twoZones(), "farm", "lan", "10.1.0.11, 10.1.0.12, 10.1.2.0/24"), "vdi", "lan",
                "10.1.3.10-10.1.3.29");
        FirewallObjects objects = objects(design.build());

        AddressObject farm = address(objects, "FARM");
        assertThat(farm.kind()).isEqualTo(AddressObject.Kind.GROUP);
        assertThat(farm.members()).extracting(AddressObject::name).containsExactly("FARM_1", "FARM_2", "FARM_3");
        assertThat(farm.members()).extracting(AddressObject::kind)
                .containsExactly(AddressObject.Kind.HOST, AddressObject.Kind.HOST, AddressObject.Kind.NETWORK);
        assertThat(address(objects, "VDI").kind()).isEqualTo(AddressObject.Kind.RANGE);
    }

    @Test
    void anOutboundAddressIsAnObjectOfItsOwnNamedAfterItsNode() throws Exception {
        DesignBuilder design = node(node(twoZones(), "app", "lan", "10.1.0.10"), "gw", "dmz", "172.16.1.10")
                .addresses("gw", new NodeAddresses("172.16.1.10", "172.16.1.11", "", ""))
                .custom(flow("c1", "gw", "app", Protocol.TCP, 443));
        FirewallObjects objects = objects(design.build());
        FirewallRule rule = objects.boundaries().get(0).rules().get(0).rules().get(0).rule();

        assertThat(objects.sourceOf(rule).name()).isEqualTo("GW_OUT");
        assertThat(objects.sourceOf(rule).value()).isEqualTo("172.16.1.11");
        assertThat(address(objects, "GW").value()).isEqualTo("172.16.1.10");
    }

    @Test
    void everyZoneWithRangesIsANetworkObject() throws Exception {
        FirewallObjects objects = objects(twoZones().ranges("lan", "10.1.0.0/16", "10.2.0.0/16").build());

        assertThat(address(objects, "DMZ_NET").kind()).isEqualTo(AddressObject.Kind.NETWORK);
        assertThat(address(objects, "LAN_NET").members()).extracting(AddressObject::value).containsExactly("10.1.0.0/16", "10.2.0.0/16");
        assertThat(objects.usedBy(address(objects, "LAN_NET"))).isEmpty();
    }

    @Test
    void servicesAreNamedAfterTheirProtocolAndPortsAndSeveralPortsAreAGroup() throws Exception {
        DesignBuilder design = node(node(twoZones(), "app", "lan", "10.1.0.10"), "web", "dmz", "172.16.1.10")
                .custom(flow("c1", "web", "app", Protocol.TCP, 1494, 2598)).custom(flow("c2", "web", "app", Protocol.UDP, 443))
                .custom(flow("c3", "web", "app", Protocol.ICMP));
        FirewallObjects objects = objects(design.build());

        assertThat(service(objects, "TCP_1494_2598").members()).extracting(ServiceObject::name).containsExactly("TCP_1494", "TCP_2598");
        assertThat(service(objects, "TCP_1494_2598").value()).isEqualTo("TCP_1494, TCP_2598");
        assertThat(service(objects, "UDP_443").value()).isEqualTo("UDP 443");
        assertThat(service(objects, "ICMP").ports().isEmpty()).isTrue();
    }

    @Test
    void rulesSharingADestinationAndServiceBecomeOneRuleWithAGroupOfTheirSources() throws Exception {
        DesignBuilder design = node(node(node(twoZones(), "a", "dmz", "172.16.1.10"), "b", "dmz", "172.16.1.11"), "db", "lan", "10.1.0.5")
                .custom(flow("c1", "a", "db", Protocol.TCP, 1433)).custom(flow("c2", "b", "db", Protocol.TCP, 1433));
        FirewallObjects objects = objects(design.build());

        assertThat(objects.rulesBefore()).isEqualTo(2);
        assertThat(objects.rulesAfter()).isEqualTo(1);
        ObjectRule rule = objects.rules().get(0);
        assertThat(rule.source().name()).isEqualTo("GRP_A_B");
        assertThat(rule.source().members()).extracting(AddressObject::name).containsExactly("A", "B");
        assertThat(rule.destination().name()).isEqualTo("DB");
        assertThat(rule.numbers()).containsExactly(1, 2);
        assertThat(objects.usedBy(rule.source())).containsExactly(1, 2);
    }

    @Test
    void rulesSharingASourceAndServiceThenBecomeOneRuleWithAGroupOfTheirDestinations() throws Exception {
        DesignBuilder design = node(node(node(twoZones(), "admin", "dmz", "172.16.1.5"), "x", "lan", "10.1.0.10"), "y", "lan", "10.1.0.11")
                .custom(flow("c1", "admin", "x", Protocol.TCP, 3389)).custom(flow("c2", "admin", "y", Protocol.TCP, 3389))
                .custom(flow("c3", "admin", "y", Protocol.UDP, 161));
        FirewallObjects objects = objects(design.build());

        assertThat(objects.rules()).extracting(r -> r.source().name() + " -> " + r.destination().name() + " " + r.service().name())
                .containsExactly("ADMIN -> GRP_X_Y TCP_3389", "ADMIN -> Y UDP_161");
    }

    @Test
    void groupsAreNotMadeAcrossTheDirectionsOfAFirewall() throws Exception {
        DesignBuilder design = node(node(twoZones(), "a", "dmz", "172.16.1.10"), "b", "lan", "10.1.0.11")
                .custom(flow("c1", "a", "b", Protocol.TCP, 22)).custom(flow("c2", "b", "a", Protocol.TCP, 22));

        assertThat(objects(design.build()).rulesAfter()).isEqualTo(2);
    }

    @Test
    void aRuleWithAnEndWithoutAnAddressIsLeftOutSayingWhich() throws Exception {
        DesignBuilder design = node(twoZones(), "a", "dmz", "172.16.1.10").node("saas", PlainDesigns.PLAIN, "lan")
                .name("saas", "SaaS service").custom(flow("c1", "a", "saas", Protocol.TCP, 443));
        FirewallObjects objects = objects(design.build());

        assertThat(objects.rules()).isEmpty();
        assertThat(objects.leftOut()).singleElement().satisfies(left -> {
            assertThat(left.number()).isEqualTo(1);
            assertThat(left.reason()).isEqualTo("SaaS service (destination) has no address");
        });
        assertThat(objects.boundaries().get(0).leftOut()).isEqualTo(1);
    }

    @Test
    void aRuleFromAnIpv4ToAnIpv6AddressIsLeftOut() throws Exception {
        DesignBuilder design = node(node(twoZones(), "a", "dmz", "172.16.1.10"), "b", "lan", "2001:db8::10")
                .custom(flow("c1", "a", "b", Protocol.TCP, 443));

        assertThat(objects(design.build()).leftOut()).singleElement()
                .satisfies(left -> assertThat(left.reason()).contains("different IP versions"));
    }

    @Test
    void twoNodesWhoseNamesCleanToOneNameAreAnErrorNamingBoth() {
        Design design = node(node(twoZones(), "a", "dmz", "172.16.1.10"), "b", "lan", "10.1.0.11")
                .name("a", "Store Front").name("b", "Store-Front").build();

        assertThatThrownBy(() -> objects(design)).isInstanceOf(ObjectNameException.class)
                .hasMessage("objects: the node 'Store Front' and the node 'Store-Front' would both be named STORE_FRONT on the firewall;"
                        + " rename one of them");
    }

    @Test
    void addingANodeRenamesNoOtherObject() throws Exception {
        DesignBuilder base = node(node(twoZones(), "a", "dmz", "172.16.1.10"), "b", "lan", "10.1.0.11")
                .custom(flow("c1", "a", "b", Protocol.TCP, 443));
        List<String> before = objects(base.build()).addresses().stream().map(AddressObject::name).toList();
        List<String> after = objects(node(base, "c", "dmz", "172.16.1.12").custom(flow("c2", "c", "b", Protocol.TCP, 80)).build())
                .addresses().stream().map(AddressObject::name).toList();

        assertThat(after).containsAll(before);
    }
}
