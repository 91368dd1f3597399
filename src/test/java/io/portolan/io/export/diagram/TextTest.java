package io.portolan.io.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    private static final Font FONT = TextStyle.NODE_NAME.font(DiagramFonts.system());

    @Test
    void aNameOfAFewLinesIsKeptWhole() {
        String name = "Citrix Gateway appliances of the second site";
        List<String> lines = Text.lines(FONT, name, 142, 3);
        assertThat(String.join(" ", lines)).isEqualTo(name);
        assertThat(lines).hasSizeBetween(2, 3).allMatch(line -> DiagramFonts.width(FONT, line) <= 142);
    }

    @Test
    void aNameLongerThanItsLinesIsCutAfterTheLastWithAnEllipsis() {
        String word = "Lorem ipsum dolor sit amet ";
        String name = word.repeat(40_000 / word.length() + 1).substring(0, 40_000);
        List<String> lines = Text.lines(FONT, name, 142, 3);
        assertThat(lines).hasSize(3).allMatch(line -> DiagramFonts.width(FONT, line) <= 142);
        assertThat(lines.get(0)).startsWith("Lorem ipsum");
        assertThat(lines.get(2)).endsWith(Text.ELLIPSIS);
    }

    @Test
    void aWordWithoutSpacesIsCutBetweenLettersAndNeverInsideASurrogatePair() {
        String name = "\uD83D\uDD25".repeat(5_000);
        List<String> lines = Text.lines(FONT, name, 142, 2);
        assertThat(lines).hasSize(2);
        String last = lines.get(1);
        String kept = last.substring(0, last.length() - Text.ELLIPSIS.length());
        assertThat(kept.codePoints()).allMatch(cp -> cp == 0x1F525);
    }
}
