package io.portolan.engine.walkthrough;

import io.portolan.catalog.ComponentType;
import io.portolan.catalog.SequenceStep;
import io.portolan.engine.Boundary;
import io.portolan.engine.Flow;
import io.portolan.engine.PortLabels;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One step of a sequence as a design carries it: the flows of its rules, the firewalls they pass, or, when it has no
 * flow, what to place or change.
 *
 * @param number the step's place in its sequence, from 1
 * @param step the catalog's step: title, narrative, rules and reference
 * @param flows the flows of the design that carry the step, in engine order; empty when the design cannot carry it
 * @param firewalls the firewalls and implicit boundaries those flows pass, each once, in the order met
 * @param toPlace the types the step names to place that the design does not hold; may be empty
 * @param hint what the design lacks for the step, in a sentence ({@code Place StoreFront.}); empty when it is carried
 * @param waiting for a step the design cannot carry, the ids of the placed nodes its rules could start or end at (the
 *     Gateway that has no StoreFront to reach), in design order; empty when it is carried
 */
public record WalkthroughStep(int number, SequenceStep step, List<Flow> flows, List<Boundary> firewalls,
                              List<ComponentType> toPlace, String hint, List<String> waiting) {

    public WalkthroughStep {
        flows = List.copyOf(flows);
        firewalls = List.copyOf(firewalls);
        toPlace = List.copyOf(toPlace);
        hint = hint == null ? "" : hint;
        waiting = List.copyOf(waiting);
    }

    /** The step's title. */
    public String title() {
        return step.title();
    }

    /** True when no flow of the design carries the step. */
    public boolean missing() {
        return flows.isEmpty();
    }

    /** True when the step is missing and the sequence needs it: an optional step a design leaves out is not a gap. */
    public boolean gap() {
        return missing() && !step.optional();
    }

    /** The ids of the nodes at either end of the step's flows, in the order met; for a missing step, those waiting. */
    public Set<String> nodeIds() {
        Set<String> ids = new LinkedHashSet<>(waiting);
        for (Flow flow : flows) {
            ids.add(flow.source().id());
            ids.add(flow.destination().id());
        }
        return ids;
    }

    /** The ports of the step's flows as an edge label writes them ({@code TCP 1494, 2598 | UDP 1494, 2598}); empty when missing. */
    public String portLabel() {
        return flows.isEmpty() ? "" : PortLabels.label(flows);
    }
}
