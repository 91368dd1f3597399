package io.portolan.io.export.capirca;

import io.portolan.io.export.objects.RuleNumbers;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text as Capirca's files hold it: plain ASCII comments without double quotes, wrapped, and short lists of rule numbers. */
final class PolicyText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private PolicyText() {
    }

    /**
     * The text as one line of printable ASCII: accents dropped, arrows as {@code ->}, double quotes (which end a Capirca
     * comment) as single ones, anything else outside ASCII as {@code ?}, runs of blanks and line breaks as one space.
     */
    static String ascii(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .replace("\u2192", "->").replace("\u2013", "-").replace("\u2014", "-").replace("\u2018", "'")
                .replace("\u2019", "'").replace("\u201c", "'").replace("\u201d", "'").replace('"', '\'');
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            out.append(c == '\n' || c == '\t' || c == '\r' ? ' ' : c >= 32 && c < 127 ? c : '?');
        }
        return BLANKS.matcher(out).replaceAll(" ").strip();
    }

    /** The text cut to at most {@code max} characters, ending in {@code ...} when cut. */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3).stripTrailing() + "...";
    }

    /** The text in lines of at most {@code width} characters, broken at blanks (a longer word is cut). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!word.isEmpty()) {
                line.append(line.length() > 0 ? " " : "").append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Ascending numbers as runs ({@code 3-5, 9}), at most {@code max} runs: a group of a thousand rules still gives a short comment. */
    static String numbers(List<Integer> numbers, int max) {
        return RuleNumbers.runs(numbers, max);
    }
}
