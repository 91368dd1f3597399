package io.portolan.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** A catalog that cannot be used; carries every problem found, not just the first. */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<CatalogProblem> problems;

    /** A catalog with the given problems, each naming its file and place. */
    public CatalogException(List<CatalogProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<CatalogProblem> problems() {
        return problems;
    }

    private static String describe(List<CatalogProblem> problems) {
        String lines = problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
        return "The catalog has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n" + lines;
    }
}
