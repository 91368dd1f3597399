package io.portolan.io.export;

import io.portolan.engine.FirewallRule;

/**
 * What a rule's address columns say: the addresses its ends use, or the names of the objects that stand for them
 * (the workbook with objects).
 */
public interface AddressNaming {

    /** The addresses, as the request has always written them. */
    AddressNaming ADDRESSES = new AddressNaming() {
        @Override
        public String source(FirewallRule rule) {
            return rule.sourceAddress();
        }

        @Override
        public String destination(FirewallRule rule) {
            return rule.destinationAddress();
        }
    };

    /** The Source address column of the rule. */
    String source(FirewallRule rule);

    /** The Destination address column of the rule. */
    String destination(FirewallRule rule);
}
