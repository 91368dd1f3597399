package io.portolan.rulebase;

import io.portolan.model.PortRange;
import io.portolan.model.PortSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rulebase index of {@link ReferenceRulebaseCheck}: the rules of one firewall filed by protocol and destination and
 * by protocol and port in boxed hash maps, as {@link RulebaseIndex} files them in primitive arrays.
 */
final class ReferenceRulebaseIndex {

    /** Past this many ports a rule is filed once as wide, not under each port. */
    private static final int WIDE_PORTS = 256;
    /** Past this many ports a query takes every rule of the protocol rather than looking each port up. */
    private static final int QUERY_PORTS = 64;

    /** Past this many addresses a destination is filed by block, not by address. */
    static final int SMALL = 256;

    private final Candidates anyProtocol = new Candidates();
    private final Map<String, PortIndex> byProtocol = new HashMap<>();
    private final Destinations anyProtocolByAddress = new Destinations();
    private final Map<String, Destinations> byAddress = new HashMap<>();
    /** Every rule, for an index that files nothing and gives every rule as a candidate; null for a filing index. */
    private final int[] every;

    /** Files the rules, which must come in rulebase order. */
    ReferenceRulebaseIndex(List<ExistingRule> rules) {
        this(rules, false);
    }

    /**
     * Files the rules, or with {@code everyRule} files nothing and gives every rule as a candidate of every query: the
     * plain scan of the firewall's rules in order that any index must agree with.
     */
    ReferenceRulebaseIndex(List<ExistingRule> rules, boolean everyRule) {
        every = everyRule ? rules.stream().mapToInt(ExistingRule::index).toArray() : null;
        for (ExistingRule rule : everyRule ? List.<ExistingRule>of() : rules) {
            int block = rule.destination().ipv4Block();
            long[] addresses = rule.destination().ipv4Addresses(SMALL);
            if (rule.services().anyProtocol()) {
                anyProtocol.add(block, rule.index());
                anyProtocolByAddress.add(addresses, block, rule.index());
                continue;
            }
            rule.services().byProtocol().forEach((protocol, ports) -> {
                byProtocol.computeIfAbsent(protocol, p -> new PortIndex()).add(ports, block, rule.index());
                byAddress.computeIfAbsent(protocol, p -> new Destinations()).add(addresses, block, rule.index());
            });
        }
    }

    /** The indexes of the rules that may match traffic of the protocol, ports and destination, ascending. */
    int[] candidates(String protocol, PortSet ports, AddressSet destination) {
        if (every != null) {
            return every;
        }
        long[] addresses = destination.ipv4Addresses(SMALL);
        IntList found = new IntList();
        if (addresses != null) {
            anyProtocolByAddress.collect(addresses, found);
            Destinations index = byAddress.get(protocol);
            if (index != null) {
                index.collect(addresses, found);
            }
            return found.sortedUnique();
        }
        int block = destination.ipv4Block();
        anyProtocol.collect(block, found);
        PortIndex index = byProtocol.get(protocol);
        if (index != null) {
            index.collect(ports, block, found);
        }
        return found.sortedUnique();
    }

    /** The rules of one protocol, by port, for queries whose destination is too wide to look up by address. */
    private static final class PortIndex {
        private final IntList wide = new IntList();
        private final Map<Integer, IntList> byPort = new HashMap<>();

        void add(PortSet ports, int block, int rule) {
            if (ports.portCount() > WIDE_PORTS) {
                wide.add(rule);
                return;
            }
            for (PortRange range : ports.ranges()) {
                for (int port = range.low(); port <= range.high(); port++) {
                    byPort.computeIfAbsent(port, p -> new IntList()).add(rule);
                }
            }
        }

        void collect(PortSet ports, int block, IntList found) {
            found.addAll(wide);
            if (ports.portCount() > QUERY_PORTS) {
                byPort.values().forEach(found::addAll);
                return;
            }
            for (PortRange range : ports.ranges()) {
                for (int port = range.low(); port <= range.high(); port++) {
                    IntList rules = byPort.get(port);
                    if (rules != null) {
                        found.addAll(rules);
                    }
                }
            }
        }
    }

    /** Rules by the destination's /16 block, and those whose destination spans more than one block. */
    private static final class Candidates {
        private final IntList wideDestination = new IntList();
        private final Map<Integer, IntList> byBlock = new HashMap<>();

        void add(int block, int rule) {
            (block < 0 ? wideDestination : byBlock.computeIfAbsent(block, b -> new IntList())).add(rule);
        }

        void collect(int block, IntList found) {
            found.addAll(wideDestination);
            if (block < 0) {
                byBlock.values().forEach(found::addAll);
            } else {
                IntList inBlock = byBlock.get(block);
                if (inBlock != null) {
                    found.addAll(inBlock);
                }
            }
        }
    }

    /** Rules by each address of a small destination, by block for a larger one within a /16, and the rest. */
    private static final class Destinations {
        private final Map<Long, IntList> byAddress = new HashMap<>();
        private final Map<Integer, IntList> byBlock = new HashMap<>();
        private final IntList wide = new IntList();

        void add(long[] addresses, int block, int rule) {
            if (addresses != null && addresses.length > 0) {
                for (long address : addresses) {
                    byAddress.computeIfAbsent(address, a -> new IntList()).add(rule);
                }
            } else if (block >= 0) {
                byBlock.computeIfAbsent(block, b -> new IntList()).add(rule);
            } else {
                wide.add(rule);
            }
        }

        /** The rules that may match a destination of these IPv4 addresses (none: an end without an address). */
        void collect(long[] addresses, IntList found) {
            found.addAll(wide);
            int lastBlock = -1;
            for (long address : addresses) {
                IntList rules = byAddress.get(address);
                if (rules != null) {
                    found.addAll(rules);
                }
                int block = (int) (address >>> 16);
                if (block != lastBlock) {
                    IntList inBlock = byBlock.get(block);
                    if (inBlock != null) {
                        found.addAll(inBlock);
                    }
                    lastBlock = block;
                }
            }
        }
    }

    /** A growable list of ints. */
    static final class IntList {
        private int[] items = new int[4];
        private int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        void addAll(IntList other) {
            if (size + other.size > items.length) {
                items = Arrays.copyOf(items, Math.max(size + other.size, items.length * 2));
            }
            System.arraycopy(other.items, 0, items, size, other.size);
            size += other.size;
        }

        int[] sortedUnique() {
            int[] sorted = Arrays.copyOf(items, size);
            Arrays.sort(sorted);
            int unique = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[unique++] = sorted[i];
                }
            }
            return unique == sorted.length ? sorted : Arrays.copyOf(sorted, unique);
        }
    }
}
