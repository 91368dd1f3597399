package io.portolan.io.export.capirca;

import java.util.List;

/**
 * The policies cannot be written as asked: a rule a chosen platform's generator cannot write (which, and why), two
 * firewalls whose policy files would share a name, or aclgen failing on the policies. Nothing is written.
 */
public final class CapircaException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** The problems, one line each. */
    public CapircaException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
