package io.portolan.compare;

import io.portolan.engine.FirewallRule;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Protocol;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's identity within a firewall as one number: its two nodes, numbered in the later revision's terms (an earlier
 * node by the later node it matches, or a number of its own), and its protocol. Rules of one side of a section are
 * sorted by it, so that the rules of one identity on both sides meet in a merge.
 */
final class RuleIdentities {

    /** TCP, UDP and ICMP by their order; an IP protocol after them by its number, 0 to 255. */
    private static final int PROTOCOL_BITS = 9;
    private static final int IP_PROTOCOLS = 256;
    private static final int NAMED_PROTOCOLS = Protocol.values().length;

    private final NodeNumbers laterNodes;
    private final NodeNumbers earlierNodes;
    private final int nodeBits;
    private final RuleValues values;

    RuleIdentities(Design before, Design after, DesignMatching matching, RuleValues values) {
        this.values = values;
        List<Node> nodes = after.nodes();
        laterNodes = new NodeNumbers(nodes.size());
        earlierNodes = new NodeNumbers(before.nodes().size());
        Map<String, Integer> laterIds = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            laterNodes.put(nodes.get(i), i);
            laterIds.put(nodes.get(i).id(), i);
        }
        int next = nodes.size();
        for (Node node : before.nodes()) {
            Integer index = laterIds.get(matching.node(node.id()));
            earlierNodes.put(node, index != null ? index : next++);
        }
        nodeBits = Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(next));
        values.numberNodes(next);
        if (2 * nodeBits + PROTOCOL_BITS >= Long.SIZE) {
            throw new IllegalArgumentException("too many nodes to compare: " + next);
        }
    }

    /**
     * The rules of one side of a section sorted by identity, rules of one identity in the order given, with their
     * {@link RuleValues}.
     *
     * @param earlier true for the earlier revision's rules, whose nodes are numbered by their matches
     */
    Sorted sort(List<FirewallRule> rules, boolean earlier) {
        NodeNumbers nodes = earlier ? earlierNodes : laterNodes;
        long[] keys = new long[rules.size()];
        RuleValues.Side side = RuleValues.side(keys.length);
        Node source = null;
        int sourceNumber = 0;
        for (int i = 0; i < keys.length; i++) {
            FirewallRule rule = rules.get(i);
            if (rule.source() != source) {
                // a request lists a source's rules together, so most rules reuse the number just looked up
                source = rule.source();
                sourceNumber = nodes.get(source);
            }
            int destinationNumber = nodes.get(rule.destination());
            keys[i] = ((long) sourceNumber << nodeBits | destinationNumber) << PROTOCOL_BITS | protocol(rule);
            values.record(rule, earlier, side, i, sourceNumber, destinationNumber);
        }
        int[] order = RadixSort.sort(keys);
        return new Sorted(rules, keys, order, side);
    }

    private static int protocol(FirewallRule rule) {
        Protocol protocol = rule.protocol();
        if (protocol != Protocol.IP) {
            return protocol.ordinal();
        }
        int number = rule.ipProtocol();
        if (number < 0 || number >= IP_PROTOCOLS) {
            throw new IllegalArgumentException("IP protocol " + number + " is not in 0..255");
        }
        return NAMED_PROTOCOLS + number;
    }

    /**
     * One side's rules of a section in identity order.
     *
     * @param rules the rules in request order
     * @param keys the identities, ascending
     * @param order the place in {@code rules} of the rule of each identity in {@code keys}
     * @param values what a firewall evaluates of each rule, by place in {@code rules}
     */
    record Sorted(List<FirewallRule> rules, long[] keys, int[] order, RuleValues.Side values) {

        /** The number of rules. */
        int size() {
            return keys.length;
        }

        /** The rule at the place in identity order. */
        FirewallRule rule(int sortedIndex) {
            return rules.get(order[sortedIndex]);
        }

        /** The end of the run of rules of one identity that starts at the place in identity order. */
        int runEnd(int start) {
            int end = start + 1;
            while (end < keys.length && keys[end] == keys[start]) {
                end++;
            }
            return end;
        }
    }
}
