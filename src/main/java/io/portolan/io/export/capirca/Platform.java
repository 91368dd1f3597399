package io.portolan.io.export.capirca;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A platform Capirca writes configurations for, as a policy header targets it. Zone firewalls (Palo Alto, SRX) get
 * one filter per pair of zones; interface access lists (Cisco, Arista, Junos filters) one per zone the traffic
 * enters from, to be bound inbound on that zone's interface; host-style rule sets (nftables, iptables, pf) one per
 * firewall.
 */
public enum Platform {
    ASA("asa", "ciscoasa", Layout.INGRESS, "Cisco ASA", ".asa"),
    IOS("ios", "cisco", Layout.INGRESS, "Cisco IOS", ".acl"),
    NXOS("nxos", "cisconx", Layout.INGRESS, "Cisco NX-OS", ".nxacl"),
    IOSXR("iosxr", "ciscoxr", Layout.INGRESS, "Cisco IOS XR", ".xacl"),
    ARISTA("arista", "arista", Layout.INGRESS, "Arista EOS", ".eacl"),
    JUNIPER("juniper", "juniper", Layout.INGRESS, "Juniper Junos firewall filter", ".jcl"),
    SRX("srx", "srx", Layout.ZONE_PAIR, "Juniper SRX", ".srx"),
    PALOALTO("paloalto", "paloalto", Layout.ZONE_PAIR, "Palo Alto PAN-OS", ".xml"),
    NFTABLES("nftables", "nftables", Layout.FIREWALL, "nftables", ".nft"),
    IPTABLES("iptables", "iptables", Layout.FIREWALL, "iptables commands", ""),
    SPEEDWAY("speedway", "speedway", Layout.FIREWALL, "iptables-restore (Speedway)", ".ipt"),
    PF("pf", "packetfilter", Layout.FIREWALL, "OpenBSD pf", ".pf");

    /** The platforms a policy targets when the user names none. */
    public static final List<Platform> DEFAULTS = List.of(ASA, PALOALTO, SRX, NFTABLES);

    /** Protocols Capirca's Palo Alto generator writes; it refuses any other. */
    private static final Set<String> PALO_ALTO_PROTOCOLS = Set.of("tcp", "udp", "icmp", "icmpv6", "sctp", "igmp", "gre", "ah", "esp");

    /** How a platform's filters are cut from a firewall's rules. */
    public enum Layout {
        /** One filter per zone the traffic enters from and zone it leaves to. */
        ZONE_PAIR,
        /** One access list per zone the traffic enters from. */
        INGRESS,
        /** One rule set for the whole firewall. */
        FIREWALL
    }

    private final String id;
    private final String generator;
    private final Layout layout;
    private final String title;
    private final String suffix;

    Platform(String id, String generator, Layout layout, String title, String suffix) {
        this.id = id;
        this.generator = generator;
        this.layout = layout;
        this.title = title;
        this.suffix = suffix;
    }

    /** The name the command line and the window use: {@code asa}, {@code paloalto}. */
    public String id() {
        return id;
    }

    /** Capirca's name of the generator, as a header's target names it: {@code ciscoasa}. */
    public String generator() {
        return generator;
    }

    /** How the platform's filters are cut. */
    public Layout layout() {
        return layout;
    }

    /** The platform as people call it. */
    public String title() {
        return title;
    }

    /** The ending aclgen gives the platform's configuration file ({@code .asa}); empty for iptables. */
    public String suffix() {
        return suffix;
    }

    /** The platforms named by a comma-separated list of ids or Capirca generator names, each once, in order. */
    public static List<Platform> parseList(String text) {
        Set<Platform> platforms = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                platforms.add(parse(part));
            }
        }
        if (platforms.isEmpty()) {
            throw new IllegalArgumentException("no platform named; choose from " + ids());
        }
        return List.copyOf(platforms);
    }

    /** The platform with the id or generator name. */
    public static Platform parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (Platform platform : values()) {
            if (platform.id.equals(wanted) || platform.generator.equals(wanted)) {
                return platform;
            }
        }
        throw new IllegalArgumentException("'" + text.trim() + "' is not a platform Portolan writes for; choose from " + ids());
    }

    /** Every id, comma-separated. */
    public static String ids() {
        List<String> ids = new ArrayList<>();
        for (Platform platform : values()) {
            ids.add(platform.id);
        }
        return String.join(", ", ids);
    }

    /** The ids of the platforms, comma-separated, as {@link #parseList} reads them. */
    public static String join(List<Platform> platforms) {
        List<String> ids = new ArrayList<>(platforms.size());
        platforms.forEach(p -> ids.add(p.id));
        return String.join(",", ids);
    }

    /**
     * Why this platform's generator cannot write a rule, or null when it can.
     *
     * @param protocols the Capirca protocol names of the rule
     * @param ipv6 true when the rule can match IPv6 packets
     */
    String cannotWrite(List<String> protocols, boolean ipv6) {
        if (this == ASA && ipv6) {
            return "Capirca's Cisco ASA generator writes IPv4 rules only, and this rule is between IPv6 addresses";
        }
        if (this == PALOALTO) {
            for (String protocol : protocols) {
                if (!PALO_ALTO_PROTOCOLS.contains(protocol)) {
                    return "Capirca's Palo Alto generator does not write the protocol " + protocol
                            + " (it writes " + String.join(", ", new java.util.TreeSet<>(PALO_ALTO_PROTOCOLS)) + ")";
                }
            }
        }
        return null;
    }

    /**
     * The header's target line for a filter.
     *
     * @param filter the access list's name (ingress and firewall layouts)
     * @param from the zone the traffic enters from (zone pairs)
     * @param to the zone it leaves to (zone pairs)
     * @param family {@code inet}, {@code inet6} or {@code mixed}; iptables and Speedway take one of the first two
     */
    String target(String filter, String from, String to, String family) {
        return switch (this) {
            case ASA -> generator + " " + filter;
            case IOS, NXOS -> generator + " " + filter + " " + ("inet".equals(family) ? "extended" : family);
            case IOSXR, ARISTA -> generator + " " + filter + ("inet".equals(family) ? "" : " " + family);
            case JUNIPER, PF -> generator + " " + filter + " " + family;
            case SRX, PALOALTO -> generator + " from-zone " + from + " to-zone " + to + " " + family;
            case NFTABLES -> generator + " " + family + " input";
            case IPTABLES, SPEEDWAY -> generator + " FORWARD DROP " + family;
        };
    }

    /** True when one header can hold IPv4 and IPv6 rules ({@code mixed}). */
    boolean mixesFamilies() {
        return this != IPTABLES && this != SPEEDWAY && this != ASA;
    }
}
