package io.portolan.rulebase;

import java.util.Arrays;

/** A growable list of ints, cleared and filled again rather than made anew: one serves every query of a check. */
final class IntList {

    private int[] items = new int[8];
    private int size;

    /** The number of items. */
    int size() {
        return size;
    }

    /** The item at the index, which must be below {@link #size()}. */
    int get(int index) {
        return items[index];
    }

    /** The last item; the list must not be empty. */
    int last() {
        return items[size - 1];
    }

    void clear() {
        size = 0;
    }

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    void addAll(IntList other) {
        addAll(other.items, 0, other.size);
    }

    /** Adds the values from {@code from} (included) to {@code to} (excluded). */
    void addAll(int[] values, int from, int to) {
        int count = to - from;
        if (size + count > items.length) {
            items = Arrays.copyOf(items, Math.max(size + count, items.length * 2));
        }
        System.arraycopy(values, from, items, size, count);
        size += count;
    }

    /** Sorts the items ascending and leaves each value once. */
    void sortUnique() {
        Arrays.sort(items, 0, size);
        int unique = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || items[i] != items[i - 1]) {
                items[unique++] = items[i];
            }
        }
        size = unique;
    }

    /** The items, in an array of their own. */
    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
