package io.portolan.io.export.capirca;

import io.portolan.io.export.objects.ObjectRule;
import io.portolan.model.Protocol;
import java.util.List;
import java.util.Map;

/** The protocol names a Capirca term takes for a rule. */
final class CapircaProtocols {

    /** The IP protocols Capirca knows by name (its PROTO_MAP); it refuses a number it has no name for. */
    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(0, "hopopt"), Map.entry(1, "icmp"),
            Map.entry(2, "igmp"), Map.entry(3, "ggp"), Map.entry(4, "ipip"), Map.entry(6, "tcp"), Map.entry(8, "egp"),
            Map.entry(9, "igp"), Map.entry(17, "udp"), Map.entry(27, "rdp"), Map.entry(41, "ipv6"), Map.entry(43, "ipv6-route"),
            Map.entry(44, "fragment"), Map.entry(46, "rsvp"), Map.entry(47, "gre"), Map.entry(50, "esp"), Map.entry(51, "ah"),
            Map.entry(58, "icmpv6"), Map.entry(59, "ipv6-nonxt"), Map.entry(60, "ipv6-opts"), Map.entry(89, "ospf"),
            Map.entry(103, "pim"), Map.entry(112, "vrrp"), Map.entry(115, "l2tp"), Map.entry(132, "sctp"),
            Map.entry(136, "udplite"));

    private CapircaProtocols() {
    }

    /**
     * The names for the rule's protocol: {@code tcp}, {@code udp}; ICMP as {@code icmp} between IPv4 addresses and
     * {@code icmpv6} between IPv6 ones; an IP protocol by Capirca's name for it. Empty for an IP protocol Capirca has
     * no name for.
     */
    static List<String> of(ObjectRule rule) {
        Protocol protocol = rule.protocol();
        return switch (protocol) {
            case TCP -> List.of("tcp");
            case UDP -> List.of("udp");
            case ICMP -> icmp(ipv4(rule), ipv6(rule));
            case IP -> NAMES.containsKey(rule.service().ipProtocol()) ? List.of(NAMES.get(rule.service().ipProtocol())) : List.of();
        };
    }

    private static List<String> icmp(boolean ipv4, boolean ipv6) {
        if (ipv4 && ipv6) {
            return List.of("icmp", "icmpv6");
        }
        return ipv6 ? List.of("icmpv6") : List.of("icmp");
    }

    /** True when the rule can match IPv4 packets: both ends hold an IPv4 address. */
    static boolean ipv4(ObjectRule rule) {
        return rule.source().hasIpv4() && rule.destination().hasIpv4();
    }

    /** True when the rule can match IPv6 packets. */
    static boolean ipv6(ObjectRule rule) {
        return rule.source().hasIpv6() && rule.destination().hasIpv6();
    }
}
