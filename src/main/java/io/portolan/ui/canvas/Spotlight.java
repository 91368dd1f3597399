package io.portolan.ui.canvas;

import io.portolan.engine.walkthrough.WalkthroughSequence;
import io.portolan.engine.walkthrough.WalkthroughStep;

/**
 * The walkthrough step the canvas shows: its edges and nodes bright with the step's ports, the firewalls they pass
 * bright, the rest faded, and a caption with the narrative.
 *
 * @param sequence the sequence walked through
 * @param index the step shown, from 0
 */
public record Spotlight(WalkthroughSequence sequence, int index) {

    public Spotlight {
        if (index < 0 || index >= sequence.steps().size()) {
            throw new IllegalArgumentException("step " + index + " of a sequence of " + sequence.steps().size());
        }
    }

    /** The step shown. */
    public WalkthroughStep step() {
        return sequence.steps().get(index);
    }

    /** {@code Step 3 of 11}. */
    public String position() {
        return "Step " + (index + 1) + " of " + sequence.steps().size();
    }
}
