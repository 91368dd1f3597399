package io.portolan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortSetTest {

    @ParameterizedTest(name = "''{0}'' reads as ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            80, 443               | 80, 443
            443, 80               | 80, 443
            16500..16509          | 16500-16509
            9350\u20139354        | 9350-9354
            80, 81, 82            | 80-82
            6910-6930, 6920-6940  | 6910-6940
            6900-6909, 6910       | 6900-6910
            53; 53                | 53
            '   '                 | ''
            """)
    void documentPortTextIsReadAndMerged(String text, String expected) {
        assertThat(PortSet.parse(text).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            65536         | port 65536 in '65536' is outside 1..65535
            0             | port 0 in '0' is outside 1..65535
            0-1023        | port 0 in '0-1023' is outside 1..65535
            10-5          | range '10-5' has its low end above its high end
            80,,443       | empty item in port list
            Randomly      | 'Randomly' is not a port or a port range
            """)
    void unreadablePortTextNamesTheItem(String text, String message) {
        assertThatThrownBy(() -> PortSet.parse(text)).isInstanceOf(PortSet.PortSyntaxException.class).hasMessageContaining(message);
    }

    @Property(tries = 200)
    void unionHoldsExactlyThePortsOfBoth(@ForAll @Size(max = 6) java.util.List<@IntRange(min = 1, max = 200) Integer> a,
                                        @ForAll @Size(max = 6) java.util.List<@IntRange(min = 1, max = 200) Integer> b) {
        PortSet left = PortSet.ofPorts(a.stream().mapToInt(Integer::intValue).toArray());
        PortSet right = PortSet.ofPorts(b.stream().mapToInt(Integer::intValue).toArray());

        PortSet union = left.union(right);

        for (int port = 0; port <= 201; port++) {
            assertThat(union.contains(port)).isEqualTo(a.contains(port) || b.contains(port));
        }
    }

    @Property(tries = 300)
    void minusHoldsExactlyThePortsOfTheFirstNotInTheSecond(
            @ForAll @Size(max = 30) java.util.List<@IntRange(min = 1, max = 60) Integer> a,
            @ForAll @Size(max = 30) java.util.List<@IntRange(min = 1, max = 60) Integer> b) {
        PortSet left = PortSet.ofPorts(a.stream().mapToInt(Integer::intValue).toArray());
        PortSet right = PortSet.ofPorts(b.stream().mapToInt(Integer::intValue).toArray());

        PortSet difference = left.minus(right);

        int[] expected = a.stream().filter(port -> !b.contains(port)).mapToInt(Integer::intValue).toArray();
        assertThat(difference).isEqualTo(PortSet.ofPorts(expected));
    }

    @Property(tries = 200)
    void textRoundTripsThroughParse(@ForAll @Size(max = 8) java.util.List<@IntRange(min = 1, max = 65535) Integer> ports) {
        PortSet set = PortSet.ofPorts(ports.stream().mapToInt(Integer::intValue).toArray());

        assertThat(PortSet.parse(set.toString())).isEqualTo(set);
    }
}
