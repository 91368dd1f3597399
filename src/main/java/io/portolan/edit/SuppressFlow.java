package io.portolan.edit;

import io.portolan.model.Design;
import io.portolan.model.FlowKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Leaves an inferred flow out of the design, or restores one left out.
 *
 * @param key the rule and the two nodes of the flow
 * @param suppress true to leave it out, false to restore it
 */
public record SuppressFlow(FlowKey key, boolean suppress) implements Command {

    public SuppressFlow {
        Objects.requireNonNull(key, "key");
    }

    @Override
    public Design apply(Design design) {
        List<FlowKey> keys = new ArrayList<>(design.overrides().suppressed());
        boolean present = keys.contains(key);
        if (present == suppress) {
            return design;
        }
        if (suppress) {
            keys.add(key);
        } else {
            keys.remove(key);
        }
        return design.withOverrides(design.overrides().withSuppressed(keys));
    }

    @Override
    public String description() {
        return suppress ? "Suppress flow" : "Restore flow";
    }
}
