package io.portolan.model;

import java.util.List;
import java.util.TreeSet;

/**
 * What a user changed about the inferred flows: flows left out, flows added.
 *
 * @param suppressed inferred flows to leave out, sorted, each once
 * @param custom flows added by hand, in the order they were added
 */
public record FlowOverrides(List<FlowKey> suppressed, List<CustomFlow> custom) {

    public static final FlowOverrides NONE = new FlowOverrides(List.of(), List.of());

    public FlowOverrides {
        suppressed = List.copyOf(new TreeSet<>(suppressed));
        custom = List.copyOf(custom);
    }

    /** These overrides with other suppressed flows. */
    public FlowOverrides withSuppressed(List<FlowKey> newSuppressed) {
        return new FlowOverrides(newSuppressed, custom);
    }

    /** These overrides with other custom flows. */
    public FlowOverrides withCustom(List<CustomFlow> newCustom) {
        return new FlowOverrides(suppressed, newCustom);
    }

    /** True when nothing is overridden. */
    public boolean isEmpty() {
        return suppressed.isEmpty() && custom.isEmpty();
    }
}
