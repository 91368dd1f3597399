package io.portolan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressItemTest {

    private static AddressItem item(String text) {
        return Addresses.items(text).get(0);
    }

    private static List<AddressItem> cidrs(String... texts) {
        return List.of(texts).stream().map(Addresses::cidr).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10.0.1.10               | 10.0.1.10   | 10.0.1.10
            10.0.1.0/24             | 10.0.1.0    | 10.0.1.255
            10.0.2.10-10.0.2.29     | 10.0.2.10   | 10.0.2.29
            2001:DB8::/126          | 2001:db8::  | 2001:db8::3
            """)
    void anItemCoversTheAddressesFromItsFirstToItsLast(String text, String first, String last) {
        assertThat(item(text).first()).isEqualTo(first);
        assertThat(item(text).last()).isEqualTo(last);
    }

    @Test
    void aCidrBlockWithHostBitsSetIsReadAsItsBlockAndSaysSo() {
        AddressItem sloppy = Addresses.cidr("10.0.1.5/24");

        assertThat(sloppy.hasHostBits()).isTrue();
        assertThat(sloppy.first()).isEqualTo("10.0.1.0");
        assertThat(sloppy.last()).isEqualTo("10.0.1.255");
        assertThat(sloppy.hostBitsProblem()).contains("'10.0.1.5/24' has host bits set: it is read as the block 10.0.1.0/24");
    }

    @Test
    void aCidrBlockWrittenAtItsNetworkAddressHasNoHostBits() {
        assertThat(Addresses.cidr("10.0.1.0/24").hasHostBits()).isFalse();
        assertThat(Addresses.cidr("10.0.1.10/32").hasHostBits()).isFalse();
        assertThat(item("10.0.1.10").hostBitsProblem()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10.0.1.0/24          | 10.0.1.7                | true
            10.0.1.0/24          | 10.0.1.10-10.0.1.20     | true
            10.0.1.0/24          | 10.0.1.250-10.0.2.5     | false
            10.0.1.0/24          | 10.0.0.0/16             | false
            10.0.0.0/8           | ::a00:1                 | false
            10.0.2.10-10.0.2.29  | 10.0.2.29               | true
            10.0.2.10-10.0.2.29  | 10.0.2.30               | false
            2001:db8::/32        | 2001:db8:1::5           | true
            """)
    void containsHoldsWhenEveryAddressOfTheOtherIsInside(String outer, String inner, boolean contains) {
        assertThat(item(outer).contains(item(inner))).isEqualTo(contains);
    }

    @Test
    void aRangeSpanningTwoAdjacentZoneBlocksIsInsideTheZone() {
        AddressItem range = item("10.0.0.100-10.0.0.200");

        assertThat(range.isInside(cidrs("10.0.0.0/25", "10.0.0.128/25"))).isTrue();
        assertThat(range.isInside(cidrs("10.0.0.0/25"))).isFalse();
        assertThat(range.isInside(cidrs("10.0.0.128/25", "192.168.0.0/16"))).isFalse();
    }

    @Test
    void nothingIsInsideAZoneWithoutBlocks() {
        assertThat(item("10.0.0.1").isInside(List.of())).isFalse();
    }

    @Test
    void anIpv4AddressIsNeverInsideAnIpv6BlockOfTheSameValue() {
        assertThat(item("10.0.0.1").isInside(cidrs("::/96"))).isFalse();
        assertThat(item("::a00:1").isInside(cidrs("10.0.0.0/8"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10.0.2.10-10.0.2.29  | 10.0.2.29-10.0.2.40  | true
            10.0.2.10-10.0.2.29  | 10.0.2.30-10.0.2.40  | false
            10.0.1.0/24          | 10.0.1.128/25        | true
            10.0.1.0/24          | 10.0.2.0/24          | false
            10.0.0.1             | ::a00:1              | false
            """)
    void itemsOverlapWhenTheyShareAnAddress(String a, String b, boolean overlap) {
        assertThat(item(a).overlaps(item(b))).isEqualTo(overlap);
        assertThat(item(b).overlaps(item(a))).isEqualTo(overlap);
    }

    @Test
    void aBlockAndARangeOfTheSameAddressesCoverTheSameAddressesButAreNotEqual() {
        AddressItem block = item("10.0.1.0/30");
        AddressItem range = item("10.0.1.0-10.0.1.3");

        assertThat(block.coversSameAddresses(range)).isTrue();
        assertThat(block).isNotEqualTo(range);
        assertThat(block.coversSameAddresses(item("10.0.1.0-10.0.1.4"))).isFalse();
    }

    @Test
    void twoSpellingsOfOneIpv6AddressAreEqual() {
        AddressItem upper = item("2001:DB8:0:0:0:0:0:1");
        AddressItem compressed = item("2001:db8::1");

        assertThat(upper).isEqualTo(compressed).hasSameHashCodeAs(compressed);
        assertThat(upper.canonical()).isEqualTo("2001:db8::1");
        assertThat(upper.text()).isEqualTo("2001:DB8:0:0:0:0:0:1");
    }

    @Test
    void aBlockWithHostBitsIsNotEqualToItsNetworkBlock() {
        assertThat(Addresses.cidr("10.0.1.5/24")).isNotEqualTo(Addresses.cidr("10.0.1.0/24"));
        assertThat(Addresses.cidr("10.0.1.5/24").coversSameAddresses(Addresses.cidr("10.0.1.0/24"))).isTrue();
    }

    @Test
    void anItemKnowsItsIpVersion() {
        assertThat(item("10.0.0.1").isIpv4()).isTrue();
        assertThat(item("::ffff:10.0.0.1").isIpv4()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10.0.1.10              | 10.0.1.10/32
            10.0.1.5/24            | 10.0.1.0/24
            0.0.0.0/0              | 0.0.0.0/0
            10.0.2.10-10.0.2.13    | 10.0.2.10/31 10.0.2.12/31
            10.10.30.11-10.10.30.30 | 10.10.30.11/32 10.10.30.12/30 10.10.30.16/29 10.10.30.24/30 10.10.30.28/31 10.10.30.30/32
            2001:DB8::1            | 2001:db8::1/128
            """)
    void anItemIsTheFewestCidrBlocksHoldingExactlyItsAddresses(String text, String blocks) {
        assertThat(item(text).prefixBlocks()).containsExactly(blocks.split(" "));
    }
}
