package io.portolan.model;

/** An inclusive range of ports; a single port has {@code low == high}. */
public record PortRange(int low, int high) implements Comparable<PortRange> {

    /** The lowest port a rule can open; port 0 is reserved and no firewall opens it. */
    public static final int MIN_PORT = 1;
    /** The highest port. */
    public static final int MAX_PORT = 65535;

    public PortRange {
        if (low < MIN_PORT || high > MAX_PORT || low > high) {
            throw new IllegalArgumentException("invalid port range " + low + "-" + high);
        }
    }

    /** A range holding one port. */
    public static PortRange of(int port) {
        return new PortRange(port, port);
    }

    /** True for a single port. */
    public boolean isSingle() {
        return low == high;
    }

    /** Number of ports in the range. */
    public int size() {
        return high - low + 1;
    }

    @Override
    public int compareTo(PortRange other) {
        int byLow = Integer.compare(low, other.low);
        return byLow != 0 ? byLow : Integer.compare(high, other.high);
    }

    /** {@code 443} or {@code 16500-16509}, the way a firewall request writes it. */
    @Override
    public String toString() {
        return isSingle() ? Integer.toString(low) : low + "-" + high;
    }
}
