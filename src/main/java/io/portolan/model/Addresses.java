package io.portolan.model;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the address texts of a design without any name lookup, through the IPAddress library: IPv4 and IPv6
 * addresses, CIDR ranges, {@code first-last} ranges and the comma-separated lists a node's address field may
 * hold ({@code 10.0.1.10, 10.0.1.11}). Only the plain notations a firewall team reads are accepted: dotted-quad
 * IPv4 without leading zeros, IPv6 in full or {@code ::}-compressed form (with or without an IPv4 tail) and a
 * decimal prefix length; no masks, wildcards, zone indexes, hexadecimal or other inet_aton forms.
 */
public final class Addresses {

    private static final String NOT_A_RANGE = "' is not an address range: write it as first-last, e.g. 10.0.2.10-10.0.2.29";

    /** The plain notations; immutable, so one instance serves every caller. */
    private static final IPAddressStringParameters PLAIN = plainNotation();

    private Addresses() {
    }

    private static IPAddressStringParameters plainNotation() {
        IPAddressStringParameters.Builder builder = new IPAddressStringParameters.Builder()
                .allowEmpty(false).allowSingleSegment(false).allowAll(false).allowPrefixOnly(false).allowMask(false)
                .allowWildcardedSeparator(false).setRangeOptions(RangeParameters.NO_RANGE).allow_inet_aton(false);
        builder.getIPv4AddressParametersBuilder().allowLeadingZeros(false).allowBinary(false)
                .allowPrefixesBeyondAddressSize(false);
        builder.getIPv6AddressParametersBuilder().allowZone(false).allowBase85(false).allowBinary(false)
                .allowUnlimitedLeadingZeros(false).allow_mixed_inet_aton(false).allowMixed(true)
                .allowPrefixesBeyondAddressSize(false)
                .getEmbeddedIPv4AddressParametersBuilder().allowLeadingZeros(false).allowBinary(false);
        return builder.toParams();
    }

    /** True for a dotted-quad IPv4 address such as {@code 10.0.1.10}. */
    public static boolean isIpv4(String text) {
        IPAddress address = address(text);
        return address != null && address.isIPv4();
    }

    /** True for an IPv6 address in full or {@code ::}-compressed form. */
    public static boolean isIpv6(String text) {
        IPAddress address = address(text);
        return address != null && address.isIPv6();
    }

    /** True for an IPv4 or IPv6 address. */
    public static boolean isIp(String text) {
        return address(text) != null;
    }

    /**
     * The value of a plain dotted-quad IPv4 address (four octets 0 to 255 without leading zeros, nothing before or after
     * it), read without the library so that hundreds of thousands of them read fast; -1 for any other text, which the
     * library may still read.
     */
    public static long plainIpv4(String text) {
        int length = text.length();
        if (length < 7 || length > 15) {
            return -1;
        }
        long value = 0;
        int octet = 0;
        int digits = 0;
        int dots = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || ++dots > 4) {
                    return -1;
                }
                value = value << 8 | octet;
                octet = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && !(digits == 1 && octet == 0) && digits < 3) {
                octet = octet * 10 + (c - '0');
                digits++;
                if (octet > 255) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        return dots == 4 ? value : -1;
    }

    /** Why the text is not a CIDR range such as {@code 10.0.1.0/24}, or empty when it is one. */
    public static Optional<String> cidrProblem(String text) {
        return readCidr(text).problem();
    }

    /**
     * Why a node's address text is invalid, or empty when it is valid. Valid: empty, or a comma-separated
     * list of addresses, CIDR ranges and {@code first-last} address ranges, each range of one IP version. A valid
     * list may still hold what a firewall team sends back ({@link #addressListWarnings}).
     */
    public static Optional<String> addressListProblem(String text) {
        return readList(text).problem();
    }

    /**
     * What a firewall team would send back about a valid address list, in the order written: a range that runs
     * backwards, a CIDR range with host bits set. Empty for a list without such items, and for an invalid list.
     */
    public static List<String> addressListWarnings(String text) {
        Reading<List<AddressItem>> reading = readList(text);
        if (reading.problem().isPresent()) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>(reading.warnings());
        for (AddressItem item : reading.value()) {
            item.hostBitsProblem().ifPresent(warnings::add);
        }
        return warnings;
    }

    /** The items of an address list, trimmed; empty for blank text. */
    public static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return items;
        }
        for (String raw : text.split(",")) {
            if (!raw.isBlank()) {
                items.add(raw.trim());
            }
        }
        return items;
    }

    /**
     * The items of an address list in the order written; none for blank text. A range written backwards covers its
     * addresses all the same.
     *
     * @throws IllegalArgumentException with the message of {@link #addressListProblem} when the list is invalid
     */
    public static List<AddressItem> items(String text) {
        return readList(text).orThrow();
    }

    /**
     * A zone's CIDR range as an item; one written with host bits set ({@code 10.0.1.5/24}) is accepted.
     *
     * @throws IllegalArgumentException with the message of {@link #cidrProblem} when it is not a CIDR range
     */
    public static AddressItem cidr(String text) {
        return readCidr(text).orThrow();
    }

    /** The address the text names, in plain notation and without a prefix length; null when it is not one. */
    private static IPAddress address(String text) {
        return text == null || text.contains("/") ? null : parse(text);
    }

    /** The address or CIDR block the text names in plain notation, or null. */
    private static IPAddress parse(String text) {
        // the library forgives blanks around an address; a field that holds them is not plain notation
        if (text == null || text.isEmpty() || !text.strip().equals(text)) {
            return null;
        }
        return new IPAddressString(text, PLAIN).getAddress();
    }

    private static Reading<List<AddressItem>> readList(String text) {
        List<AddressItem> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return Reading.of(items);
        }
        for (String raw : text.split(",")) {
            Reading<AddressItem> item = readItem(raw.trim());
            if (item.problem().isPresent()) {
                return Reading.failed(item.problem().get());
            }
            items.add(item.value());
            warnings.addAll(item.warnings());
        }
        return new Reading<>(List.copyOf(items), Optional.empty(), List.copyOf(warnings));
    }

    private static Reading<AddressItem> readItem(String item) {
        if (item.contains("/")) {
            return readCidr(item);
        }
        if (item.contains("-")) {
            return readRange(item);
        }
        IPAddress address = address(item);
        if (address == null) {
            return Reading.failed("'" + item + "' is not an IP address");
        }
        return Reading.of(AddressItem.single(item, address));
    }

    private static Reading<AddressItem> readCidr(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Reading.failed("'" + text + "' is not a CIDR range: write it as address/prefix, e.g. 10.0.1.0/24");
        }
        String address = text.substring(0, slash);
        IPAddress base = address(address);
        if (base == null) {
            return Reading.failed("'" + address + "' in '" + text + "' is not an IP address");
        }
        IPAddress block = isPrefixLength(text.substring(slash + 1)) ? parse(text) : null;
        if (block == null) {
            return Reading.failed("'" + text.substring(slash) + "' in '" + text + "' is not a prefix length in 0.." + base.getBitCount());
        }
        return Reading.of(AddressItem.block(text, block));
    }

    /**
     * One to three ASCII digits, the library then checks the value against the IP version. A longer one is never a
     * prefix length, and IPAddress 5.5.1 throws ArrayIndexOutOfBoundsException on one that overflows an int.
     */
    private static boolean isPrefixLength(String text) {
        return !text.isEmpty() && text.length() <= 3 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Reading<AddressItem> readRange(String item) {
        String[] ends = item.split("-", -1);
        IPAddress first = ends.length == 2 ? address(ends[0].trim()) : null;
        IPAddress last = ends.length == 2 ? address(ends[1].trim()) : null;
        if (first == null || last == null) {
            return Reading.failed("'" + item + NOT_A_RANGE);
        }
        if (first.isIPv4() != last.isIPv4()) {
            return Reading.failed("'" + item + "' runs from an " + version(first) + " to an " + version(last)
                    + " address: both ends of a range are of one IP version");
        }
        AddressItem range = AddressItem.range(item, first.spanWithRange(last));
        if (first.getValue().compareTo(last.getValue()) > 0) {
            return new Reading<>(range, Optional.empty(), List.of("'" + item + "' runs backwards, which a firewall refuses: "
                    + "write the lower address first, " + ends[1].trim() + "-" + ends[0].trim()));
        }
        return Reading.of(range);
    }

    private static String version(IPAddress address) {
        return address.isIPv4() ? "IPv4" : "IPv6";
    }

    /** What reading a text gave: a value, or why there is none; and what a reviewer would question in it. */
    private record Reading<T>(T value, Optional<String> problem, List<String> warnings) {

        static <T> Reading<T> of(T value) {
            return new Reading<>(value, Optional.empty(), List.of());
        }

        static <T> Reading<T> failed(String problem) {
            return new Reading<>(null, Optional.of(problem), List.of());
        }

        T orThrow() {
            if (problem.isPresent()) {
                throw new IllegalArgumentException(problem.get());
            }
            return value;
        }
    }
}
