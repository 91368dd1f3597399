package io.portolan.rulebase;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import io.portolan.model.AddressItem;
import io.portolan.model.Addresses;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A set of IP addresses as sorted, disjoint ranges, IPv4 and IPv6 apart, with the set operations a firewall's rule
 * matching needs. An address is 128 bits (two longs compared unsigned) with its IP version before it. A third version,
 * 0, holds one point: an end the design gives no address for (a host name, an empty field), which only {@link #ANY}
 * covers, because no rule naming addresses can be known to allow it.
 */
final class AddressSet {

    /** One range of one IP version; both ends included. */
    record Range(int version, long lowHi, long lowLo, long highHi, long highLo) {
    }

    private static final long V4_MAX = 0xFFFF_FFFFL;
    /** Every address of both versions, and the ends without an address: what {@code any} means in a rule. */
    static final AddressSet ANY = new AddressSet(new Range[] {new Range(0, 0, 0, 0, 0), new Range(4, 0, 0, 0, V4_MAX),
        new Range(6, 0, 0, -1L, -1L)});
    /** An end of a required rule with no address: a host name, an empty field. */
    static final AddressSet UNKNOWN = new AddressSet(new Range[] {new Range(0, 0, 0, 0, 0)});
    static final AddressSet EMPTY = new AddressSet(new Range[0]);

    private final Range[] ranges;

    private AddressSet(Range[] ranges) {
        this.ranges = ranges;
    }

    /** The addresses of the items of an address list. */
    static AddressSet of(Collection<AddressItem> items) {
        List<Range> ranges = new ArrayList<>(items.size());
        for (AddressItem item : items) {
            long first = item.isIpv4() ? ipv4(item.first()) : -1;
            long last = item.isIpv4() ? ipv4(item.last()) : -1;
            ranges.add(first >= 0 && last >= 0 ? new Range(4, 0, first, 0, last) : range(parse(item.first()), parse(item.last())));
        }
        return ranges.size() == 1 ? new AddressSet(new Range[] {ranges.get(0)}) : normalised(ranges);
    }

    /**
     * The addresses of plain IPv4 items ({@code 10.0.1.5}, {@code 10.0.1.0/24}, {@code 10.0.1.5-10.0.1.9}) read without
     * the library, and of other items read by it; a rulebase of a hundred thousand rows holds mostly the former.
     */
    static AddressSet of(List<Range> plain, Collection<AddressItem> items) {
        if (items.isEmpty() && plain.size() == 1) {
            return new AddressSet(new Range[] {plain.get(0)});
        }
        List<Range> ranges = new ArrayList<>(plain);
        ranges.addAll(Arrays.asList(of(items).ranges));
        return normalised(ranges);
    }

    /** A plain IPv4 item as a range, or null when it is anything else (the library then reads it, or says what is wrong). */
    static Range ipv4Item(String text) {
        int slash = text.indexOf('/');
        int dash = text.indexOf('-');
        if (slash > 0 && dash < 0) {
            long base = Addresses.plainIpv4(text.substring(0, slash));
            String prefix = text.substring(slash + 1);
            if (base < 0 || prefix.isEmpty() || prefix.length() > 2 || !prefix.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(prefix) > 32) {
                return null;
            }
            long size = 1L << (32 - Integer.parseInt(prefix));
            long low = base & ~(size - 1) & V4_MAX;
            return new Range(4, 0, low, 0, low + size - 1);
        }
        if (dash > 0 && slash < 0) {
            long first = Addresses.plainIpv4(text.substring(0, dash).trim());
            long last = Addresses.plainIpv4(text.substring(dash + 1).trim());
            return first < 0 || last < 0 ? null : new Range(4, 0, Math.min(first, last), 0, Math.max(first, last));
        }
        long address = slash < 0 && dash < 0 ? Addresses.plainIpv4(text) : -1;
        return address < 0 ? null : new Range(4, 0, address, 0, address);
    }

    /** A canonical dotted-quad IPv4 address as a number, read without the library's general parser; -1 if it is not one. */
    private static long ipv4(String canonical) {
        long value = 0;
        int octet = 0;
        int dots = 0;
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (c == '.') {
                value = value << 8 | octet;
                octet = 0;
                dots++;
            } else if (c >= '0' && c <= '9') {
                octet = octet * 10 + (c - '0');
            } else {
                return -1;
            }
        }
        return dots == 3 ? value << 8 | octet : -1;
    }

    private static IPAddress parse(String canonical) {
        return new IPAddressString(canonical).getAddress();
    }

    private static Range range(IPAddress low, IPAddress high) {
        if (low.isIPv4()) {
            return new Range(4, 0, low.toIPv4().longValue(), 0, high.toIPv4().longValue());
        }
        BigInteger l = low.getValue();
        BigInteger h = high.getValue();
        return new Range(6, l.shiftRight(64).longValue(), l.longValue(), h.shiftRight(64).longValue(), h.longValue());
    }

    /** Sorts and merges overlapping and adjacent ranges. */
    private static AddressSet normalised(List<Range> input) {
        if (input.isEmpty()) {
            return EMPTY;
        }
        Range[] sorted = input.toArray(Range[]::new);
        Arrays.sort(sorted, (a, b) -> compare(a.version, a.lowHi, a.lowLo, b.version, b.lowHi, b.lowLo));
        List<Range> merged = new ArrayList<>(sorted.length);
        Range current = sorted[0];
        for (int i = 1; i < sorted.length; i++) {
            Range next = sorted[i];
            boolean touches = next.version == current.version && !(current.highHi == -1L && current.highLo == -1L)
                    && compare(next.version, next.lowHi, next.lowLo, current.version, current.highHi + carry(current.highLo),
                    current.highLo + 1) <= 0;
            if (touches || next.version == current.version && compareHigh(current, next) >= 0) {
                current = compareHigh(current, next) >= 0 ? current
                        : new Range(current.version, current.lowHi, current.lowLo, next.highHi, next.highLo);
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return new AddressSet(merged.toArray(Range[]::new));
    }

    private static long carry(long lo) {
        return lo == -1L ? 1 : 0;
    }

    private static int compare(int v1, long hi1, long lo1, int v2, long hi2, long lo2) {
        if (v1 != v2) {
            return Integer.compare(v1, v2);
        }
        int high = Long.compareUnsigned(hi1, hi2);
        return high != 0 ? high : Long.compareUnsigned(lo1, lo2);
    }

    private static int compareHigh(Range a, Range b) {
        return compare(a.version, a.highHi, a.highLo, b.version, b.highHi, b.highLo);
    }

    /** True when the set holds no address. */
    boolean isEmpty() {
        return ranges.length == 0;
    }

    /** True when every address is in the set: {@code any}. */
    boolean isAny() {
        return equals(ANY);
    }

    /** True when the sets share an address. */
    boolean overlaps(AddressSet other) {
        if (ranges.length > 8 && other.ranges.length * 8 < ranges.length) {
            return searchOverlaps(other);
        }
        if (other.ranges.length > 8 && ranges.length * 8 < other.ranges.length) {
            return other.searchOverlaps(this);
        }
        int i = 0;
        int j = 0;
        while (i < ranges.length && j < other.ranges.length) {
            Range a = ranges[i];
            Range b = other.ranges[j];
            if (compare(a.version, a.highHi, a.highLo, b.version, b.lowHi, b.lowLo) < 0) {
                i++;
            } else if (compare(b.version, b.highHi, b.highLo, a.version, a.lowHi, a.lowLo) < 0) {
                j++;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Overlap with a much smaller set: each of its ranges looked up by binary search over this set's ends. */
    private boolean searchOverlaps(AddressSet small) {
        for (Range r : small.ranges) {
            int low = 0;
            int high = ranges.length - 1;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (compare(ranges[middle].version, ranges[middle].highHi, ranges[middle].highLo, r.version, r.lowHi, r.lowLo) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            Range candidate = ranges[low];
            if (compare(candidate.version, candidate.highHi, candidate.highLo, r.version, r.lowHi, r.lowLo) >= 0
                    && compare(candidate.version, candidate.lowHi, candidate.lowLo, r.version, r.highHi, r.highLo) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when every address of the other set is in this one. */
    boolean containsAll(AddressSet other) {
        if (other.ranges.length == 1 && ranges.length >= 1) {
            Range b = other.ranges[0];
            for (Range a : ranges) {
                if (a.version == b.version && compare(a.version, a.lowHi, a.lowLo, b.version, b.lowHi, b.lowLo) <= 0
                        && compareHigh(a, b) >= 0) {
                    return true;
                }
            }
            return false;
        }
        return other.minus(this).isEmpty();
    }

    /** The addresses in both sets. */
    AddressSet intersect(AddressSet other) {
        if (other.containsAll(this)) {
            return this;
        }
        return minus(minus(other));
    }

    /** The addresses of this set that are not in the other. */
    AddressSet minus(AddressSet other) {
        if (isEmpty() || other.isEmpty() || !overlaps(other)) {
            return this;
        }
        List<Range> left = new ArrayList<>(ranges.length + 1);
        for (Range range : ranges) {
            List<Range> pieces = List.of(range);
            for (Range cut : other.ranges) {
                if (cut.version == range.version) {
                    List<Range> next = new ArrayList<>(2);
                    pieces.forEach(p -> cutOut(p, cut, next));
                    pieces = next;
                }
            }
            left.addAll(pieces);
        }
        return left.isEmpty() ? EMPTY : new AddressSet(left.toArray(Range[]::new));
    }

    /** Adds to {@code out} the parts of the piece outside the cut. */
    private static void cutOut(Range piece, Range cut, List<Range> out) {
        int v = piece.version;
        if (compare(v, cut.highHi, cut.highLo, v, piece.lowHi, piece.lowLo) < 0
                || compare(v, piece.highHi, piece.highLo, v, cut.lowHi, cut.lowLo) < 0) {
            out.add(piece);
            return;
        }
        if (compare(v, piece.lowHi, piece.lowLo, v, cut.lowHi, cut.lowLo) < 0) {
            long hi = cut.lowLo == 0 ? cut.lowHi - 1 : cut.lowHi;
            out.add(new Range(v, piece.lowHi, piece.lowLo, hi, cut.lowLo - 1));
        }
        if (compare(v, cut.highHi, cut.highLo, v, piece.highHi, piece.highLo) < 0) {
            out.add(new Range(v, cut.highHi + carry(cut.highLo), cut.highLo + 1, piece.highHi, piece.highLo));
        }
    }

    /** The set as a firewall team reads it: addresses, CIDR blocks and ranges, comma-separated. */
    String text() {
        if (isAny()) {
            return "any";
        }
        return Arrays.stream(ranges).map(AddressSet::text).collect(Collectors.joining(", "));
    }

    private static String text(Range range) {
        if (range.version == 0) {
            return "(an end without an address)";
        }
        IPAddress low = address(range.version, range.lowHi, range.lowLo);
        IPAddress high = address(range.version, range.highHi, range.highLo);
        if (low.equals(high)) {
            return low.toCanonicalString();
        }
        IPAddressSeqRange span = low.spanWithRange(high);
        IPAddress[] blocks = span.spanWithPrefixBlocks();
        return blocks.length == 1 ? blocks[0].toCanonicalString() : low.toCanonicalString() + "-" + high.toCanonicalString();
    }

    private static IPAddress address(int version, long hi, long lo) {
        if (version == 4) {
            return new IPv4Address((int) lo);
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (hi >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return new IPv6Address(bytes);
    }

    /**
     * The IPv4 addresses of a small set, or null for a set of more than {@code max} addresses or of IPv6 ones. The ends
     * without an address count as none, so {@link #UNKNOWN} gives an empty array.
     */
    long[] ipv4Addresses(int max) {
        long count = 0;
        for (Range range : ranges) {
            if (range.version == 6) {
                return null;
            }
            count += range.version == 4 ? range.highLo - range.lowLo + 1 : 0;
            if (count > max) {
                return null;
            }
        }
        long[] addresses = new long[(int) count];
        int next = 0;
        for (Range range : ranges) {
            for (long a = range.lowLo; range.version == 4 && a <= range.highLo; a++) {
                addresses[next++] = a;
            }
        }
        return addresses;
    }

    /** The first IPv4 address's /16 block, or -1 when the set is not all inside one IPv4 /16 block. */
    int ipv4Block() {
        if (ranges.length == 0 || ranges[0].version != 4 || ranges[ranges.length - 1].version != 4) {
            return -1;
        }
        long first = ranges[0].lowLo >>> 16;
        return first == ranges[ranges.length - 1].highLo >>> 16 ? (int) first : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressSet other && Arrays.equals(ranges, other.ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ranges);
    }

    @Override
    public String toString() {
        return text();
    }
}
