package io.portolan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** What holds for any address, range and block, checked on random ones. */
class AddressesPropertyTest {

    private static final long MAX_IPV4 = 0xFFFF_FFFFL;

    private static String ipv4(long value) {
        return (value >>> 24) + "." + (value >>> 16 & 0xFF) + "." + (value >>> 8 & 0xFF) + "." + (value & 0xFF);
    }

    private static AddressItem item(String text) {
        return Addresses.items(text).get(0);
    }

    @Property(tries = 300)
    void everyDottedQuadIsAnIpv4AddressThatRoundTrips(@ForAll @Size(4) List<@IntRange(max = 255) Integer> parts) {
        String text = String.join(".", parts.stream().map(String::valueOf).toList());

        assertThat(Addresses.isIpv4(text)).isTrue();
        AddressItem address = item(text);
        assertThat(address.canonical()).isEqualTo(text);
        assertThat(address.first()).isEqualTo(text);
        assertThat(address.last()).isEqualTo(text);
    }

    @Property(tries = 1000)
    void aPlainIpv4AddressIsReadAsTheLibraryReadsIt(
            @ForAll @Size(min = 1, max = 6) List<@StringLength(max = 4) @NumericChars String> parts) {
        String text = String.join(".", parts);

        long value = Addresses.plainIpv4(text);

        assertThat(value >= 0).as(text).isEqualTo(Addresses.isIpv4(text));
        if (value >= 0) {
            assertThat(ipv4(value)).isEqualTo(item(text).canonical());
        }
    }

    @Property(tries = 300)
    void everyDottedQuadIsReadAsPlainIpv4AndNothingAroundIt(@ForAll @Size(4) List<@IntRange(max = 255) Integer> parts) {
        String text = String.join(".", parts.stream().map(String::valueOf).toList());

        assertThat(ipv4(Addresses.plainIpv4(text))).isEqualTo(text);
        assertThat(Addresses.plainIpv4("0" + text)).isEqualTo(-1);
        assertThat(Addresses.plainIpv4(text + " ")).isEqualTo(-1);
        assertThat(Addresses.plainIpv4(text + "/32")).isEqualTo(-1);
    }

    @Property(tries = 300)
    void everyIpv6AddressReadsBackFromItsCanonicalText(@ForAll @Size(8) List<@IntRange(max = 0xFFFF) Integer> groups) {
        String text = String.join(":", groups.stream().map(Integer::toHexString).toList());

        assertThat(Addresses.isIpv6(text)).isTrue();
        AddressItem address = item(text);
        assertThat(item(address.canonical())).isEqualTo(address);
        assertThat(address.coversSameAddresses(item(text.toUpperCase(java.util.Locale.ROOT)))).isTrue();
    }

    @Property(tries = 300)
    void aRangeContainsExactlyTheAddressesBetweenItsEnds(@ForAll @LongRange(max = MAX_IPV4) long a,
                                                         @ForAll @LongRange(max = MAX_IPV4) long b,
                                                         @ForAll @LongRange(max = MAX_IPV4) long probe) {
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        AddressItem range = item(ipv4(low) + "-" + ipv4(high));

        assertThat(range.contains(item(ipv4(probe)))).isEqualTo(low <= probe && probe <= high);
        assertThat(range.first()).isEqualTo(ipv4(low));
        assertThat(range.last()).isEqualTo(ipv4(high));
    }

    @Property(tries = 300)
    void aBlockContainsExactlyTheAddressesThatShareItsPrefix(@ForAll @LongRange(max = MAX_IPV4) long base,
                                                             @ForAll @IntRange(max = 32) int prefix,
                                                             @ForAll @LongRange(max = MAX_IPV4) long probe) {
        AddressItem block = Addresses.cidr(ipv4(base) + "/" + prefix);
        int hostBits = 32 - prefix;

        assertThat(block.contains(item(ipv4(probe)))).isEqualTo(base >>> hostBits == probe >>> hostBits);
        assertThat(block.contains(item(ipv4(base)))).isTrue();
        assertThat(block.hasHostBits()).isEqualTo((base & ((1L << hostBits) - 1)) != 0);
    }

    @Property(tries = 300)
    void twoRangesOverlapExactlyWhenTheirBoundsInterleave(@ForAll @LongRange(max = 1000) long a, @ForAll @LongRange(max = 1000) long b,
                                                          @ForAll @LongRange(max = 1000) long c, @ForAll @LongRange(max = 1000) long d) {
        AddressItem first = item(ipv4(Math.min(a, b)) + "-" + ipv4(Math.max(a, b)));
        AddressItem second = item(ipv4(Math.min(c, d)) + "-" + ipv4(Math.max(c, d)));
        boolean interleave = Math.max(Math.min(a, b), Math.min(c, d)) <= Math.min(Math.max(a, b), Math.max(c, d));

        assertThat(first.overlaps(second)).isEqualTo(interleave);
        assertThat(second.overlaps(first)).isEqualTo(interleave);
    }

    @Property(tries = 300)
    void aRangeIsInsideTwoAdjacentBlocksExactlyWhenItsEndsAre(@ForAll @IntRange(max = 511) int a, @ForAll @IntRange(max = 511) int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        long base = 10L << 24;
        AddressItem range = item(ipv4(base + low) + "-" + ipv4(base + high));
        List<AddressItem> zone = List.of(Addresses.cidr("10.0.0.0/24"), Addresses.cidr("10.0.1.0/25"));

        assertThat(range.isInside(zone)).isEqualTo(high < 256 + 128);
    }
}
