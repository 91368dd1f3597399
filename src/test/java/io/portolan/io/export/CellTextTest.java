package io.portolan.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void controlCharactersOtherThanTabAndLineBreaksBecomeTheReplacementCharacter() {
        assertThat(CellText.safe("Zone\u0001A\u001B[2J\tB\nC\rD")).isEqualTo("Zone\uFFFDA\uFFFD[2J\tB\nC\rD");
    }

    @Test
    void loneSurrogatesAndNonCharactersAreReplacedAndPairsKept() {
        assertThat(CellText.safe("a\uD83D b\uDE00 \uD83D\uDE00 \uFFFF")).isEqualTo("a\uFFFD b\uFFFD \uD83D\uDE00 \uFFFD");
    }

    @Test
    void textThatFitsIsTheSameObject() {
        String name = "StoreFront \u00e9\u00e8 \uD83D\uDE00";
        assertThat(CellText.safe(name)).isSameAs(name);
        assertThat(CellText.safe(null)).isNull();
    }

    @Test
    void textLongerThanACellIsCutWithANoteAndNeverBetweenTheHalvesOfAnEmoji() {
        String emoji = "\uD83D\uDE00";
        String longText = "x".repeat(CellText.MAX_LENGTH - CellText.CUT_NOTE.length() - 1) + emoji + "y".repeat(100);

        String cut = CellText.safe(longText);

        assertThat(cut).hasSizeLessThanOrEqualTo(CellText.MAX_LENGTH).endsWith(CellText.CUT_NOTE);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - CellText.CUT_NOTE.length() - 1))).isFalse();
        assertThat(CellText.safe("n".repeat(5_000_000))).hasSize(CellText.MAX_LENGTH);
    }
}
