package io.portolan.io.export.capirca;

import static io.portolan.io.export.objects.PlainDesigns.flow;
import static io.portolan.io.export.objects.PlainDesigns.node;

import io.portolan.catalog.Catalog;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.ObjectNameException;
import io.portolan.io.export.objects.ObjectNaming;
import io.portolan.io.export.objects.PlainDesigns;
import io.portolan.model.Protocol;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;

/**
 * A design of {@link PlainDesigns}' plain nodes (file servers, between which the catalog has no rule) whose every flow
 * is added by hand, so that its rules are known whatever the catalog holds: users on the internet reach a gateway in the DMZ through
 * the edge firewall, the gateway reaches an application server in the LAN through the inner firewall, the server
 * reaches a SaaS service without an address in a cloud zone no firewall joins, and the gateway a host on an island
 * no chain of firewalls reaches.
 */
final class CapircaDesigns {

    static final Catalog CATALOG = PlainDesigns.CATALOG;

    private CapircaDesigns() {
    }

    /** The design's builder, to add to. */
    static DesignBuilder builder() {
        DesignBuilder design = DesignBuilder.design().zone("inet", ZoneKind.INTERNET).zone("dmz", ZoneKind.DMZ)
                .zone("lan", ZoneKind.INTERNAL).zone("cloud", ZoneKind.CLOUD).zone("island", ZoneKind.CUSTOM)
                .firewall("edge", "inet", "dmz").firewall("inner", "dmz", "lan").firewall("lonely", "island")
                .ranges("inet", "0.0.0.0/0").ranges("dmz", "172.16.1.0/24").ranges("lan", "10.1.0.0/16");
        node(design, "users", "inet", "0.0.0.0/0");
        node(design, "gw", "dmz", "172.16.1.10");
        node(design, "app", "lan", "10.1.0.10, 10.1.0.11");
        node(design, "saas", "cloud", "");
        node(design, "iso", "island", "10.9.0.1");
        return design.custom(flow("c1", "users", "gw", Protocol.TCP, 443))
                .custom(flow("c2", "gw", "app", Protocol.TCP, 1494, 2598))
                .custom(flow("c3", "gw", "app", Protocol.UDP, 443))
                .custom(flow("c4", "app", "saas", Protocol.TCP, 443))
                .custom(flow("c5", "gw", "iso", Protocol.TCP, 22));
    }

    static FirewallObjects objects(FlowAnalysis analysis) throws ObjectNameException {
        return FirewallObjects.of(analysis.rules(false), analysis.design(), ObjectNaming.DEFAULT);
    }
}
