package io.portolan.io.export.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectNamingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Citrix Gateway                  | CITRIX_GATEWAY
            MFA (RADIUS)                    | MFA_RADIUS
            Zürich data centre              | ZURICH_DATA_CENTRE
            Store-Front  #2                 | STORE_FRONT_2
            10.0.0.1 jump host              | N_10_0_0_1_JUMP_HOST
            Admin workstation (RAS Console) | ADMIN_WORKSTATION_RAS_CONSOLE
            """)
    void wordsAreCleanedIntoANameEveryPlatformTakes(String words, String name) {
        assertThat(ObjectNaming.DEFAULT.name(words, "", "n1")).isEqualTo(name);
    }

    @Test
    void aNameWithNothingToKeepFallsBackToTheId() {
        assertThat(ObjectNaming.DEFAULT.name("中文", "", "node-7")).isEqualTo("NODE_7");
    }

    @Test
    void aLongNameIsCutBeforeItsSuffixToThirtyOneCharacters() {
        String name = ObjectNaming.DEFAULT.name("Citrix Virtual Delivery Agents for the finance department", "_OUT", "n1");

        assertThat(name).hasSize(ObjectNaming.MAX_LENGTH).endsWith("_OUT").startsWith("CITRIX_VIRTUAL_DELIVERY");
    }

    @Test
    void thePrefixAndTheCaseApplyToEveryName() {
        ObjectNaming naming = ObjectNaming.of("ptl_", NameCase.LOWER);

        assertThat(naming.name("Citrix Gateway", "_OUT", "n1")).isEqualTo("ptl_citrix_gateway_out");
        assertThat(naming.name("10.0.0.1", "", "n1")).isEqualTo("ptl_10_0_0_1");
    }

    @Test
    void aLowerCaseNameCapircaReservesGetsASuffix() {
        ObjectNaming lower = ObjectNaming.of("", NameCase.LOWER);

        assertThat(lower.name("Header", "", "n1")).isEqualTo("header_obj");
        assertThat(lower.name("EF", "", "n1")).isEqualTo("ef_obj");
        assertThat(ObjectNaming.DEFAULT.name("Header", "", "n1")).isEqualTo("HEADER");
    }

    @Test
    void zonesKeepTheirNameWithoutThePrefix() {
        assertThat(ObjectNaming.of("PTL_", NameCase.UPPER).zone("Data centre", "z1")).isEqualTo("DATA_CENTRE");
        assertThat(ObjectNaming.DEFAULT.zone("2nd floor", "z1")).isEqualTo("Z_2ND_FLOOR");
    }

    @ParameterizedTest
    @CsvSource({"1PTL", "PTL-", "a prefix", "ABCDEFGHIJKLM"})
    void aPrefixThatCannotStartANameIsRefusedSayingWhatItMustBe(String prefix) {
        assertThatThrownBy(() -> ObjectNaming.of(prefix, NameCase.UPPER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with a letter");
    }
}
