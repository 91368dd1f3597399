package io.portolan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.1.10", "0.0.0.0", "255.255.255.255", "192.168.0.1"})
    void dottedQuadsAreIpv4Addresses(String text) {
        assertThat(Addresses.isIpv4(text)).isTrue();
        assertThat(Addresses.isIpv6(text)).isFalse();
        assertThat(Addresses.isIp(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "2001:db8::1", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "FFFF::", "0001::1",
            "::ffff:10.0.0.1", "1:2:3:4:5:6:1.2.3.4", "2001:DB8:0:0:0:0:0:2"})
    void fullAndCompressedFormsAreIpv6Addresses(String text) {
        assertThat(Addresses.isIpv6(text)).isTrue();
        assertThat(Addresses.isIpv4(text)).isFalse();
        assertThat(Addresses.isIp(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "010.0.1.1", "256.1.1.1", "1.2.3", "1.2.3.4.5", " 1.2.3.4", "1.2.3.4 ", "1.2.3.4\t",
            "1 .2.3.4", "0x1.2.3.4", "1.2.3.*", "*", "1.2.3.4-5", "1.2.3.4/32", "1::2::3", ":1:2::", "00001::1",
            "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "fe80::1%eth0", "::ffff:1.02.3.4", "[::1]", "gw.example.com"})
    void otherNotationsAreNotAddresses(String text) {
        assertThat(Addresses.isIp(text)).isFalse();
    }

    @Test
    void digitsOtherThanAsciiAreNotAnAddress() {
        // they were read as digits before the IPAddress library; no firewall reads them so
        assertThat(Addresses.isIp("\u0661\u0660.0.0.1")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.1.0/24", "0.0.0.0/0", "10.0.1.10/32", "2001:db8::/32", "::/0", "::/128",
            "::ffff:1.2.3.4/120", "10.0.0.0/024", "10.0.1.5/24"})
    void cidrRangesHaveNoProblem(String text) {
        assertThat(Addresses.cidrProblem(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/0024", "::/00000", "10.0.0.1/2562425255", "::1/25512800000"})
    void aPrefixLengthOfMoreThanThreeDigitsIsAProblemNotAFailure(String text) {
        assertThat(Addresses.cidrProblem(text)).isPresent();
        assertThat(Addresses.addressListProblem(text)).isPresent();
        assertThat(Addresses.isIp(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10.0.1.0          | '10.0.1.0' is not a CIDR range: write it as address/prefix, e.g. 10.0.1.0/24
            10.0.1/24         | '10.0.1' in '10.0.1/24' is not an IP address
            /24               | '' in '/24' is not an IP address
            10.0.0.0/33       | '/33' in '10.0.0.0/33' is not a prefix length in 0..32
            ::/129            | '/129' in '::/129' is not a prefix length in 0..128
            10.0.0.0/         | '/' in '10.0.0.0/' is not a prefix length in 0..32
            10.0.0.0/+8       | '/+8' in '10.0.0.0/+8' is not a prefix length in 0..32
            10.0.0.0/24/8     | '/24/8' in '10.0.0.0/24/8' is not a prefix length in 0..32
            1.2.3.4/255.0.0.0 | '/255.0.0.0' in '1.2.3.4/255.0.0.0' is not a prefix length in 0..32
            """)
    void cidrProblemSaysWhichPartIsWrong(String text, String message) {
        assertThat(Addresses.cidrProblem(text)).contains(message);
    }

    @Test
    void aPrefixLengthInDigitsOtherThanAsciiIsAProblem() {
        // read as 24 before the IPAddress library
        assertThat(Addresses.cidrProblem("10.0.0.0/\u0662\u0664")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFF11\uFF10.0.0.1", "10.0.0.\uFF11", "\uFF11\uFF10.\uFF10.\uFF10.\uFF11", "2001:db8::\uFF11"})
    void fullWidthDigitsAreNotAnAddress(String text) {
        // U+FF10..U+FF19 are digits to Character.isDigit and Integer.parseInt, never to a firewall
        assertThat(Addresses.isIp(text)).isFalse();
        assertThat(Addresses.addressListProblem(text)).isPresent();
    }

    @Test
    void aPrefixLengthInFullWidthDigitsIsAProblem() {
        assertThat(Addresses.cidrProblem("10.0.0.0/\uFF12\uFF14"))
                .contains("'/\uFF12\uFF14' in '10.0.0.0/\uFF12\uFF14' is not a prefix length in 0..32");
        assertThat(Addresses.cidrProblem("2001:db8::/\uFF13\uFF12")).isPresent();
        assertThat(Addresses.addressListProblem("10.0.0.0/\uFF12\uFF14")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.1.10", "10.0.1.10, 10.0.1.11", "10.0.2.0/24, 2001:db8::1", "10.0.2.10-10.0.2.29",
            "10.0.2.10 - 10.0.2.29", "2001:db8::1-2001:db8::ff", "10.0.2.10-10.0.2.10", "10.0.1.10,", "  "})
    void addressListsOfAddressesRangesAndBlocksHaveNoProblem(String text) {
        assertThat(Addresses.addressListProblem(text)).isEmpty();
    }

    @Test
    void noAddressListHasNoProblem() {
        assertThat(Addresses.addressListProblem(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10.0.1.300                   | '10.0.1.300' is not an IP address
            10.0.1.10, gw.example.com    | 'gw.example.com' is not an IP address
            10.0.1.10,,10.0.1.11         | '' is not an IP address
            10.0.2.10-                   | '10.0.2.10-' is not an address range: write it as first-last, e.g. 10.0.2.10-10.0.2.29
            10.0.2.1-10.0.2.5-10.0.2.9   | '10.0.2.1-10.0.2.5-10.0.2.9' is not an address range: write it as first-last, e.g. 10.0.2.10-10.0.2.29
            10.0.2.0/33                  | '/33' in '10.0.2.0/33' is not a prefix length in 0..32
            """)
    void addressListProblemNamesTheFirstBadItem(String text, String message) {
        assertThat(Addresses.addressListProblem(text)).contains(message);
    }

    @Test
    void aRangeThatRunsBackwardsOpensAndIsWarnedAbout() {
        // a firewall rejects a range whose first address is above its last: a point to review, not a file that will not open
        assertThat(Addresses.addressListProblem("10.0.2.29-10.0.2.10")).isEmpty();
        assertThat(Addresses.addressListWarnings("10.0.1.5, 10.0.2.29-10.0.2.10")).containsExactly("'10.0.2.29-10.0.2.10' runs "
                + "backwards, which a firewall refuses: write the lower address first, 10.0.2.10-10.0.2.29");
        assertThat(Addresses.items("10.0.2.29-10.0.2.10")).singleElement()
                .satisfies(item -> assertThat(item.first() + "-" + item.last()).isEqualTo("10.0.2.10-10.0.2.29"));
    }

    @Test
    void aRangeFromAnIpv4ToAnIpv6AddressIsAProblem() {
        // no address lies between an IPv4 and an IPv6 address: no firewall object can hold it
        assertThat(Addresses.addressListProblem("10.0.2.10-2001:db8::1"))
                .contains("'10.0.2.10-2001:db8::1' runs from an IPv4 to an IPv6 address: both ends of a range are of one IP version");
    }

    @Test
    void aCidrRangeWithHostBitsIsWarnedAbout() {
        assertThat(Addresses.addressListWarnings("10.0.1.5/24")).singleElement().asString().contains("host bits");
        assertThat(Addresses.addressListWarnings("10.0.1.0/24, 10.0.2.7")).isEmpty();
    }

    @Test
    void splitTrimsTheItemsAndSkipsBlankOnes() {
        assertThat(Addresses.split(" 10.0.1.0/24 ,, 10.0.2.0/24 ")).containsExactly("10.0.1.0/24", "10.0.2.0/24");
        assertThat(Addresses.split(null)).isEmpty();
    }

    @Test
    void itemsOfAListAreReadInTheOrderWritten() {
        List<AddressItem> items = Addresses.items("10.0.1.10, 10.0.2.0/24, 10.0.3.10 - 10.0.3.20");

        assertThat(items).extracting(AddressItem::kind)
                .containsExactly(AddressItem.Kind.ADDRESS, AddressItem.Kind.CIDR, AddressItem.Kind.RANGE);
        assertThat(items).extracting(AddressItem::text).containsExactly("10.0.1.10", "10.0.2.0/24", "10.0.3.10 - 10.0.3.20");
    }

    @Test
    void aBlankListHasNoItems() {
        assertThat(Addresses.items(" ")).isEmpty();
    }

    @Test
    void itemsOfAnInvalidListFailWithTheListProblem() {
        assertThatThrownBy(() -> Addresses.items("10.0.1.10, 10.0.1.300"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'10.0.1.300' is not an IP address");
    }

    @Test
    void aZoneCidrThatIsNotOneFailsWithTheCidrProblem() {
        assertThatThrownBy(() -> Addresses.cidr("10.0.1.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a CIDR range");
    }
}
