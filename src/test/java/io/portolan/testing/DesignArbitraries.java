package io.portolan.testing;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.catalog.ComponentType;
import io.portolan.catalog.Feature;
import io.portolan.catalog.PortRule;
import io.portolan.model.Bounds;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowKey;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random designs for property tests: zones side by side as columns, firewalls joining any of them (or none),
 * nodes of any catalog type with a random choice of its features, some outside every zone, some with an outbound
 * address, custom and suppressed flows, and request texts with quotes, commas, formula characters and non-ASCII letters.
 * Every design is one a design file can hold, so that it also survives a save and a load.
 */
public final class DesignArbitraries {

    /** The built-in catalog the generated node types and suppressed rules come from. */
    public static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    private static final double COLUMN = 300;
    private static final double ZONE_WIDTH = 260;
    private static final double ZONE_HEIGHT = 700;
    private static final List<String> CONNECTED_TYPES = List.of("citrix.workspace-app", "citrix.gateway", "citrix.storefront",
            "citrix.ddc", "citrix.vda", "citrix.license-server", "citrix.cloud-connector", "citrix.cloud",
            "citrix.gateway-service", "common.domain-controller", "common.admin-workstation", "common.sql-server",
            "common.user-device", "parallels.client", "parallels.halb", "parallels.secure-gateway",
            "parallels.publishing-agent", "parallels.rdsh-agent", "pcoip.client", "hp.anyware-connector",
            "pcoip.remote-workstation");

    private DesignArbitraries() {
    }

    /** Designs of 1 to 5 zones, up to 4 firewalls and 2 to 12 nodes. */
    public static Arbitrary<Design> designs() {
        return Arbitraries.integers().between(1, 5).flatMap(zoneCount ->
                Combinators.combine(zones(zoneCount), firewalls(zoneCount), nodes(zoneCount), requests())
                        .as(Parts::new))
                .flatMap(parts -> overrides(parts.nodes).map(parts::design));
    }

    /** Text a user may type: letters, digits, punctuation, quotes, formula starts, umlauts, CJK; may be empty. */
    public static Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("\u00e4\u00f6\u00fc\u00df\u00e9\u00f1\u20ac\u4e2d\u6587\n\t")
                .ofMaxLength(40);
    }

    /** Names a user may give: like {@link #texts()} but never blank. */
    public static Arbitrary<String> names() {
        return texts().filter(s -> !s.isBlank());
    }

    /** Address fields a node accepts: empty, IPv4 and IPv6 addresses, CIDR ranges, first-last ranges and lists. */
    public static Arbitrary<String> addresses() {
        Arbitrary<String> ipv4 = Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(parts -> String.join(".", parts.stream().map(String::valueOf).toList()));
        Arbitrary<String> cidr = Combinators.combine(ipv4, Arbitraries.integers().between(0, 32)).as((a, p) -> a + "/" + p);
        Arbitrary<String> range = Arbitraries.longs().between(0, 0xFFFF_FFFFL).list().ofSize(2)
                .map(ends -> dottedQuad(Math.min(ends.get(0), ends.get(1))) + "-" + dottedQuad(Math.max(ends.get(0), ends.get(1))));
        Arbitrary<String> ipv6 = Arbitraries.of("2001:db8::1", "fe80::1", "2001:db8:0:0:0:0:0:2", "::1");
        Arbitrary<String> item = Arbitraries.oneOf(ipv4, cidr, range, ipv6);
        return Arbitraries.oneOf(Arbitraries.just(""), item.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(", ", l)));
    }

    private static String dottedQuad(long value) {
        return (value >>> 24) + "." + (value >>> 16 & 0xFF) + "." + (value >>> 8 & 0xFF) + "." + (value & 0xFF);
    }

    private static Arbitrary<String> cidrs() {
        return Combinators.combine(Arbitraries.integers().between(1, 223), Arbitraries.integers().between(0, 255),
                Arbitraries.of(8, 16, 24)).as((a, b, prefix) -> a + "." + (prefix >= 16 ? b : 0) + ".0.0/" + prefix);
    }

    private static Arbitrary<List<Zone>> zones(int count) {
        List<Arbitrary<Zone>> zones = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "z" + i;
            Bounds bounds = new Bounds(i * COLUMN, 0, ZONE_WIDTH, ZONE_HEIGHT);
            zones.add(Combinators.combine(names(), Arbitraries.of(ZoneKind.class), cidrs().list().ofMaxSize(2))
                    .as((name, kind, cidrs) -> new Zone(id, name, kind, cidrs, bounds)));
        }
        return Combinators.combine(zones).as(List::copyOf);
    }

    private static Arbitrary<List<Firewall>> firewalls(int zoneCount) {
        Arbitrary<String> zoneIds = Arbitraries.integers().between(0, zoneCount - 1).map(i -> "z" + i);
        // Firewalls between neighbouring columns make chains (routes of several hops); any set makes odd graphs.
        Arbitrary<List<String>> neighbours = Arbitraries.integers().between(0, Math.max(0, zoneCount - 2))
                .map(i -> zoneCount < 2 ? List.of("z0") : List.of("z" + i, "z" + (i + 1)));
        Arbitrary<List<String>> anySet = zoneIds.set().ofMaxSize(Math.min(3, zoneCount)).map(List::copyOf);
        return Combinators.combine(names(), Arbitraries.frequencyOf(Tuple.of(2, neighbours), Tuple.of(1, anySet)),
                        Arbitraries.doubles().between(0, zoneCount * COLUMN), Arbitraries.doubles().between(0, ZONE_HEIGHT))
                .as((name, joined, x, y) -> new Firewall("", name, joined, new Point(x, y)))
                .list().ofMaxSize(4)
                .map(list -> {
                    List<Firewall> numbered = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Firewall f = list.get(i);
                        numbered.add(new Firewall("f" + i, f.name(), f.zoneIds(), f.position()));
                    }
                    return numbered;
                });
    }

    private static Arbitrary<List<Node>> nodes(int zoneCount) {
        return node(zoneCount).list().ofMinSize(2).ofMaxSize(12).withSizeDistribution(RandomDistribution.uniform()).map(list -> {
            List<Node> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Node n = list.get(i);
                numbered.add(new Node("n" + i, n.typeId(), n.name(), n.host(), n.address(), n.zoneId(), n.position(),
                        n.features(), n.count(), n.outboundAddress()));
            }
            return numbered;
        });
    }

    private static Arbitrary<Node> node(int zoneCount) {
        Arbitrary<String> zone = Arbitraries.integers().between(0, zoneCount - 1).map(i -> "z" + i).injectNull(0.1);
        return Combinators.combine(types(), zone, names(), texts(), addresses(),
                        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 3))
                .flatAs((type, zoneId, name, host, address, fx, fy, count) -> Combinators.combine(features(type), addresses())
                        .as((features, outboundAddress) -> new Node("", type.id(), name, host, address, zoneId,
                                position(zoneId, fx, fy), features, count, outboundAddress)));
    }

    /** Mostly the types of real deployments, which have rules between them; now and then any type of the catalog. */
    private static Arbitrary<ComponentType> types() {
        List<ComponentType> connected = CONNECTED_TYPES.stream().map(id -> CATALOG.type(id).orElseThrow()).toList();
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(connected)), Tuple.of(1, Arbitraries.of(CATALOG.types())));
    }

    /** A point inside the zone's column at the given fractions of its width and height; left of every zone when null. */
    public static Point position(String zoneId, double fx, double fy) {
        if (zoneId == null) {
            return new Point(-100 - 100 * fx, ZONE_HEIGHT * fy);
        }
        int index = Integer.parseInt(zoneId.substring(1));
        return new Point(index * COLUMN + ZONE_WIDTH * fx, ZONE_HEIGHT * fy);
    }

    private static Arbitrary<List<String>> features(ComponentType type) {
        if (type.features().isEmpty()) {
            return Arbitraries.just(List.of());
        }
        return Arbitraries.of(type.features().stream().map(Feature::id).toList()).set().ofMaxSize(type.features().size())
                .map(List::copyOf);
    }

    private static Arbitrary<RequestInfo> requests() {
        return Combinators.combine(texts(), texts(), texts(), texts(), texts()).as(RequestInfo::new);
    }

    private static Arbitrary<FlowOverrides> overrides(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return Arbitraries.just(FlowOverrides.NONE);
        }
        Arbitrary<String> nodeIds = Arbitraries.of(nodes.stream().map(Node::id).toList());
        Arbitrary<FlowKey> suppressed = Combinators.combine(Arbitraries.of(CATALOG.rules()).map(PortRule::id), nodeIds, nodeIds)
                .as(FlowKey::new);
        Arbitrary<CustomFlow> custom = Combinators.combine(nodeIds, nodeIds, Arbitraries.of(Protocol.class),
                        Arbitraries.integers().between(0, 255), Arbitraries.integers().between(1, 65535).list().ofMinSize(1).ofMaxSize(3),
                        texts())
                .as((source, destination, protocol, ipProtocol, ports, purpose) -> new CustomFlow("", source, destination,
                        protocol, protocol == Protocol.IP ? ipProtocol : null,
                        protocol.hasPorts() ? PortSet.ofPorts(ports.stream().mapToInt(Integer::intValue).toArray()) : PortSet.EMPTY,
                        purpose));
        return Combinators.combine(suppressed.list().ofMaxSize(3), custom.list().ofMaxSize(3)).as((keys, flows) -> {
            List<CustomFlow> numbered = new ArrayList<>();
            for (int i = 0; i < flows.size(); i++) {
                CustomFlow c = flows.get(i);
                numbered.add(new CustomFlow("c" + i, c.sourceId(), c.destinationId(), c.protocol(), c.ipProtocol(), c.ports(),
                        c.purpose()));
            }
            return new FlowOverrides(keys, numbered);
        });
    }

    /** The generated parts before the overrides, which depend on the nodes. */
    private record Parts(List<Zone> zones, List<Firewall> firewalls, List<Node> nodes, RequestInfo request) {
        Design design(FlowOverrides overrides) {
            return new Design(zones, firewalls, nodes, overrides, request);
        }
    }
}
