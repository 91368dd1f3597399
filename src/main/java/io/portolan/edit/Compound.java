package io.portolan.edit;

import io.portolan.model.Design;
import java.util.List;
import java.util.Objects;

/**
 * Several commands applied in order as one edit, so one undo step: the inspector's change to a field that several
 * selected nodes share.
 *
 * @param description what the whole edit does, for Undo
 * @param steps the commands, applied in this order, each to the design the one before it made
 */
public record Compound(String description, List<Command> steps) implements Command {

    public Compound {
        Objects.requireNonNull(description, "description");
        steps = List.copyOf(steps);
    }

    /**
     * Applies every step in turn.
     *
     * @throws IllegalArgumentException when a step refuses its edit; no step is then applied, since the design is a value
     */
    @Override
    public Design apply(Design design) {
        Design result = design;
        for (Command step : steps) {
            result = step.apply(result);
        }
        return result;
    }
}
