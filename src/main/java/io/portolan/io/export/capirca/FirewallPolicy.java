package io.portolan.io.export.capirca;

import io.portolan.engine.Boundary;
import io.portolan.io.export.objects.BoundaryObjects;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.ObjectRule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Capirca policy of one firewall: its rules as terms in one include file per pair of zones (the zone the
 * traffic enters from, the zone it leaves to), and a policy whose headers include them per platform layout: a
 * filter per zone pair for zone firewalls, an access list per entering zone for interface ACLs, one rule set for
 * the whole firewall otherwise. Terms are written once however many layouts include them.
 */
final class FirewallPolicy {

    /** The rules from one zone to another, with the zones' names as the firewall knows them. */
    record Pair(String fromId, String toId, String from, String to, List<ObjectRule> rules) {

        /** The include file's path under the policies folder, for the plain or the nftables copy of the terms. */
        String include(String file, boolean nftables) {
            String name = (from + "-" + to).toLowerCase(Locale.ROOT).replace('_', '-') + ".inc";
            return "includes/" + file + "/" + (nftables ? "nftables/" : "") + name;
        }
    }

    private final Boundary boundary;
    private final String file;
    private final List<Pair> pairs;
    private final String filterName;

    private FirewallPolicy(Boundary boundary, String file, List<Pair> pairs, String filterName) {
        this.boundary = boundary;
        this.file = file;
        this.pairs = List.copyOf(pairs);
        this.filterName = filterName;
    }

    /**
     * The policy of a firewall's rules.
     *
     * @param zoneOrder the position of each zone in the design, to order the pairs
     * @param file the name of the policy file, without {@code .pol}
     */
    static FirewallPolicy of(BoundaryObjects firewall, FirewallObjects objects, Map<String, Integer> zoneOrder, String file) {
        Map<String, List<ObjectRule>> byPair = new LinkedHashMap<>();
        for (ObjectRule rule : firewall.rules()) {
            byPair.computeIfAbsent(rule.hop().fromZoneId() + "\n" + rule.hop().toZoneId(), k -> new ArrayList<>()).add(rule);
        }
        List<Pair> pairs = new ArrayList<>(byPair.size());
        byPair.forEach((key, rules) -> {
            String[] ids = key.split("\n", 2);
            pairs.add(new Pair(ids[0], ids[1], objects.zoneName(ids[0]), objects.zoneName(ids[1]), rules));
        });
        pairs.sort(Comparator.comparingInt((Pair p) -> zoneOrder.getOrDefault(p.fromId(), Integer.MAX_VALUE))
                .thenComparingInt(p -> zoneOrder.getOrDefault(p.toId(), Integer.MAX_VALUE)));
        Boundary boundary = firewall.boundary();
        return new FirewallPolicy(boundary, file, pairs, objects.naming().zone(boundary.name(), boundary.id()));
    }

    Boundary boundary() {
        return boundary;
    }

    /** The name of the policy file, without {@code .pol}. */
    String file() {
        return file;
    }

    List<Pair> pairs() {
        return pairs;
    }

    /** The number of terms. */
    int terms() {
        return pairs.stream().mapToInt(p -> p.rules().size()).sum();
    }

    /** The access list names of the interface layout, one per zone the traffic enters from, in order. */
    Map<String, String> ingressFilters(String suffix) {
        Map<String, String> filters = new LinkedHashMap<>();
        pairs.forEach(p -> filters.putIfAbsent(p.from(), p.from() + suffix));
        return filters;
    }

    /** Writes the policy: a header per filter of each layout the platforms use, each including its terms. */
    void write(Writer out, List<Platform> platforms, String title, String inSuffix) throws IOException {
        out.write("# " + PolicyText.ascii(boundary.name()) + ": the rules of " + PolicyText.ascii(title) + " this firewall"
                + " must allow, written by Portolan.\n# Render with aclgen; see README.md. The terms are in includes/"
                + file + "/.\n\n");
        List<Platform> zonePairs = of(platforms, Platform.Layout.ZONE_PAIR);
        if (!zonePairs.isEmpty()) {
            for (Pair pair : pairs) {
                header(out, "from " + pair.from() + " to " + pair.to(), zonePairs, null, pair, family(pair.rules()));
                include(out, List.of(pair), false);
            }
        }
        List<Platform> ingress = of(platforms, Platform.Layout.INGRESS);
        if (!ingress.isEmpty()) {
            for (Map.Entry<String, String> filter : ingressFilters(inSuffix).entrySet()) {
                List<Pair> entering = pairs.stream().filter(p -> p.from().equals(filter.getKey())).toList();
                header(out, "entering from " + filter.getKey() + "; bind " + filter.getValue() + " inbound on that interface",
                        ingress, filter.getValue(), null, family(rules(entering)));
                include(out, entering, false);
            }
        }
        wholeFirewall(out, platforms);
    }

    /** The layouts of one rule set for the firewall: pf, iptables and Speedway, and nftables with its own copy of the terms. */
    private void wholeFirewall(Writer out, List<Platform> platforms) throws IOException {
        String family = family(rules(pairs));
        List<Platform> whole = of(platforms, Platform.Layout.FIREWALL).stream().filter(p -> p != Platform.NFTABLES).toList();
        List<Platform> oneFamily = whole.stream().filter(p -> !p.mixesFamilies()).toList();
        List<Platform> mixing = whole.stream().filter(Platform::mixesFamilies).toList();
        if ("mixed".equals(family) && !oneFamily.isEmpty()) {
            for (String single : List.of("inet", "inet6")) {
                header(out, "every rule, " + (single.equals("inet") ? "IPv4" : "IPv6"), oneFamily, "FORWARD", null, single);
                include(out, pairs, false);
            }
            whole = mixing;
        }
        if (!whole.isEmpty()) {
            header(out, "every rule", whole, filterName, null, family);
            include(out, pairs, false);
        }
        if (platforms.contains(Platform.NFTABLES)) {
            header(out, "every rule", List.of(Platform.NFTABLES), filterName, null, family);
            include(out, pairs, true);
        }
    }

    private void header(Writer out, String what, List<Platform> platforms, String filter, Pair pair, String family)
            throws IOException {
        out.write("header {\n");
        String comment = PolicyText.ascii(boundary.name() + ": " + what);
        // nftables gives a chain one comment: its header keeps to one line
        List<String> lines = platforms.equals(List.of(Platform.NFTABLES)) ? List.of(PolicyText.cut(comment, TermWriter.COMMENT_WIDTH))
                : PolicyText.wrap(comment, TermWriter.COMMENT_WIDTH);
        for (String line : lines) {
            out.write("  comment:: \"" + line + "\"\n");
        }
        for (Platform platform : platforms) {
            out.write("  target:: " + platform.target(filter, pair == null ? null : pair.from(), pair == null ? null : pair.to(),
                    family) + "\n");
        }
        out.write("}\n");
    }

    private void include(Writer out, List<Pair> included, boolean nftables) throws IOException {
        for (Pair pair : included) {
            out.write("#include '" + pair.include(file, nftables) + "'\n");
        }
        out.write('\n');
    }

    /** {@code inet}, {@code inet6} or {@code mixed}, after the rules' addresses; {@code inet} for none. */
    static String family(List<ObjectRule> rules) {
        boolean ipv4 = rules.stream().anyMatch(CapircaProtocols::ipv4);
        boolean ipv6 = rules.stream().anyMatch(CapircaProtocols::ipv6);
        return ipv4 && ipv6 ? "mixed" : ipv6 ? "inet6" : "inet";
    }

    private static List<ObjectRule> rules(List<Pair> pairs) {
        List<ObjectRule> rules = new ArrayList<>();
        pairs.forEach(p -> rules.addAll(p.rules()));
        return rules;
    }

    private static List<Platform> of(List<Platform> platforms, Platform.Layout layout) {
        return platforms.stream().filter(p -> p.layout() == layout).toList();
    }
}
