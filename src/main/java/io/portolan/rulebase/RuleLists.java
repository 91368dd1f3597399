package io.portolan.rulebase;

import java.util.Arrays;

/**
 * Rule numbers filed under keys of up to 32 bits (IPv4 addresses, ports, /16 blocks), each key's rules in ascending
 * order. Built once from pairs of key and rule, then held in three primitive arrays and looked up by binary search: a
 * rulebase of a hundred thousand rules files each of them under several keys, and a boxed map of lists would hold an
 * object or three per filing.
 */
final class RuleLists {

    private static final RuleLists NONE = new RuleLists(new long[0], new int[1], new int[0]);

    private final long[] keys;
    private final int[] starts;
    private final int[] rules;

    private RuleLists(long[] keys, int[] starts, int[] rules) {
        this.keys = keys;
        this.starts = starts;
        this.rules = rules;
    }

    /** Adds the rules filed under the key to {@code found}. */
    void collect(long key, IntList found) {
        int at = Arrays.binarySearch(keys, key);
        if (at >= 0) {
            found.addAll(rules, starts[at], starts[at + 1]);
        }
    }

    /** Adds every filing to {@code found}, a rule as often as it is filed. */
    void collectAll(IntList found) {
        found.addAll(rules, 0, rules.length);
    }

    /** Collects the pairs, in any order, and files them. */
    static final class Builder {
        private static final long KEY_LIMIT = 1L << Integer.SIZE;

        private long[] pairs = new long[0];
        private int size;

        /** Files the rule under the key, which must be below 2^32. */
        void add(long key, int rule) {
            if (key < 0 || key >= KEY_LIMIT || rule < 0) {
                throw new IllegalArgumentException("key " + key + " or rule " + rule + " out of range");
            }
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, Math.max(16, size * 2));
            }
            // the sign bit flipped, so that signed order is the order of key, then rule
            pairs[size++] = (key << Integer.SIZE | rule) ^ Long.MIN_VALUE;
        }

        RuleLists build() {
            if (size == 0) {
                return NONE;
            }
            long[] sorted = Arrays.copyOf(pairs, size);
            pairs = null;
            Arrays.sort(sorted);
            int distinct = 1;
            for (int i = 1; i < sorted.length; i++) {
                if (sorted[i] >>> Integer.SIZE != sorted[i - 1] >>> Integer.SIZE) {
                    distinct++;
                }
            }
            long[] keys = new long[distinct];
            int[] starts = new int[distinct + 1];
            int[] rules = new int[sorted.length];
            int k = -1;
            for (int i = 0; i < sorted.length; i++) {
                long pair = sorted[i] ^ Long.MIN_VALUE;
                if (i == 0 || sorted[i] >>> Integer.SIZE != sorted[i - 1] >>> Integer.SIZE) {
                    keys[++k] = pair >>> Integer.SIZE;
                    starts[k] = i;
                }
                rules[i] = (int) pair;
            }
            starts[distinct] = sorted.length;
            return new RuleLists(keys, starts, rules);
        }
    }
}
