package io.portolan.rulebase;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the rulebase in place does with one required rule.
 *
 * @param status allowed, partly allowed or missing
 * @param allowedBy the rules in place that allow some of it, in rulebase order
 * @param deniedBy the rules in place that deny some of it before any rule allows it, in rulebase order
 * @param missing what is not allowed, as boxes of addresses and ports (empty when allowed)
 * @param protocol the protocol as the request writes it ({@code TCP})
 * @param note why it cannot be checked, when it cannot (no firewall can be named); otherwise empty
 */
public record RuleCheck(Status status, List<ExistingRule> allowedBy, List<ExistingRule> deniedBy, List<Box> missing,
                        String protocol, String note) {

    /** How much of a required rule the rulebase allows. */
    public enum Status {
        /** Every address and port of it. */
        ALLOWED("allowed"),
        /** Some of it; {@link RuleCheck#missing} says what is not. */
        PARTLY("partly allowed"),
        /** None of it. */
        MISSING("missing");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** {@code allowed}, {@code partly allowed} or {@code missing}. */
        public String label() {
            return label;
        }
    }

    /** A check of lists the caller hands over and no longer changes; they are not copied, since a check makes one per rule. */
    public RuleCheck {
        allowedBy = java.util.Collections.unmodifiableList(allowedBy);
        deniedBy = java.util.Collections.unmodifiableList(deniedBy);
        missing = java.util.Collections.unmodifiableList(missing);
    }

    /** {@code Yes: 'web-in' (row 12)}, {@code Partly: ...; missing TCP 8443}, {@code No: denied by ...}, or {@code No}. */
    public String text() {
        if (!note.isEmpty()) {
            return "No: " + note;
        }
        String allowed = names(allowedBy);
        return switch (status) {
            case ALLOWED -> "Yes: " + allowed;
            case PARTLY -> "Partly: allowed by " + allowed + "; missing " + missingText() + denied();
            case MISSING -> "No" + (deniedBy.isEmpty() ? "" : ": denied by " + names(deniedBy));
        };
    }

    private String denied() {
        return deniedBy.isEmpty() ? "" : "; denied by " + names(deniedBy);
    }

    /** What is missing, one part per box: {@code TCP 8443 from 10.0.1.7 to 10.0.2.5}. */
    public String missingText() {
        return missing.stream().map(this::boxText).collect(Collectors.joining("; "));
    }

    private String boxText(Box box) {
        String ports = box.ports().equals(Services.PORTLESS) ? "" : " " + box.ports();
        return protocol + ports + " from " + box.source().text() + " to " + box.destination().text();
    }

    private static String names(List<ExistingRule> rules) {
        return rules.stream().map(ExistingRule::label).collect(Collectors.joining(", "));
    }
}
