package io.portolan.engine.walkthrough;

import io.portolan.catalog.ConnectionSequence;
import java.util.List;

/**
 * A connection sequence as a design carries it, step by step.
 *
 * @param sequence the catalog's sequence
 * @param applies true when the design holds what the sequence requires (a sequence asked for by name may not)
 * @param steps its steps in order, each with its flows or what it lacks
 */
public record WalkthroughSequence(ConnectionSequence sequence, boolean applies, List<WalkthroughStep> steps) {

    public WalkthroughSequence {
        steps = List.copyOf(steps);
    }

    /** The sequence's id. */
    public String id() {
        return sequence.id();
    }

    /** The sequence's name. */
    public String name() {
        return sequence.name();
    }

    /** True when every step the sequence needs (all but the optional ones) has a flow. */
    public boolean complete() {
        return steps.stream().noneMatch(WalkthroughStep::gap);
    }

    /** The steps the sequence needs that the design cannot carry, in order. */
    public List<WalkthroughStep> gaps() {
        return steps.stream().filter(WalkthroughStep::gap).toList();
    }
}
