package io.portolan.bench;

import io.portolan.catalog.Catalog;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates large, realistic designs for benchmarks: 12 zones and 8 firewalls of a two-site enterprise
 * running Citrix and Parallels RAS side by side. A few gateways, brokers and infrastructure servers per
 * site, and the rest of the nodes are VDAs and RD session hosts spread over the desktop zones.
 */
public final class LargeDesigns {

    private static final String[][] ZONES = {
        {"internet", "Internet", "INTERNET"}, {"dmz-a", "DMZ site A", "DMZ"}, {"dmz-b", "DMZ site B", "DMZ"},
        {"cloud", "Cloud", "CLOUD"}, {"core", "Core servers", "INTERNAL"}, {"site-a", "Site A servers", "INTERNAL"},
        {"site-b", "Site B servers", "INTERNAL"}, {"vdi-a", "Desktops A", "INTERNAL"}, {"vdi-b", "Desktops B", "INTERNAL"},
        {"rds", "Session hosts", "INTERNAL"}, {"mgmt", "Management", "MANAGEMENT"}, {"branch", "Branch office", "CUSTOM"}};

    private static final String[][] FIREWALLS = {
        {"edge", "Edge firewall", "internet,dmz-a,dmz-b,cloud"}, {"dmz-a-fw", "DMZ A firewall", "dmz-a,core"},
        {"dmz-b-fw", "DMZ B firewall", "dmz-b,core"}, {"site-a-fw", "Site A firewall", "core,site-a"},
        {"site-b-fw", "Site B firewall", "core,site-b"}, {"vdi-fw", "Desktop firewall", "core,vdi-a,vdi-b"},
        {"rds-fw", "Session host firewall", "core,rds"}, {"mgmt-fw", "Management firewall", "core,mgmt"}};

    /** Infrastructure placed once per design: type, zone, how many nodes. */
    private static final Object[][] INFRASTRUCTURE = {
        {"common.user-device", "internet", 10}, {"common.user-device", "branch", 4},
        {"citrix.gateway", "dmz-a", 2}, {"citrix.gateway", "dmz-b", 2}, {"citrix.storefront", "site-a", 2},
        {"citrix.storefront", "site-b", 2}, {"citrix.ddc", "site-a", 3}, {"citrix.ddc", "site-b", 3},
        {"citrix.director", "site-a", 1}, {"citrix.license-server", "core", 1}, {"common.sql-server", "core", 2},
        {"common.domain-controller", "core", 4}, {"common.dns-server", "core", 2}, {"common.ntp-server", "core", 1},
        {"common.radius-server", "core", 2}, {"common.vcenter", "core", 2}, {"citrix.fas", "core", 2},
        {"citrix.session-recording", "core", 1}, {"parallels.halb", "dmz-a", 2}, {"parallels.secure-gateway", "dmz-a", 4},
        {"parallels.publishing-agent", "site-a", 3}, {"parallels.reporting", "site-a", 1},
        {"common.admin-workstation", "mgmt", 6}, {"common.syslog-server", "mgmt", 1}, {"common.snmp-manager", "mgmt", 1},
        {"common.parallels-licensing", "internet", 1}};

    private LargeDesigns() {
    }

    /** A design of exactly {@code nodeCount} nodes (at least 100), the same for the same count. */
    public static Design generate(Catalog catalog, int nodeCount) {
        List<Zone> zones = new ArrayList<>();
        for (int i = 0; i < ZONES.length; i++) {
            zones.add(new Zone(ZONES[i][0], ZONES[i][1], ZoneKind.valueOf(ZONES[i][2]), List.of(),
                    new Bounds((i % 6) * 2200.0, (i / 6) * 2200.0, 2000, 2000)));
        }
        List<Firewall> firewalls = new ArrayList<>();
        for (int i = 0; i < FIREWALLS.length; i++) {
            firewalls.add(new Firewall(FIREWALLS[i][0], FIREWALLS[i][1], List.of(FIREWALLS[i][2].split(",")),
                    new Point(2100 + i * 200.0, 2100)));
        }
        List<Node> nodes = new ArrayList<>();
        for (Object[] row : INFRASTRUCTURE) {
            for (int i = 0; i < (Integer) row[2]; i++) {
                nodes.add(node(catalog, zones, nodes.size(), (String) row[0], (String) row[1]));
            }
        }
        String[] workloadZones = {"vdi-a", "vdi-b", "rds", "branch"};
        for (int i = 0; nodes.size() < nodeCount; i++) {
            String zone = workloadZones[i % workloadZones.length];
            String type = zone.equals("rds") ? "parallels.rdsh-agent" : "citrix.vda";
            nodes.add(node(catalog, zones, nodes.size(), type, zone.equals("branch") ? "vdi-a" : zone));
        }
        return new Design(zones, firewalls, nodes, FlowOverrides.NONE, RequestInfo.EMPTY);
    }

    /** The design with one desktop dragged into the other desktop zone, as a user drags a node across a boundary. */
    public static Design movedAcrossAZone(Design design) {
        Node desktop = design.nodes().stream().filter(n -> "vdi-a".equals(n.zoneId())).reduce((a, b) -> b).orElseThrow();
        Zone target = design.zone("vdi-b").orElseThrow();
        return design.withNode(desktop.withZoneId("vdi-b").withPosition(new Point(target.bounds().x() + 20, target.bounds().y() + 20)));
    }

    private static Node node(Catalog catalog, List<Zone> zones, int index, String typeId, String zoneId) {
        Zone zone = zones.stream().filter(z -> z.id().equals(zoneId)).findFirst().orElseThrow();
        Point position = new Point(zone.bounds().x() + 40 + (index % 40) * 48, zone.bounds().y() + 40 + (index / 40 % 40) * 48);
        String id = "n" + index;
        return new Node(id, typeId, typeId.substring(typeId.indexOf('.') + 1) + " " + index, id + ".corp.example.com",
                "10." + (index / 65536 % 256) + "." + (index / 256 % 256) + "." + (index % 256), zoneId, position,
                catalog.type(typeId).orElseThrow().defaultFeatures(), 1);
    }
}
