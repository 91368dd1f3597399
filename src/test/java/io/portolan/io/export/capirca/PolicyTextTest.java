package io.portolan.io.export.capirca;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTextTest {

    @Test
    void commentsArePlainAsciiWithoutDoubleQuotesOnOneLine() {
        assertThat(PolicyText.ascii("Zürich \"DC\" \u2192 Gateway\n  ports\t1\u20132 \u4e2d"))
                .isEqualTo("Zurich 'DC' -> Gateway ports 1-2 ?");
    }

    @Test
    void textIsWrappedAtBlanksAndALongWordIsCut() {
        assertThat(PolicyText.wrap("one two three four", 9)).containsExactly("one two", "three", "four");
        assertThat(PolicyText.wrap("abcdefghij kl", 4)).containsExactly("abcd", "efgh", "ij", "kl");
    }

    @Test
    void ruleNumbersAreRunsAndAManyAreCounted() {
        assertThat(PolicyText.numbers(List.of(1, 2, 3, 7, 9, 10), 8)).isEqualTo("1-3, 7, 9-10");
        assertThat(PolicyText.numbers(List.of(1, 3, 5, 7, 9), 2)).isEqualTo("1, 3 and 3 more");
    }
}
