package io.portolan.engine;

import io.portolan.catalog.PortRule;
import io.portolan.catalog.Reference;
import io.portolan.model.AddressRole;
import io.portolan.model.CustomFlow;
import java.util.Objects;

/**
 * One reason a flow must be allowed: the catalog rule that asks for it between these two kinds of
 * component, or the custom flow a user added by hand.
 *
 * @param rule the catalog rule, or null for a custom flow
 * @param custom the custom flow, or null for a catalog rule
 * @param condition the features the rule needs, by the names a user reads ({@code EDT (HDX over UDP)},
 *     {@code Legacy cache sync: off}), joined with {@code and}; empty when it always applies, never null
 */
public record FlowReason(PortRule rule, CustomFlow custom, String condition) {

    public FlowReason {
        if ((rule == null) == (custom == null)) {
            throw new IllegalArgumentException("a flow reason is a catalog rule or a custom flow, not both or neither");
        }
        condition = Objects.requireNonNullElse(condition, "");
    }

    /** The reason of a flow a user added by hand. */
    public static FlowReason custom(CustomFlow custom) {
        return new FlowReason(null, Objects.requireNonNull(custom, "custom"), "");
    }

    /** True for a flow a user added by hand. */
    public boolean isCustom() {
        return custom != null;
    }

    /** The rule id, or {@code custom:ID} for a custom flow. */
    public String ruleId() {
        return rule != null ? rule.id() : "custom:" + custom.id();
    }

    /** Why the traffic is needed: the document's words, or the user's for a custom flow. */
    public String purpose() {
        return rule != null ? rule.purpose() : custom.purpose();
    }

    /** The vendor document and section, or null for a custom flow. */
    public Reference reference() {
        return rule != null ? rule.reference() : null;
    }

    /** Which address of the source the connections come from: the rule's, or the outbound address for a custom flow. */
    public AddressRole fromAddress() {
        return rule != null ? rule.fromAddress() : AddressRole.OUTBOUND;
    }

    /** Which address of the destination the connections go to: the rule's, or the address for a custom flow. */
    public AddressRole toAddress() {
        return rule != null ? rule.toAddress() : AddressRole.SERVICE;
    }

    /** True when the traffic is needed only while installing (push installation of agents). */
    public boolean temporary() {
        return rule != null && rule.temporary();
    }

    /** True when the vendor marks the row optional; a custom flow is always required. */
    public boolean optional() {
        return rule != null && rule.optional();
    }
}
