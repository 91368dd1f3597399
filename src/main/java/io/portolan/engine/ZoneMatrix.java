package io.portolan.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of flows from each zone to each zone, the diagonal holding same-zone flows.
 *
 * @param zoneIds the zones, in design order: the rows and the columns
 * @param counts {@code counts[row][column]}: flows from the row's zone to the column's zone
 */
public record ZoneMatrix(List<String> zoneIds, int[][] counts) {

    public ZoneMatrix {
        zoneIds = List.copyOf(zoneIds);
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    /** Flows from one zone to another; 0 for an unknown zone. */
    public int count(String fromZoneId, String toZoneId) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < zoneIds.size(); i++) {
            index.put(zoneIds.get(i), i);
        }
        Integer row = index.get(fromZoneId);
        Integer column = index.get(toZoneId);
        return row == null || column == null ? 0 : counts[row][column];
    }

    /** A copy of the counts. */
    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZoneMatrix other && zoneIds.equals(other.zoneIds) && java.util.Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * zoneIds.hashCode() + java.util.Arrays.deepHashCode(counts);
    }
}
