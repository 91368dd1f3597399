package io.portolan.edit;

import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import java.util.List;
import java.util.Objects;

/**
 * Removes a flow the user added by hand.
 *
 * @param customFlowId the id of the custom flow
 */
public record RemoveCustomFlow(String customFlowId) implements Command {

    public RemoveCustomFlow {
        Objects.requireNonNull(customFlowId, "customFlowId");
    }

    @Override
    public Design apply(Design design) {
        List<CustomFlow> kept = design.overrides().custom().stream().filter(c -> !c.id().equals(customFlowId)).toList();
        if (kept.size() == design.overrides().custom().size()) {
            return design;
        }
        return design.withOverrides(design.overrides().withCustom(kept));
    }

    @Override
    public String description() {
        return "Remove custom flow";
    }
}
