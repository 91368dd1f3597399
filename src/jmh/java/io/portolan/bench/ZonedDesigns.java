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
 * Generates designs of many zones and firewalls, as a national enterprise draws its network: the internet, DMZs, a
 * core and a management zone, regional hub zones each behind a firewall from the core, and site zones behind site
 * firewalls from their hub, some firewalls guarding two sites. Infrastructure sits in the core and the DMZs; every site
 * holds desktops (VDAs or RD session hosts). With 200 zones and 150 firewalls a flow from a site to the
 * core passes two firewalls and one to a DMZ three. The users come in from the internet through the gateways: users
 * at every site would each reach every desktop of every site, flows that grow with the square of the design.
 */
public final class ZonedDesigns {

    private static final int DMZS = 8;
    private static final int REGIONS = 20;

    private ZonedDesigns() {
    }

    /**
     * A design of {@code zones} zones (at least 40), about three quarters as many firewalls, and {@code nodeCount} nodes,
     * the same for the same arguments. 200 zones give 150 firewalls.
     */
    public static Design generate(Catalog catalog, int zones, int nodeCount) {
        List<Zone> zoneList = new ArrayList<>();
        List<Firewall> firewalls = new ArrayList<>();
        zoneList.add(zone("internet", "Internet", ZoneKind.INTERNET, 0));
        List<String> dmzIds = new ArrayList<>();
        for (int i = 0; i < DMZS; i++) {
            dmzIds.add("dmz-" + i);
            zoneList.add(zone("dmz-" + i, "DMZ " + (i + 1), ZoneKind.DMZ, zoneList.size()));
        }
        zoneList.add(zone("core", "Core", ZoneKind.INTERNAL, zoneList.size()));
        zoneList.add(zone("mgmt", "Management", ZoneKind.MANAGEMENT, zoneList.size()));
        List<String> edge = new ArrayList<>(List.of("internet"));
        edge.addAll(dmzIds);
        firewalls.add(firewall("edge", "Edge firewall", edge, firewalls.size()));
        for (String dmz : dmzIds) {
            firewalls.add(firewall(dmz + "-fw", dmz.toUpperCase() + " firewall", List.of(dmz, "core"), firewalls.size()));
        }
        firewalls.add(firewall("mgmt-fw", "Management firewall", List.of("core", "mgmt"), firewalls.size()));
        for (int r = 0; r < REGIONS; r++) {
            zoneList.add(zone("hub-" + r, "Region " + (r + 1) + " hub", ZoneKind.INTERNAL, zoneList.size()));
            firewalls.add(firewall("region-" + r, "Region " + (r + 1) + " firewall", List.of("core", "hub-" + r), firewalls.size()));
        }
        List<String> sites = new ArrayList<>();
        int siteCount = zones - zoneList.size();
        int siteFirewalls = (zones * 3 / 4) - firewalls.size();
        for (int s = 0; s < siteCount; s++) {
            sites.add("site-" + s);
            zoneList.add(zone("site-" + s, "Site " + (s + 1), s % 5 == 4 ? ZoneKind.CUSTOM : ZoneKind.INTERNAL, zoneList.size()));
        }
        // the first firewalls guard two sites each, the rest one, until every site has its firewall
        int twoSite = siteCount - siteFirewalls;
        int next = 0;
        for (int f = 0; f < siteFirewalls && next < siteCount; f++) {
            String hub = "hub-" + f % REGIONS;
            List<String> joined = new ArrayList<>(List.of(hub, sites.get(next++)));
            if (f < twoSite && next < siteCount) {
                joined.add(sites.get(next++));
            }
            firewalls.add(firewall("site-fw-" + f, "Site firewall " + (f + 1), joined, firewalls.size()));
        }
        return new Design(zoneList, firewalls, nodes(catalog, zoneList, dmzIds, sites, nodeCount), FlowOverrides.NONE,
                RequestInfo.EMPTY);
    }

    private static List<Node> nodes(Catalog catalog, List<Zone> zones, List<String> dmzs, List<String> sites, int nodeCount) {
        List<Node> nodes = new ArrayList<>();
        Object[][] infrastructure = {
            {"common.user-device", "internet", 8}, {"citrix.storefront", "core", 4}, {"citrix.ddc", "core", 6},
            {"citrix.license-server", "core", 1}, {"common.sql-server", "core", 2}, {"common.domain-controller", "core", 6},
            {"common.dns-server", "core", 2}, {"common.ntp-server", "core", 1}, {"common.radius-server", "core", 2},
            {"parallels.publishing-agent", "core", 3}, {"common.admin-workstation", "mgmt", 4},
            {"common.syslog-server", "mgmt", 1}};
        for (Object[] row : infrastructure) {
            for (int i = 0; i < (Integer) row[2]; i++) {
                nodes.add(node(catalog, zones, nodes.size(), (String) row[0], (String) row[1]));
            }
        }
        for (int i = 0; i < dmzs.size(); i++) {
            nodes.add(node(catalog, zones, nodes.size(), i % 2 == 0 ? "citrix.gateway" : "parallels.secure-gateway", dmzs.get(i)));
        }
        for (int i = 0; nodes.size() < nodeCount; i++) {
            String site = sites.get(i % sites.size());
            String type = i % 3 == 2 ? "parallels.rdsh-agent" : "citrix.vda";
            nodes.add(node(catalog, zones, nodes.size(), type, site));
        }
        return nodes;
    }

    private static Zone zone(String id, String name, ZoneKind kind, int index) {
        return new Zone(id, name, kind, List.of(), new Bounds((index % 20) * 1100.0, (index / 20) * 1100.0, 1000, 1000));
    }

    private static Firewall firewall(String id, String name, List<String> zoneIds, int index) {
        return new Firewall(id, name, zoneIds, new Point((index % 20) * 1100.0 + 1050, (index / 20) * 1100.0 + 1050));
    }

    private static Node node(Catalog catalog, List<Zone> zones, int index, String typeId, String zoneId) {
        Zone zone = zones.stream().filter(z -> z.id().equals(zoneId)).findFirst().orElseThrow();
        Point position = new Point(zone.bounds().x() + 30 + (index % 19) * 50, zone.bounds().y() + 30 + (index / 19 % 19) * 50);
        String id = "n" + index;
        return new Node(id, typeId, typeId.substring(typeId.indexOf('.') + 1) + " " + index, id + ".corp.example.com",
                "10." + (index / 65536 % 256) + "." + (index / 256 % 256) + "." + (index % 256), zoneId, position,
                catalog.type(typeId).orElseThrow().defaultFeatures(), 1);
    }
}
