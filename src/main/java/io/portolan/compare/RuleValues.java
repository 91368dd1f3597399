package io.portolan.compare;

import io.portolan.engine.FirewallRule;
import io.portolan.model.AddressRole;
import io.portolan.model.Node;
import io.portolan.model.PortRange;
import java.util.Arrays;
import java.util.List;

/**
 * What a firewall evaluates of each rule of a section, as numbers read in one pass over the rules in request order: the
 * ports (up to four ranges packed exactly), the addresses of both ends (each distinct address text numbered once) and
 * the zones left and entered. Two rules whose numbers are all equal are the same to a firewall; for any other pair, and
 * for what the numbers cannot hold (no ports, more than four ranges, an end without an address), the rules themselves
 * are compared. Reading the rules once in the order they lie in memory, rather than each pair in identity order, keeps
 * a comparison of hundreds of thousands of rules from waiting on memory.
 */
final class RuleValues {

    /** A value the numbers cannot hold; the rules are compared instead. */
    private static final long UNKNOWN = -1;
    private static final int PACKED_RANGES = 4;
    private static final AddressRole[] ROLES = AddressRole.values();
    private static final int NO_ADDRESS = -1;
    /** A node whose address differs by role: the rule's own end says which it uses. */
    private static final int BY_ROLE = -2;
    private static final int NOT_YET = -3;

    private final RuleZones zones;
    private final TextCodes addresses = new TextCodes();
    private int[] earlierNodes = new int[0];
    private int[] laterNodes = new int[0];

    RuleValues(RuleZones zones) {
        this.zones = zones;
    }

    /** Makes room for the nodes' addresses, by the numbers {@link RuleIdentities} gives them, from 0 to {@code count - 1}. */
    void numberNodes(int count) {
        earlierNodes = new int[count];
        laterNodes = new int[count];
        Arrays.fill(earlierNodes, NOT_YET);
        Arrays.fill(laterNodes, NOT_YET);
    }

    /** Room for the values of a section's rules on one side. */
    static Side side(int size) {
        return new Side(new long[size], new long[size], new long[size], new long[size]);
    }

    /** Records the values of the rule at the place in request order; its ends have the numbers given. */
    void record(FirewallRule rule, boolean earlier, Side side, int place, int sourceNumber, int destinationNumber) {
        List<PortRange> ranges = rule.ports().ranges();
        long ports = 0;
        long morePorts = 0;
        if (ranges.isEmpty() || ranges.size() > PACKED_RANGES) {
            ports = UNKNOWN;
        } else {
            for (int k = 0; k < ranges.size(); k++) {
                PortRange range = ranges.get(k);
                long packed = (long) range.low() << Character.SIZE | range.high();
                if (k < 2) {
                    ports |= packed << (Integer.SIZE * (1 - k));
                } else {
                    morePorts |= packed << (Integer.SIZE * (3 - k));
                }
            }
        }
        side.ports[place] = ports;
        side.morePorts[place] = morePorts;
        int[] nodes = earlier ? earlierNodes : laterNodes;
        int source = nodeAddress(nodes, sourceNumber, rule.source());
        if (source == BY_ROLE) {
            source = address(rule.sourceAddress());
        }
        int destination = nodeAddress(nodes, destinationNumber, rule.destination());
        if (destination == BY_ROLE) {
            destination = address(rule.destinationAddress());
        }
        side.ends[place] = source == NO_ADDRESS || destination == NO_ADDRESS ? UNKNOWN
                : (long) source << Integer.SIZE | destination;
        side.zones[place] = zones.zones(rule, earlier);
    }

    /** True when the numbers say that the two rules are the same to a firewall; false when they differ or cannot say. */
    static boolean same(Side earlier, int earlierPlace, Side later, int laterPlace) {
        long ports = earlier.ports[earlierPlace];
        long ends = earlier.ends[earlierPlace];
        return ports != UNKNOWN && ends != UNKNOWN && ports == later.ports[laterPlace]
                && earlier.morePorts[earlierPlace] == later.morePorts[laterPlace] && ends == later.ends[laterPlace]
                && earlier.zones[earlierPlace] == later.zones[laterPlace];
    }

    /**
     * The number of the node's address when every role gives the same one, so that a rule's end needs no look at the
     * role its flow names; {@link #BY_ROLE} when the roles give different addresses.
     */
    private int nodeAddress(int[] nodes, int number, Node node) {
        int known = nodes[number];
        if (known == NOT_YET) {
            String address = node.address(AddressRole.SERVICE);
            known = address(address);
            for (AddressRole role : ROLES) {
                if (!node.address(role).equals(address)) {
                    known = BY_ROLE;
                }
            }
            nodes[number] = known;
        }
        return known;
    }

    private int address(String text) {
        if (text.isEmpty()) {
            return NO_ADDRESS;
        }
        return addresses.code(text);
    }

    /**
     * The values of one side's rules, by place in request order.
     *
     * @param ports the first two port ranges, packed; {@link #UNKNOWN} for none or more than four
     * @param morePorts the third and fourth port ranges, packed
     * @param ends the numbers of the source and destination addresses; {@link #UNKNOWN} when an end has none
     * @param zones the zones left and entered, as {@link RuleZones} numbers them
     */
    record Side(long[] ports, long[] morePorts, long[] ends, long[] zones) {
    }
}
