package io.portolan.compare;

import io.portolan.engine.FirewallRule;
import java.util.List;

/**
 * One difference between two requests: a rule to add, one to remove, or one to change (its ports widened or
 * narrowed, an address or a zone changed).
 *
 * @param kind add, remove or change
 * @param before the rule of the earlier revision; null for an added rule
 * @param after the rule of the later revision; null for a removed rule
 * @param changes what changed, one phrase each ({@code ports widened: adds 8443}); empty unless {@code kind} is CHANGE
 */
public record RuleChange(Kind kind, FirewallRule before, FirewallRule after, List<String> changes) {

    /** What a firewall team does with a rule. */
    public enum Kind {
        /** A rule the later revision needs and the earlier did not. */
        ADD("Add"),
        /** A rule the earlier revision needed and the later does not. */
        REMOVE("Remove"),
        /** A rule both need, with other ports, addresses or zones. */
        CHANGE("Change");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** {@code Add}, {@code Remove} or {@code Change}, as the workbook's Change column says it. */
        public String label() {
            return label;
        }
    }

    public RuleChange {
        changes = List.copyOf(changes);
    }

    /** The rule as it is to be: the later one, or for a removal the earlier one. */
    public FirewallRule rule() {
        return after != null ? after : before;
    }

    /** What changed, as one line: {@code ports widened: adds 8443; destination address 10.0.2.5 -> 10.0.2.6}. */
    public String description() {
        return String.join("; ", changes);
    }
}
