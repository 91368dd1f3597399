package io.portolan.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.portolan.model.PortSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A service read by the quick path for {@code tcp/443} and {@code udp/1812-1813} gives the ports, or the error, that the
 * general reading of every written form gives: for ports from 0 to past 65535, leading zeros, ranges the wrong way
 * round, and text around the numbers.
 */
class ServicesPropertyTest {

    @Provide
    Arbitrary<String> services() {
        Arbitrary<String> protocol = Arbitraries.of("tcp", "udp", "tcp-udp", "icmp", "6", "ip", "tcq");
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.integers().between(0, 70000).map(String::valueOf),
                Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(8));
        Arbitrary<String> ports = Combinators.combine(number, Arbitraries.of("", "-", "..", ",", " - ", "-"), number)
                .as((low, separator, high) -> separator.isEmpty() ? low : low + separator + high);
        return Combinators.combine(protocol, Arbitraries.of("/", "/", "/", "", " /"), ports).as((p, slash, text) -> p + slash + text);
    }

    @Property(tries = 3000)
    void theQuickPathReadsAsTheGeneralOne(@ForAll("services") String text) {
        Map<String, PortSet> general = new LinkedHashMap<>();
        // parse reads each item trimmed
        Throwable generalError = catchThrowable(() -> Services.addWritten(general, text.trim()));
        Services read = null;
        Throwable error = null;
        try {
            read = Services.parse(List.of(text));
        } catch (IllegalArgumentException e) {
            error = e;
        }

        if (generalError == null) {
            assertThat(error).as(text).isNull();
            assertThat(read.byProtocol()).as(text).isEqualTo(general);
        } else {
            assertThat(error).as(text).isNotNull().hasMessage(generalError.getMessage());
        }
    }

    @Property(tries = 1000)
    void onlyPlainServicesTakeTheQuickPathAndEveryValidOneDoes(@ForAll("services") String untrimmed) {
        String text = untrimmed.trim();
        boolean plain = text.matches("(tcp|udp)/\\d{1,6}(-\\d{1,6})?");
        boolean valid = catchThrowable(() -> Services.addWritten(new LinkedHashMap<>(), text)) == null;
        assertThat(Services.plainTcpOrUdp(text) != null).as(text).isEqualTo(plain && valid);
    }
}
