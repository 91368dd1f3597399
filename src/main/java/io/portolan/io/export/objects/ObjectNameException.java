package io.portolan.io.export.objects;

import java.util.List;

/**
 * Objects that cannot be named: two things of the design whose names would become one object name once cleaned
 * for the firewall. Each problem names both things and the name, and says what to rename.
 */
public final class ObjectNameException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** The problems, one line each. */
    public ObjectNameException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
