package io.portolan.compare;

/**
 * A stable least-significant-digit radix sort of non-negative {@code long} keys that also gives the place each key had.
 * The comparison sorts the hundreds of thousands of rules of a large request by identity this way: a few passes over
 * primitive arrays, with no object per rule and no comparator calls, and equal keys stay in request order.
 */
final class RadixSort {

    private static final int DIGIT_BITS = 11;
    private static final int DIGITS = 1 << DIGIT_BITS;
    private static final int MASK = DIGITS - 1;

    private RadixSort() {
    }

    /**
     * Sorts the keys in place, ascending, and returns the place each sorted key had in the array as given; equal keys keep
     * the order they had.
     *
     * @throws IllegalArgumentException when a key is negative
     */
    static int[] sort(long[] keys) {
        int size = keys.length;
        long bits = 0;
        for (long key : keys) {
            bits |= key;
        }
        if (bits < 0) {
            throw new IllegalArgumentException("a key to sort is negative");
        }
        int[] places = new int[size];
        for (int i = 0; i < size; i++) {
            places[i] = i;
        }
        long[] fromKeys = keys;
        int[] fromPlaces = places;
        long[] toKeys = new long[size];
        int[] toPlaces = new int[size];
        int[] counts = new int[DIGITS];
        for (int shift = 0; shift < Long.SIZE && bits >>> shift != 0; shift += DIGIT_BITS) {
            if (pass(fromKeys, fromPlaces, toKeys, toPlaces, shift, counts)) {
                long[] keysLeft = fromKeys;
                fromKeys = toKeys;
                toKeys = keysLeft;
                int[] placesLeft = fromPlaces;
                fromPlaces = toPlaces;
                toPlaces = placesLeft;
            }
        }
        if (fromKeys != keys) {
            System.arraycopy(fromKeys, 0, keys, 0, size);
        }
        return fromPlaces;
    }

    /** Distributes the keys by the digit at the shift; false, leaving them as they were, when they all share it. */
    private static boolean pass(long[] keys, int[] places, long[] toKeys, int[] toPlaces, int shift, int[] counts) {
        java.util.Arrays.fill(counts, 0);
        for (long key : keys) {
            counts[(int) (key >>> shift) & MASK]++;
        }
        int start = 0;
        for (int digit = 0; digit < DIGITS; digit++) {
            int count = counts[digit];
            if (count == keys.length) {
                return false;
            }
            counts[digit] = start;
            start += count;
        }
        for (int i = 0; i < keys.length; i++) {
            int at = counts[(int) (keys[i] >>> shift) & MASK]++;
            toKeys[at] = keys[i];
            toPlaces[at] = places[i];
        }
        return true;
    }
}
