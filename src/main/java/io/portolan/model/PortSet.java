package io.portolan.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An immutable set of ports, kept as sorted ranges with overlapping and adjacent ranges merged, so
 * that {@code 80, 81, 82} reads {@code 80-82}. The empty set stands for "no port" (ICMP, IP protocols,
 * or a row whose port the document gives only in words).
 */
public final class PortSet {

    public static final PortSet EMPTY = new PortSet(List.of());

    private static final Pattern RANGE = Pattern.compile("(\\d{1,9})\\s*(?:-|\\.\\.|\u2013|\u2014)\\s*(\\d{1,9})");
    private static final Pattern SINGLE = Pattern.compile("\\d{1,9}");
    private static final Pattern SEPARATOR = Pattern.compile("[,;]");

    private final List<PortRange> ranges;

    private PortSet(List<PortRange> mergedSortedRanges) {
        this.ranges = mergedSortedRanges;
    }

    /** The set holding exactly the given ranges, merged. */
    public static PortSet of(Collection<PortRange> ranges) {
        if (ranges.isEmpty()) {
            return EMPTY;
        }
        if (ranges.size() == 1) {
            return new PortSet(List.of(ranges.iterator().next()));
        }
        List<PortRange> sorted = new ArrayList<>(ranges);
        Collections.sort(sorted);
        List<PortRange> merged = new ArrayList<>(sorted.size());
        PortRange current = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            PortRange next = sorted.get(i);
            if (next.low() <= current.high() + 1) {
                current = new PortRange(current.low(), Math.max(current.high(), next.high()));
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return new PortSet(List.copyOf(merged));
    }

    /** The set holding the given single ports. */
    public static PortSet ofPorts(int... ports) {
        List<PortRange> ranges = new ArrayList<>(ports.length);
        for (int port : ports) {
            ranges.add(PortRange.of(port));
        }
        return of(ranges);
    }

    /**
     * Parses a port list as documents write it: {@code 80, 443}, {@code 16500-16509},
     * {@code 16500..16509} or {@code 9350–9354}. Blank text is the empty set.
     *
     * @throws PortSyntaxException naming the item that is not a port, is outside 1..65535 (port 0 is no port a firewall opens), or is a
     *     range whose low end is above its high end
     */
    public static PortSet parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        List<PortRange> ranges = new ArrayList<>();
        for (String raw : SEPARATOR.split(text)) {
            String item = raw.trim();
            if (item.isEmpty()) {
                throw new PortSyntaxException("empty item in port list '" + text + "'");
            }
            Matcher range = RANGE.matcher(item);
            if (range.matches()) {
                int low = checkedPort(range.group(1), item);
                int high = checkedPort(range.group(2), item);
                if (low > high) {
                    throw new PortSyntaxException("range '" + item + "' has its low end above its high end");
                }
                ranges.add(new PortRange(low, high));
            } else if (SINGLE.matcher(item).matches()) {
                ranges.add(PortRange.of(checkedPort(item, item)));
            } else {
                throw new PortSyntaxException("'" + item + "' is not a port or a port range");
            }
        }
        return of(ranges);
    }

    private static int checkedPort(String digits, String item) {
        long value = Long.parseLong(digits);
        if (value < PortRange.MIN_PORT || value > PortRange.MAX_PORT) {
            throw new PortSyntaxException("port " + value + " in '" + item + "' is outside 1..65535");
        }
        return (int) value;
    }

    /** The merged ranges, ascending. */
    public List<PortRange> ranges() {
        return ranges;
    }

    /** True when the set holds no port. */
    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Total number of ports. */
    public int portCount() {
        int count = 0;
        for (PortRange range : ranges) {
            count += range.size();
        }
        return count;
    }

    /** True when the port is in the set. */
    public boolean contains(int port) {
        for (PortRange range : ranges) {
            if (port < range.low()) {
                return false;
            }
            if (port <= range.high()) {
                return true;
            }
        }
        return false;
    }

    /** The union of this set and another. */
    public PortSet union(PortSet other) {
        if (other.isEmpty() || other.equals(this)) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<PortRange> all = new ArrayList<>(ranges.size() + other.ranges.size());
        all.addAll(ranges);
        all.addAll(other.ranges);
        return of(all);
    }

    /** The ports of this set that are not in the other. */
    public PortSet minus(PortSet other) {
        if (isEmpty() || other.isEmpty()) {
            return this;
        }
        List<PortRange> left = new ArrayList<>(ranges.size());
        int j = 0;
        for (PortRange range : ranges) {
            int low = range.low();
            while (j < other.ranges.size() && other.ranges.get(j).high() < low) {
                j++;
            }
            int k = j;
            while (low <= range.high() && k < other.ranges.size() && other.ranges.get(k).low() <= range.high()) {
                PortRange cut = other.ranges.get(k);
                if (cut.low() > low) {
                    left.add(new PortRange(low, cut.low() - 1));
                }
                low = Math.max(low, cut.high() + 1);
                k++;
            }
            if (low <= range.high()) {
                left.add(new PortRange(low, range.high()));
            }
        }
        return left.isEmpty() ? EMPTY : new PortSet(List.copyOf(left));
    }

    /** {@code 80, 443, 16500-16509}; empty text for the empty set. */
    @Override
    public String toString() {
        return ranges.stream().map(PortRange::toString).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortSet other && ranges.equals(other.ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    /** A port list that cannot be read; the message names the offending item. */
    public static final class PortSyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** A port list that cannot be read, and why. */
        public PortSyntaxException(String message) {
            super(message);
        }
    }
}
