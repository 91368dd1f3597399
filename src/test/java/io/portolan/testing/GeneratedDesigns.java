package io.portolan.testing;

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
 * Large designs for tests, like the benchmarks' (src/jmh, LargeDesigns) but with every node and zone addressed: a
 * two-site enterprise running Citrix and Parallels RAS behind eight firewalls, a few gateways, brokers and
 * infrastructure servers, and the rest VDAs and RD session hosts, each at an address of its own.
 */
public final class GeneratedDesigns {

    private static final String[][] ZONES = {
        {"internet", "Internet", "INTERNET", "0.0.0.0/0"}, {"dmz-a", "DMZ site A", "DMZ", "172.16.1.0/24"},
        {"dmz-b", "DMZ site B", "DMZ", "172.16.2.0/24"}, {"core", "Core servers", "INTERNAL", "10.0.0.0/16"},
        {"site-a", "Site A servers", "INTERNAL", "10.1.0.0/16"}, {"site-b", "Site B servers", "INTERNAL", "10.2.0.0/16"},
        {"vdi-a", "Desktops A", "INTERNAL", "10.3.0.0/16"}, {"vdi-b", "Desktops B", "INTERNAL", "10.4.0.0/16"},
        {"rds", "Session hosts", "INTERNAL", "10.5.0.0/16"}, {"mgmt", "Management", "MANAGEMENT", "10.99.0.0/16"}};

    private static final String[][] FIREWALLS = {
        {"edge", "Edge firewall", "internet,dmz-a,dmz-b"}, {"dmz-a-fw", "DMZ A firewall", "dmz-a,core"},
        {"dmz-b-fw", "DMZ B firewall", "dmz-b,core"}, {"site-a-fw", "Site A firewall", "core,site-a"},
        {"site-b-fw", "Site B firewall", "core,site-b"}, {"vdi-fw", "Desktop firewall", "core,vdi-a,vdi-b"},
        {"rds-fw", "Session host firewall", "core,rds"}, {"mgmt-fw", "Management firewall", "core,mgmt"}};

    private static final Object[][] INFRASTRUCTURE = {
        {"common.user-device", "internet", 4}, {"citrix.gateway", "dmz-a", 2}, {"citrix.gateway", "dmz-b", 2},
        {"citrix.storefront", "site-a", 2}, {"citrix.storefront", "site-b", 2}, {"citrix.ddc", "site-a", 2},
        {"citrix.ddc", "site-b", 2}, {"citrix.license-server", "core", 1}, {"common.sql-server", "core", 2},
        {"common.domain-controller", "core", 2}, {"common.dns-server", "core", 1}, {"common.radius-server", "core", 1},
        {"parallels.halb", "dmz-a", 2}, {"parallels.secure-gateway", "dmz-a", 2}, {"parallels.publishing-agent", "site-a", 2},
        {"common.admin-workstation", "mgmt", 3}};

    private GeneratedDesigns() {
    }

    /** A design of {@code nodeCount} nodes (at least 40), the same for the same count. */
    public static Design generate(Catalog catalog, int nodeCount) {
        List<Zone> zones = new ArrayList<>();
        for (int i = 0; i < ZONES.length; i++) {
            zones.add(new Zone(ZONES[i][0], ZONES[i][1], ZoneKind.valueOf(ZONES[i][2]), List.of(ZONES[i][3]),
                    new Bounds((i % 5) * 2200.0, (i / 5) * 2200.0, 2000, 2000)));
        }
        List<Firewall> firewalls = new ArrayList<>();
        for (int i = 0; i < FIREWALLS.length; i++) {
            firewalls.add(new Firewall(FIREWALLS[i][0], FIREWALLS[i][1], List.of(FIREWALLS[i][2].split(",")), new Point(i * 200.0, 2100)));
        }
        List<Node> nodes = new ArrayList<>();
        for (Object[] row : INFRASTRUCTURE) {
            for (int i = 0; i < (Integer) row[2]; i++) {
                nodes.add(node(catalog, zones, nodes.size(), (String) row[0], (String) row[1]));
            }
        }
        String[] workloadZones = {"vdi-a", "vdi-b", "rds"};
        for (int i = 0; nodes.size() < nodeCount; i++) {
            String zone = workloadZones[i % workloadZones.length];
            nodes.add(node(catalog, zones, nodes.size(), zone.equals("rds") ? "parallels.rdsh-agent" : "citrix.vda", zone));
        }
        return new Design(zones, firewalls, nodes, FlowOverrides.NONE, RequestInfo.EMPTY);
    }

    private static Node node(Catalog catalog, List<Zone> zones, int index, String typeId, String zoneId) {
        Zone zone = zones.stream().filter(z -> z.id().equals(zoneId)).findFirst().orElseThrow();
        Point position = new Point(zone.bounds().x() + 40 + (index % 40) * 48, zone.bounds().y() + 40 + (index / 40 % 40) * 48);
        String[] network = zone.cidrs().get(0).split("[./]");
        String third = network[4].equals("24") ? network[2] : Integer.toString(index / 250 % 250);
        String address = zoneId.equals("internet") ? "203.0.113." + (index % 250 + 1)
                : network[0] + "." + network[1] + "." + third + "." + (index % 250 + 1);
        String name = typeId.substring(typeId.indexOf('.') + 1) + " " + index;
        return new Node("n" + index, typeId, name, "n" + index + ".corp.example.com", address, zoneId, position,
                catalog.type(typeId).orElseThrow().defaultFeatures(), 1);
    }
}
