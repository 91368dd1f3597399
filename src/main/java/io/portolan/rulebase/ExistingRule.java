package io.portolan.rulebase;

/**
 * One rule of the rulebase in place, as read: where it sits in the order the firewall evaluates, what it matches, and
 * whether it allows or denies.
 *
 * @param index its place in the rulebase, from 0; rules are evaluated in this order
 * @param row its row in the file (the header is row 1)
 * @param firewalls the firewalls it is on, as the file names them; empty for a rule on every firewall
 * @param name its name, or {@code row N} when the file gives none
 * @param allow true for allow, accept, permit or pass; false for deny, drop, reject or block
 * @param source the source addresses, groups expanded
 * @param destination the destination addresses, groups expanded
 * @param services the protocols and ports
 * @param sourceText the source cell as written
 * @param destinationText the destination cell as written
 * @param serviceText the service (or protocol and ports) as written
 * @param actionText the action as written
 */
public record ExistingRule(int index, int row, java.util.List<String> firewalls, String name, boolean allow, AddressSet source,
                           AddressSet destination, Services services, String sourceText, String destinationText,
                           String serviceText, String actionText) {

    public ExistingRule {
        firewalls = java.util.List.copyOf(firewalls);
    }

    /** {@code 'web-in' (row 12)}, as messages name the rule. */
    public String label() {
        return "'" + name + "' (row " + row + ")";
    }
}
