package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetNamesTest {

    private static final String FIRE = "\uD83D\uDD25";

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
    void aContinuedSheetIsNamedAfterItsFirstWithItsNumberWithinThirtyOneCharacters() {
        assertThat(SheetNames.continued("Rules", 2)).isEqualTo("Rules (2)");
        String longest = "Internal - Management boundary.";
        assertThat(longest).hasSize(31);
        assertThat(SheetNames.continued(longest, 2)).isEqualTo("Internal - Management bound (2)");
        assertThat(SheetNames.continued(longest, 12)).isEqualTo("Internal - Management boun (12)");
        assertThat(SheetNames.continued("Site A " + FIRE + " firewall, second hall", 3)).isEqualTo("Site A " + FIRE + " firewall, second (3)");
        assertThat(SheetNames.continued("A" + "b".repeat(25) + FIRE + "cd", 2)).isEqualTo("A" + "b".repeat(25) + " (2)");
    }

    @Test
    void anEmojiAcrossTheThirtyOneCharacterLimitIsDroppedWholeNotSplit() {
        // the emoji's two UTF-16 halves sit at indexes 30 and 31: a cut at 31 would keep a lone high surrogate
        assertThat(SheetNames.cut("x".repeat(30) + FIRE, SheetNames.MAX_LENGTH)).isEqualTo("x".repeat(30));
        assertThat(SheetNames.safe("x".repeat(30) + FIRE)).isEqualTo("x".repeat(30));
        assertThat(SheetNames.safe("x".repeat(30) + FIRE + " and more")).isEqualTo("x".repeat(30));
    }

    @Test
    void anEmojiThatEndsAtTheLimitIsKeptWhole() {
        assertThat(SheetNames.safe("y".repeat(29) + FIRE + "z")).isEqualTo("y".repeat(29) + FIRE).hasSize(SheetNames.MAX_LENGTH);
    }

    @Test
    void aRepeatedNameCutForItsNumberIsNotCutThroughAnEmoji() {
        SheetNames names = new SheetNames();
        String wanted = "w".repeat(26) + FIRE + "w";
        assertThat(names.unique(wanted)).isEqualTo(wanted);
        // room for 27 characters before " (2)": the emoji's halves are at 26 and 27
        assertThat(names.unique(wanted)).isEqualTo("w".repeat(26) + " (2)");
    }

    @Test
    void excelsReservedHistoryNameIsNeverUsed() {
        assertThat(new SheetNames().unique("History")).isEqualTo("History (2)");
    }
}
