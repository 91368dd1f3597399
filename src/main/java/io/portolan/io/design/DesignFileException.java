package io.portolan.io.design;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A design file that cannot be opened, with every problem found: each names the file, the place
 * (a JSON path, or a line and column for broken JSON) and what is wrong.
 */
public final class DesignFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * One thing wrong with a design file.
     *
     * @param file the file name as the user knows it
     * @param place {@code $.nodes[3].address}, or {@code line 12, column 5}
     * @param message what is wrong
     */
    public record Problem(String file, String place, String message) {
        @Override
        public String toString() {
            return "$".equals(place) ? file + ": " + message : file + " " + place + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public DesignFileException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
