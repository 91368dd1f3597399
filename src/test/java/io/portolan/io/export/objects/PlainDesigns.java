package io.portolan.io.export.objects;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;

/**
 * Designs whose every flow is added by hand between file servers, a type the catalog gives no rule between, so
 * that the rules of a test are the ones it writes down, whatever the catalog holds.
 */
public final class PlainDesigns {

    public static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    static final String PLAIN = "common.file-server";

    private PlainDesigns() {
    }

    /** Zones {@code lan} (10.1.0.0/16) and {@code dmz} (172.16.1.0/24) with a firewall {@code fw} between them. */
    static DesignBuilder twoZones() {
        return DesignBuilder.design().zone("lan", ZoneKind.INTERNAL).zone("dmz", ZoneKind.DMZ).firewall("fw", "lan", "dmz")
                .ranges("lan", "10.1.0.0/16").ranges("dmz", "172.16.1.0/24");
    }

    /** A plain node at an address. */
    public static DesignBuilder node(DesignBuilder design, String id, String zone, String address) {
        return design.node(id, PLAIN, zone).address(id, address);
    }

    /** A flow added by hand. */
    public static CustomFlow flow(String id, String from, String to, Protocol protocol, int... ports) {
        return new CustomFlow(id, from, to, protocol, protocol == Protocol.IP ? 112 : null,
                protocol.hasPorts() ? PortSet.ofPorts(ports) : PortSet.EMPTY, "Purpose of " + id);
    }

    /** The analysis of the design, checked to hold only the flows added by hand. */
    public static FlowAnalysis analyse(Design design) {
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(design);
        assertThat(analysis.flows()).as("the catalog has rules between " + PLAIN + "s now: choose another plain type")
                .allMatch(Flow::isCustom);
        return analysis;
    }

    /** The objects of the merged request, upper case, no prefix. */
    static FirewallObjects objects(Design design) throws ObjectNameException {
        FlowAnalysis analysis = analyse(design);
        return FirewallObjects.of(analysis.rules(false), design, ObjectNaming.DEFAULT);
    }
}
