package io.portolan.io.export.workbook;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Bounds;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.List;

/** Designs built in code for the workbook tests, and their analyses. */
final class TestDesigns {

    static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    static final RequestInfo REQUEST = new RequestInfo("Citrix remote access for Contoso", "Ada Lovelace", "CHG0012345",
            "Production", "Publish the Contoso desktops to remote users through a Citrix Gateway in the DMZ.");

    private TestDesigns() {
    }

    static FlowAnalysis analyse(Design design) {
        return new FlowEngine(CATALOG).analyze(design);
    }

    static Zone zone(String id, String name, ZoneKind kind, double x) {
        return new Zone(id, name, kind, List.of(), new Bounds(x, 0, 300, 500));
    }

    static Node node(String id, String type, String name, String zone, double x, double y) {
        return new Node(id, type, name, "", "", zone, new Point(x, y), List.of(), 1);
    }

    /**
     * Internet users reach a Citrix Gateway in the DMZ through FW-Outer; the gateway reaches StoreFront
     * through FW-Inner. Nothing else, so the rules can be written out by hand.
     */
    static Design gatewayToStoreFront() {
        List<Zone> zones = List.of(zone("internet", "Internet", ZoneKind.INTERNET, 0),
                zone("dmz", "DMZ", ZoneKind.DMZ, 350), zone("lan", "Internal", ZoneKind.INTERNAL, 700));
        List<Firewall> firewalls = List.of(new Firewall("fw-outer", "FW-Outer", List.of("internet", "dmz"), new Point(325, 250)),
                new Firewall("fw-inner", "FW-Inner", List.of("dmz", "lan"), new Point(675, 250)));
        List<Node> nodes = List.of(
                node("users", "common.user-device", "Remote users", "internet", 150, 250),
                node("gw", "citrix.gateway", "Citrix Gateway", "dmz", 500, 250).withHost("gateway.contoso.com")
                        .withAddress("192.0.2.10").withFeatures(List.of("edt")),
                node("sf", "citrix.storefront", "StoreFront", "lan", 850, 250).withHost("sf01.contoso.local")
                        .withAddress("10.0.1.20"));
        return new Design(zones, firewalls, nodes, FlowOverrides.NONE, REQUEST);
    }

    /**
     * A fuller Citrix design: two firewalls, an internal zone with StoreFront, Delivery Controller, 20 VDAs
     * and a domain controller, a Cloud Connector checking certificates on the internet through both firewalls, a management zone joined by no
     * firewall (an implicit boundary), an isolated zone no firewall path reaches (unroutable), a node
     * outside every zone (unzoned), and a custom flow from a node whose name a user typed as a formula.
     */
    static Design citrixOnPremises() {
        List<Zone> zones = List.of(zone("internet", "Internet", ZoneKind.INTERNET, 0),
                zone("dmz", "DMZ", ZoneKind.DMZ, 350), zone("lan", "Internal", ZoneKind.INTERNAL, 700),
                zone("mgmt", "Management", ZoneKind.MANAGEMENT, 1050), zone("lab", "Lab", ZoneKind.CUSTOM, 1400));
        List<Firewall> firewalls = List.of(new Firewall("fw-outer", "FW-Outer", List.of("internet", "dmz"), new Point(325, 250)),
                new Firewall("fw-inner", "FW-Inner", List.of("dmz", "lan"), new Point(675, 250)),
                new Firewall("fw-lab", "FW-Lab", List.of("lab"), new Point(1375, 250)));
        List<Node> nodes = List.of(
                node("users", "common.user-device", "Remote users", "internet", 150, 150),
                node("digicert", "common.digicert", "DigiCert", "internet", 150, 350),
                node("gw", "citrix.gateway", "Citrix Gateway", "dmz", 500, 250).withHost("gateway.contoso.com")
                        .withAddress("192.0.2.10").withFeatures(List.of("edt")),
                node("sf", "citrix.storefront", "StoreFront", "lan", 800, 100).withHost("sf01.contoso.local")
                        .withAddress("10.0.1.20"),
                node("ddc", "citrix.ddc", "Delivery Controller", "lan", 900, 200).withAddress("10.0.1.30"),
                node("vda", "citrix.vda", "=HYPERLINK(\"http://evil.example\",\"VDAs\")", "lan", 800, 350)
                        .withAddress("10.0.2.0/24").withFeatures(List.of("edt")).withCount(20),
                node("dc", "common.domain-controller", "DC01", "lan", 950, 400).withHost("dc01.contoso.local"),
                node("cc", "citrix.cloud-connector", "Cloud Connector", "lan", 1000, 100),
                node("admin", "common.admin-workstation", "Admin PC", "mgmt", 1200, 250),
                node("labvda", "citrix.vda", "Lab VDA", "lab", 1550, 250),
                node("stray", "common.dns-server", "+DNS", null, 1900, 250));
        FlowOverrides overrides = new FlowOverrides(List.of(), List.of(new CustomFlow("c1", "admin", "vda", Protocol.TCP, null,
                PortSet.parse("3389"), "@Remote desktop for support")));
        return new Design(zones, firewalls, nodes, overrides, REQUEST);
    }
}
