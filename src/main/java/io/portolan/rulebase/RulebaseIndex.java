package io.portolan.rulebase;

import io.portolan.model.PortRange;
import io.portolan.model.PortSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of one firewall filed so that a required rule finds the few that can match it without a loop over them all.
 * Each rule is filed twice: by protocol and destination address (each address of a destination of at most
 * {@value #SMALL} IPv4 addresses, else its /16 block, else as wide), and by protocol, port (a rule of many ports apart)
 * and destination block. A required rule to a few addresses, which is nearly every one, is looked up by address; one to
 * a wide destination by port. A rule for every protocol is a candidate of every query. Candidates come back in rulebase
 * order, which first-match evaluation needs. The filings are primitive arrays ({@link RuleLists}).
 */
final class RulebaseIndex {

    /** Past this many ports a rule is filed once as wide, not under each port. */
    private static final int WIDE_PORTS = 256;
    /** Past this many ports a query takes every rule of the protocol rather than looking each port up. */
    private static final int QUERY_PORTS = 64;

    /** Past this many addresses a destination is filed by block, not by address. */
    static final int SMALL = 256;

    private final Candidates anyProtocol;
    private final Map<String, PortIndex> byProtocol = new HashMap<>();
    private final Destinations anyProtocolByAddress;
    private final Map<String, Destinations> byAddress = new HashMap<>();

    /** Files the rules, which must come in rulebase order. */
    RulebaseIndex(List<ExistingRule> rules) {
        Candidates.Builder anyProtocolBuilder = new Candidates.Builder();
        Destinations.Builder anyProtocolAddresses = new Destinations.Builder();
        Map<String, PortIndex.Builder> protocolBuilders = new HashMap<>();
        Map<String, Destinations.Builder> addressBuilders = new HashMap<>();
        for (ExistingRule rule : rules) {
            int block = rule.destination().ipv4Block();
            long[] addresses = rule.destination().ipv4Addresses(SMALL);
            if (rule.services().anyProtocol()) {
                anyProtocolBuilder.add(block, rule.index());
                anyProtocolAddresses.add(addresses, block, rule.index());
                continue;
            }
            rule.services().byProtocol().forEach((protocol, ports) -> {
                protocolBuilders.computeIfAbsent(protocol, p -> new PortIndex.Builder()).add(ports, rule.index());
                addressBuilders.computeIfAbsent(protocol, p -> new Destinations.Builder()).add(addresses, block, rule.index());
            });
        }
        anyProtocol = anyProtocolBuilder.build();
        anyProtocolByAddress = anyProtocolAddresses.build();
        protocolBuilders.forEach((protocol, builder) -> byProtocol.put(protocol, builder.build()));
        addressBuilders.forEach((protocol, builder) -> byAddress.put(protocol, builder.build()));
    }

    /**
     * Fills {@code found} with the indexes of the rules that may match traffic of the protocol and ports to the
     * destination, ascending, each once.
     *
     * @param addresses the destination's IPv4 addresses when it has at most {@value #SMALL} (none for an end without an
     *     address), else null
     * @param block the destination's /16 block, or -1 when it spans more than one
     */
    void candidates(String protocol, PortSet ports, long[] addresses, int block, IntList found) {
        found.clear();
        if (addresses != null) {
            anyProtocolByAddress.collect(addresses, found);
            Destinations index = byAddress.get(protocol);
            if (index != null) {
                index.collect(addresses, found);
            }
        } else {
            anyProtocol.collect(block, found);
            PortIndex index = byProtocol.get(protocol);
            if (index != null) {
                index.collect(ports, found);
            }
        }
        found.sortUnique();
    }

    /** The rules of one protocol, by port, for queries whose destination is too wide to look up by address. */
    private record PortIndex(int[] wide, RuleLists byPort) {

        void collect(PortSet ports, IntList found) {
            found.addAll(wide, 0, wide.length);
            if (ports.portCount() > QUERY_PORTS) {
                byPort.collectAll(found);
                return;
            }
            List<PortRange> ranges = ports.ranges();
            for (int r = 0; r < ranges.size(); r++) {
                for (int port = ranges.get(r).low(); port <= ranges.get(r).high(); port++) {
                    byPort.collect(port, found);
                }
            }
        }

        static final class Builder {
            private final IntList wide = new IntList();
            private final RuleLists.Builder byPort = new RuleLists.Builder();

            void add(PortSet ports, int rule) {
                if (ports.portCount() > WIDE_PORTS) {
                    wide.add(rule);
                    return;
                }
                for (PortRange range : ports.ranges()) {
                    for (int port = range.low(); port <= range.high(); port++) {
                        byPort.add(port, rule);
                    }
                }
            }

            PortIndex build() {
                return new PortIndex(wide.toArray(), byPort.build());
            }
        }
    }

    /** Rules by the destination's /16 block, and those whose destination spans more than one block. */
    private record Candidates(int[] wideDestination, RuleLists byBlock) {

        void collect(int block, IntList found) {
            found.addAll(wideDestination, 0, wideDestination.length);
            if (block < 0) {
                byBlock.collectAll(found);
            } else {
                byBlock.collect(block, found);
            }
        }

        static final class Builder {
            private final IntList wideDestination = new IntList();
            private final RuleLists.Builder byBlock = new RuleLists.Builder();

            void add(int block, int rule) {
                if (block < 0) {
                    wideDestination.add(rule);
                } else {
                    byBlock.add(block, rule);
                }
            }

            Candidates build() {
                return new Candidates(wideDestination.toArray(), byBlock.build());
            }
        }
    }

    /** Rules by each address of a small destination, by block for a larger one within a /16, and the rest. */
    private record Destinations(RuleLists byAddress, RuleLists byBlock, int[] wide) {

        /** The rules that may match a destination of these IPv4 addresses (none: an end without an address). */
        void collect(long[] addresses, IntList found) {
            found.addAll(wide, 0, wide.length);
            int lastBlock = -1;
            for (long address : addresses) {
                byAddress.collect(address, found);
                int block = (int) (address >>> 16);
                if (block != lastBlock) {
                    byBlock.collect(block, found);
                    lastBlock = block;
                }
            }
        }

        static final class Builder {
            private final RuleLists.Builder byAddress = new RuleLists.Builder();
            private final RuleLists.Builder byBlock = new RuleLists.Builder();
            private final IntList wide = new IntList();

            void add(long[] addresses, int block, int rule) {
                if (addresses != null && addresses.length > 0) {
                    for (long address : addresses) {
                        byAddress.add(address, rule);
                    }
                } else if (block >= 0) {
                    byBlock.add(block, rule);
                } else {
                    wide.add(rule);
                }
            }

            Destinations build() {
                return new Destinations(byAddress.build(), byBlock.build(), wide.toArray());
            }
        }
    }
}
