package io.portolan.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Text cut to a room's width, found by halving and measuring only a bounded head of the text. */
class TextFitTest {

    /** A width that adds up per code point, as a font's advances do: narrow letters, wide ones, and an emoji. */
    private static double width(String text) {
        return text.codePoints().mapToDouble(cp -> cp == ' ' ? 3 : cp > 0xFFFF ? 14 : 4 + cp % 5).sum();
    }

    /** Counts what it measures. */
    private static final class Measured implements ToDoubleFunction<String> {
        int calls;
        long characters;
        int longest;

        @Override
        public double applyAsDouble(String text) {
            calls++;
            characters += text.length();
            longest = Math.max(longest, text.length());
            return width(text);
        }
    }

    /** The longest head of the text, trailing spaces dropped, that fits with the ellipsis: one code point less at a time. */
    private static String fitOneByOne(String text, double room) {
        if (width(text) <= room) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        for (int n = cps.length - 1; n > 0; n--) {
            String cut = new String(cps, 0, n).stripTrailing() + TextFit.ELLIPSIS;
            if (width(cut) <= room) {
                return cut;
            }
        }
        return TextFit.ELLIPSIS;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("a", "W", "i", " ", "Zürich", "\uD83D\uDE80", "mm", "  ");
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property(tries = 300)
    void aCutTextIsTheLongestHeadThatFitsAndNeverSplitsACharacter(@ForAll("texts") String text,
                                                                  @ForAll @IntRange(min = 0, max = 200) int room) {
        String fitted = TextFit.fit(text, room, TextFitTest::width);

        assertThat(fitted).isEqualTo(fitOneByOne(text, room));
        assertThat(fitted.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
        if (!fitted.equals(TextFit.ELLIPSIS)) {
            assertThat(width(fitted)).isLessThanOrEqualTo(room);
        }
    }

    @Test
    void aTextThatFitsIsLeftWhole() {
        assertThat(TextFit.fit("StoreFront", 100, TextFitTest::width)).isEqualTo("StoreFront");
        assertThat(TextFit.fit("", 0, TextFitTest::width)).isEmpty();
    }

    @Test
    void aFortyThousandCharacterNameIsMeasuredAFewTimesOverABoundedHead() {
        String word = "Lorem ipsum dolor sit amet ";
        String name = word.repeat(40_000 / word.length() + 1).substring(0, 40_000);
        Measured measured = new Measured();

        String fitted = TextFit.fit(name, 142, measured);

        assertThat(fitted).isEqualTo(fitOneByOne(name.substring(0, 200), 142));
        // one character less at a time measured some 40,000 texts of up to 40,000 characters each
        assertThat(measured.calls).isLessThanOrEqualTo(12);
        assertThat(measured.longest).isLessThanOrEqualTo(TextFit.MAX_MEASURED + 1);
    }

    @Test
    void theHeadIsCutBeforeASurrogatePairItWouldSplit() {
        String name = "a".repeat(TextFit.MAX_MEASURED - 1) + "\uD83D\uDE80".repeat(10);

        String fitted = TextFit.fit(name, 1_000_000, TextFitTest::width);

        assertThat(fitted).isEqualTo("a".repeat(TextFit.MAX_MEASURED - 1) + TextFit.ELLIPSIS);
    }

    @Test
    void tooltipLinesAreCutEachOnItsOwn() {
        String longName = "x".repeat(500);

        String cut = TextFit.cutLines(longName + "\nCitrix \u00b7 Citrix Gateway\n", 200);

        assertThat(cut.split("\n", -1)).containsExactly("x".repeat(199) + TextFit.ELLIPSIS, "Citrix \u00b7 Citrix Gateway", "");
        assertThat(TextFit.cutLines("\uD83D\uDE80".repeat(5), 3)).isEqualTo("\uD83D\uDE80\uD83D\uDE80" + TextFit.ELLIPSIS);
    }
}
