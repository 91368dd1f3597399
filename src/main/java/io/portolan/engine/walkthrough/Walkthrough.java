package io.portolan.engine.walkthrough;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.catalog.ConnectionSequence;
import io.portolan.catalog.PortRule;
import io.portolan.catalog.SequenceStep;
import io.portolan.catalog.TypeSelector;
import io.portolan.engine.Boundary;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.Hop;
import io.portolan.model.Design;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The connection sequences of the catalog that apply to an analysed design, each step with the flows that carry it.
 * A step's flows are the analysis's flows of its rules (narrowed to its sources and destinations), so the walkthrough
 * shows exactly what the request asks for; a step without one says what to place. Immutable.
 */
public final class Walkthrough {

    private final FlowAnalysis analysis;
    private final Map<String, List<Integer>> flowsByRule = new HashMap<>();
    private final Set<String> placedTypes = new HashSet<>();
    private final List<WalkthroughSequence> sequences;

    private Walkthrough(FlowAnalysis analysis) {
        this.analysis = analysis;
        List<Flow> flows = analysis.flows();
        for (int i = 0; i < flows.size(); i++) {
            for (String ruleId : flows.get(i).ruleIds()) {
                flowsByRule.computeIfAbsent(ruleId, r -> new ArrayList<>()).add(i);
            }
        }
        for (Node node : analysis.design().nodes()) {
            placedTypes.add(node.typeId());
        }
        List<WalkthroughSequence> applying = new ArrayList<>();
        for (ConnectionSequence sequence : analysis.catalog().sequences()) {
            if (applies(sequence)) {
                applying.add(walk(sequence, true));
            }
        }
        this.sequences = List.copyOf(applying);
    }

    /** The walkthrough of the analysed design: the catalog's sequences that apply to it, in catalog order. */
    public static Walkthrough of(FlowAnalysis analysis) {
        return new Walkthrough(analysis);
    }

    /** The sequences that apply to the design, in catalog order; empty when none does. */
    public List<WalkthroughSequence> sequences() {
        return sequences;
    }

    /** The applying sequence with the id, if any. */
    public Optional<WalkthroughSequence> sequence(String id) {
        return sequences.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Any sequence of the catalog walked through the design, whether it applies or not (then {@code applies()} is false). */
    public WalkthroughSequence walk(ConnectionSequence sequence) {
        return sequence(sequence.id()).orElseGet(() -> walk(sequence, applies(sequence)));
    }

    /** True when the design holds a node of every type or tag the sequence requires, and none of those it must not hold. */
    public boolean applies(ConnectionSequence sequence) {
        Catalog catalog = analysis.catalog();
        for (String entry : sequence.requires()) {
            boolean present = catalog.select(PortRule.requiredSelector(entry)).stream().anyMatch(t -> placedTypes.contains(t.id()));
            if (present == PortRule.requiresAbsence(entry)) {
                return false;
            }
        }
        return true;
    }

    private WalkthroughSequence walk(ConnectionSequence sequence, boolean applies) {
        List<WalkthroughStep> steps = new ArrayList<>(sequence.steps().size());
        for (int i = 0; i < sequence.steps().size(); i++) {
            steps.add(step(i + 1, sequence.steps().get(i)));
        }
        return new WalkthroughSequence(sequence, applies, steps);
    }

    private WalkthroughStep step(int number, SequenceStep step) {
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String ruleId : step.ruleIds()) {
            indexes.addAll(flowsByRule.getOrDefault(ruleId, List.of()));
        }
        List<Flow> flows = new ArrayList<>(indexes.size());
        Set<Boundary> firewalls = new LinkedHashSet<>();
        for (int index : indexes) {
            Flow flow = analysis.flows().get(index);
            if (matches(step.from(), flow.source()) && matches(step.to(), flow.destination())) {
                flows.add(flow);
                flow.route().hops().stream().map(Hop::boundary).forEach(firewalls::add);
            }
        }
        List<ComponentType> toPlace = new ArrayList<>();
        for (String typeId : step.place()) {
            if (!placedTypes.contains(typeId)) {
                analysis.catalog().type(typeId).ifPresent(toPlace::add);
            }
        }
        if (!flows.isEmpty()) {
            return new WalkthroughStep(number, step, flows, List.copyOf(firewalls), toPlace, "", List.of());
        }
        return new WalkthroughStep(number, step, flows, List.of(), toPlace, new MissingStepHint(analysis, step).hint(toPlace),
                waiting(step));
    }

    /** The placed nodes a missing step's rules could start or end at, within its narrowing. */
    private List<String> waiting(SequenceStep step) {
        Catalog catalog = analysis.catalog();
        List<PortRule> rules = step.ruleIds().stream().map(catalog::rule).flatMap(Optional::stream).toList();
        List<String> ids = new ArrayList<>();
        for (Node node : analysis.design().nodes()) {
            ComponentType type = catalog.type(node.typeId()).orElse(null);
            if (type != null && rules.stream().anyMatch(r -> r.from().matches(type) && matches(step.from(), node)
                    || r.to().matches(type) && matches(step.to(), node))) {
                ids.add(node.id());
            }
        }
        return ids;
    }

    private boolean matches(TypeSelector selector, Node node) {
        return selector == null || analysis.catalog().type(node.typeId()).map(selector::matches).orElse(false);
    }

    /** The design the walkthrough is of. */
    public Design design() {
        return analysis.design();
    }
}
