package io.portolan.rulebase;

import io.portolan.model.PortRange;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The services of an existing rule: per protocol the ports it allows or denies ({@code tcp/443}, {@code udp/1812-1813},
 * {@code tcp-udp/53}, {@code icmp}, {@code ip/112}), or every protocol ({@code any}). A protocol without ports (ICMP, an
 * IP protocol) is held as the one port 1, which no port check of it reads, so that one kind of set serves every protocol.
 */
final class Services {

    /** Every port of a protocol. */
    static final PortSet ALL_PORTS = PortSet.of(List.of(new PortRange(PortRange.MIN_PORT, PortRange.MAX_PORT)));
    /** What a protocol without ports is held as. */
    static final PortSet PORTLESS = PortSet.ofPorts(PortRange.MIN_PORT);
    static final Services ANY = new Services(true, Map.of());

    private static final Pattern RANGE_FROM_ZERO = Pattern.compile("(^|,)\\s*0+\\s*(-|\\.\\.|\u2013)");
    private static final Pattern SERVICE = Pattern.compile("(tcp-udp|tcp|udp|icmp|ip|\\d{1,3})(?:/(.+))?");

    private final boolean anyProtocol;
    private final Map<String, PortSet> byProtocol;

    private Services(boolean anyProtocol, Map<String, PortSet> byProtocol) {
        this.anyProtocol = anyProtocol;
        this.byProtocol = Map.copyOf(byProtocol);
    }

    /** The keys of the protocols with names, by their order, and of the IP protocols by number: made once, not per rule. */
    private static final String[] PROTOCOL_KEYS = Arrays.stream(Protocol.values())
            .map(p -> p.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    private static final String[] IP_PROTOCOL_KEYS = IntStream.range(0, 256).mapToObj(n -> "ip/" + n)
            .toArray(String[]::new);

    /** The key a protocol is indexed under: {@code tcp}, {@code udp}, {@code icmp}, {@code ip/112}. */
    static String key(Protocol protocol, Integer ipProtocol) {
        if (protocol != Protocol.IP) {
            return PROTOCOL_KEYS[protocol.ordinal()];
        }
        return ipProtocol != null && ipProtocol >= 0 && ipProtocol < IP_PROTOCOL_KEYS.length ? IP_PROTOCOL_KEYS[ipProtocol]
                : "ip/" + ipProtocol;
    }

    /** True when the rule matches every protocol. */
    boolean anyProtocol() {
        return anyProtocol;
    }

    /** The protocols the rule names (not counting {@code any}), each with its ports. */
    Map<String, PortSet> byProtocol() {
        return byProtocol;
    }

    /** The ports of the protocol the rule matches: all for {@code any}, none when it does not name the protocol. */
    PortSet ports(String protocolKey) {
        return anyProtocol ? ALL_PORTS : byProtocol.getOrDefault(protocolKey, PortSet.EMPTY);
    }

    /** Services read from items; each is {@code any}, a service ({@code tcp/443}) or a protocol alone ({@code tcp}: every port). */
    static Services parse(Iterable<String> items) {
        if (items instanceof List<String> list && list.size() == 1) {
            // one plain service, as nearly every cell of a large rulebase holds: no map to build and copy
            String text = list.get(0).trim().toLowerCase(Locale.ROOT);
            PortRange plain = plainTcpOrUdp(text);
            if (plain != null) {
                return new Services(false, Map.of(plainProtocol(text), PortSet.of(List.of(plain))));
            }
        }
        Map<String, PortSet> ports = new LinkedHashMap<>();
        for (String item : items) {
            String text = item.trim().toLowerCase(Locale.ROOT);
            if (text.equals("any") || text.equals("*") || text.equals("all")) {
                return ANY;
            }
            add(ports, text);
        }
        return new Services(false, ports);
    }

    /** Services from a protocol cell and a ports cell ({@code tcp} and {@code 80, 443}; ports empty or {@code any} for all). */
    static Services of(String protocol, String portText) {
        String ports = portText.trim();
        String item = protocol.trim() + (ports.isEmpty() || ports.equalsIgnoreCase("any") ? "" : "/" + ports.replace(" ", ""));
        return parse(List.of(item));
    }

    private static void add(Map<String, PortSet> ports, String text) {
        PortRange plain = plainTcpOrUdp(text);
        if (plain != null) {
            ports.merge(plainProtocol(text), PortSet.of(List.of(plain)), PortSet::union);
        } else {
            addWritten(ports, text);
        }
    }

    /**
     * The ports of a service written plainly, {@code tcp/443} or {@code udp/1812-1813} (a range from port 0 read from
     * port 1), as {@link #addWritten} reads them but without its regular expressions, which a rulebase of a hundred
     * thousand services would pay for each; null for any other text, which {@link #addWritten} reads or rejects.
     */
    static PortRange plainTcpOrUdp(String text) {
        if (text.length() < 5 || text.charAt(3) != '/' || !text.startsWith("tcp") && !text.startsWith("udp")) {
            return null;
        }
        int dash = text.indexOf('-', 4);
        int low = number(text, 4, dash < 0 ? text.length() : dash);
        int high = dash < 0 ? low : number(text, dash + 1, text.length());
        if (dash >= 0 && low == 0) {
            low = PortRange.MIN_PORT;
        }
        return low < PortRange.MIN_PORT || high > PortRange.MAX_PORT || low > high ? null : new PortRange(low, high);
    }

    /** The protocol of a service {@link #plainTcpOrUdp} reads. */
    private static String plainProtocol(String text) {
        return text.charAt(0) == 't' ? "tcp" : "udp";
    }

    /** The number the digits from {@code from} to {@code to} write, at most six of them; -1 when there are none or others. */
    private static int number(String text, int from, int to) {
        if (to <= from || to - from > 6) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Adds a service as any form of it is written: {@code tcp/80,443}, {@code 6/443}, {@code ip/112}, {@code icmp}. */
    static void addWritten(Map<String, PortSet> ports, String text) {
        Matcher matcher = SERVICE.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a service: write tcp/443, udp/1812-1813, tcp-udp/53,"
                    + " icmp, ip/112 or any");
        }
        String protocol = protocol(matcher.group(1));
        String portText = matcher.group(2);
        if (protocol.equals("ip")) {
            ipProtocol(ports, portText, text);
            return;
        }
        if (protocol.startsWith("ip/")) {
            ipProtocol(ports, protocol.substring(3), text);
            return;
        }
        PortSet set = portText == null || portText.equals("any") ? ALL_PORTS : parsePorts(portText, text);
        if (protocol.equals("icmp")) {
            ports.merge("icmp", PORTLESS, PortSet::union);
            return;
        }
        for (String each : protocol.equals("tcp-udp") ? new String[] {"tcp", "udp"} : new String[] {protocol}) {
            ports.merge(each, set, PortSet::union);
        }
    }

    /** Protocol numbers for the protocols with names: 6 is TCP, 17 UDP, 1 ICMP. */
    private static String protocol(String text) {
        return switch (text) {
            case "6" -> "tcp";
            case "17" -> "udp";
            case "1" -> "icmp";
            default -> text.chars().allMatch(Character::isDigit) ? "ip/" + Integer.parseInt(text) : text;
        };
    }

    private static void ipProtocol(Map<String, PortSet> ports, String number, String text) {
        if (number == null || !number.matches("\\d{1,3}") || Integer.parseInt(number) > 255) {
            throw new IllegalArgumentException("'" + text + "' is not a service: an IP protocol is ip/NUMBER, 0 to 255");
        }
        ports.put("ip/" + Integer.parseInt(number), PORTLESS);
    }

    /**
     * The ports of a service. Firewalls write every port as {@code 0-65535}; port 0 opens nothing, so a range from it
     * is read as from port 1.
     */
    private static PortSet parsePorts(String portText, String text) {
        try {
            return PortSet.parse(RANGE_FROM_ZERO.matcher(portText.replace(';', ',')).replaceAll("$1" + PortRange.MIN_PORT + "$2"));
        } catch (PortSet.PortSyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a service: " + e.getMessage());
        }
    }
}
