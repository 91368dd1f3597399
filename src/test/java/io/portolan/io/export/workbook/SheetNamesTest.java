package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FW-Outer|FW-Outer",
        "DMZ / Internal boundary|DMZ - Internal boundary",
        "a[b]c:d*e?f/g\\h|a-b-c-d-e-f-g-h",
        "'quoted'|quoted",
        "   |Firewall",
        "Internal / Management boundary for the lab|Internal - Management boundary",
        "Internet / Cloud services boundary|Internet - Cloud services",
    })
    void nameIsMadeValid(String wanted, String expected) {
        assertThat(SheetNames.safe(wanted)).isEqualTo(expected);
    }

    @Test
    void repeatedNamesGetANumberWithinThirtyOneCharacters() {
        SheetNames names = new SheetNames("Rules");
        assertThat(names.unique("rules")).isEqualTo("rules (2)");
        assertThat(names.unique("Rules")).isEqualTo("Rules (3)");
        String long1 = names.unique("A firewall with a name far too long");
        String long2 = names.unique("A firewall with a name far too long, again");
        assertThat(long1).isEqualTo("A firewall with a name far too");
        assertThat(long2).isEqualTo("A firewall with a name far (2)").hasSizeLessThanOrEqualTo(31);
    }

    @Test
    void excelsReservedHistoryNameIsNeverUsed() {
        assertThat(new SheetNames().unique("History")).isEqualTo("History (2)");
    }
}
