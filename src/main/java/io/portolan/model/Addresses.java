package io.portolan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the address texts of a design without any name lookup: IPv4 and IPv6 addresses, CIDR ranges,
 * and the comma-separated lists a node's address field may hold ({@code 10.0.1.10, 10.0.1.11}).
 */
public final class Addresses {

    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private Addresses() {
    }

    /** True for a dotted-quad IPv4 address such as {@code 10.0.1.10}. */
    public static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || part.length() > 1 && part.charAt(0) == '0' || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** True for an IPv6 address in full or {@code ::}-compressed form. */
    public static boolean isIpv6(String text) {
        if (text.isEmpty() || text.indexOf("::") != text.lastIndexOf("::")) {
            return false;
        }
        boolean compressed = text.contains("::");
        String body = text;
        int groups = 0;
        if (body.contains(".")) {
            int lastColon = body.lastIndexOf(':');
            if (lastColon < 0 || !isIpv4(body.substring(lastColon + 1))) {
                return false;
            }
            body = body.substring(0, lastColon + 1) + "0:0";
        }
        for (String half : body.split("::", -1)) {
            if (half.isEmpty()) {
                continue;
            }
            for (String group : half.split(":", -1)) {
                if (!HEX_GROUP.matcher(group).matches()) {
                    return false;
                }
                groups++;
            }
        }
        return compressed ? groups < 8 : groups == 8;
    }

    /** True for an IPv4 or IPv6 address. */
    public static boolean isIp(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    /** Why the text is not a CIDR range such as {@code 10.0.1.0/24}, or empty when it is one. */
    public static Optional<String> cidrProblem(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.of("'" + text + "' is not a CIDR range: write it as address/prefix, e.g. 10.0.1.0/24");
        }
        String address = text.substring(0, slash);
        String prefix = text.substring(slash + 1);
        int max;
        if (isIpv4(address)) {
            max = 32;
        } else if (isIpv6(address)) {
            max = 128;
        } else {
            return Optional.of("'" + address + "' in '" + text + "' is not an IP address");
        }
        if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(Character::isDigit)
                || Integer.parseInt(prefix) > max) {
            return Optional.of("'/" + prefix + "' in '" + text + "' is not a prefix length in 0.." + max);
        }
        return Optional.empty();
    }

    /**
     * Why a node's address text is invalid, or empty when it is valid. Valid: empty, or a comma-separated
     * list of addresses, CIDR ranges and {@code first-last} address ranges.
     */
    public static Optional<String> addressListProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (String raw : text.split(",")) {
            String item = raw.trim();
            if (item.contains("/")) {
                Optional<String> problem = cidrProblem(item);
                if (problem.isPresent()) {
                    return problem;
                }
            } else if (item.contains("-")) {
                String[] ends = item.split("-", -1);
                if (ends.length != 2 || !isIp(ends[0].trim()) || !isIp(ends[1].trim())) {
                    return Optional.of("'" + item + "' is not an address range: write it as first-last, e.g. 10.0.2.10-10.0.2.29");
                }
            } else if (!isIp(item)) {
                return Optional.of("'" + item + "' is not an IP address");
            }
        }
        return Optional.empty();
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
}
