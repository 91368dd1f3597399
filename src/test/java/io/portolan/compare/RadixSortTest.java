package io.portolan.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RadixSortTest {

    @Property(tries = 300)
    void sortsKeysAscendingAndGivesThePlacesOfAStableSort(
            @ForAll @Size(max = 3000) List<@LongRange(max = Long.MAX_VALUE) Long> wide, @ForAll @IntRange(min = 0, max = 62) int bits) {
        long[] keys = wide.stream().mapToLong(k -> k >>> bits).toArray();
        long[] given = keys.clone();
        Integer[] expected = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
        Arrays.sort(expected, Comparator.comparingLong(i -> given[i]));

        int[] places = RadixSort.sort(keys);

        assertThat(places).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
        assertThat(keys).containsExactly(Arrays.stream(places).mapToLong(i -> given[i]).toArray());
    }

    @Test
    void keysOfOneDigitKeepTheirOrder() {
        long[] keys = {5, 5, 5};

        assertThat(RadixSort.sort(keys)).containsExactly(0, 1, 2);
    }

    @Test
    void aNegativeKeyIsRefused() {
        assertThatThrownBy(() -> RadixSort.sort(new long[] {3, -1})).isInstanceOf(IllegalArgumentException.class);
    }
}
