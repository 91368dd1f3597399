package io.portolan.io.export.objects;

import java.util.ArrayList;
import java.util.List;

/** Rule numbers as a request reader writes them: ascending runs, {@code 3-5, 9}. */
public final class RuleNumbers {

    private RuleNumbers() {
    }

    /** Every number, as runs. */
    public static String runs(List<Integer> numbers) {
        return runs(numbers, Integer.MAX_VALUE);
    }

    /** At most {@code max} runs, then how many numbers more ({@code 1, 3 and 12 more}). */
    public static String runs(List<Integer> numbers, int max) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < numbers.size() && runs.size() < max) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            runs.add(i == j ? numbers.get(i).toString() : numbers.get(i) + "-" + numbers.get(j));
            i = j + 1;
        }
        String text = String.join(", ", runs);
        return i < numbers.size() ? text + " and " + (numbers.size() - i) + " more" : text;
    }
}
