package io.portolan.engine.walkthrough;

import io.portolan.catalog.ComponentType;
import io.portolan.catalog.Feature;
import io.portolan.catalog.PortRule;
import io.portolan.catalog.SequenceStep;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.FlowKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says in a sentence why a design cannot carry a step: a type to place, flows the user suppressed, or the switches
 * its rules need. It reads the design and the catalog only; the flows are the engine's.
 */
final class MissingStepHint {

    private final FlowAnalysis analysis;
    private final SequenceStep step;

    MissingStepHint(FlowAnalysis analysis, SequenceStep step) {
        this.analysis = analysis;
        this.step = step;
    }

    /** The hint for a step without flows, given the types it names that the design does not place. */
    String hint(List<ComponentType> toPlace) {
        if (!toPlace.isEmpty()) {
            return "Place " + String.join(" and ", toPlace.stream().map(ComponentType::name).toList()) + ".";
        }
        if (suppressed()) {
            return "Its flows are suppressed: restore them in the flows table.";
        }
        Set<String> switches = switches();
        if (!switches.isEmpty()) {
            return "Its rules need " + String.join(" or ", switches) + ".";
        }
        return "No placed nodes meet its rules: check where they are placed (a gateway stands in for access from the internet).";
    }

    private boolean suppressed() {
        for (FlowKey key : analysis.design().overrides().suppressed()) {
            if (step.ruleIds().contains(key.ruleId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The conditions of the step's rules, each as the user reads it ({@code EDT (HDX over UDP) on}, {@code HTTP: off});
     * empty when one of its rules has none, since then no switch explains the missing flow.
     */
    private Set<String> switches() {
        Set<String> switches = new LinkedHashSet<>();
        for (String ruleId : step.ruleIds()) {
            PortRule rule = analysis.catalog().rule(ruleId).orElse(null);
            if (rule == null || rule.condition().isEmpty()) {
                return Set.of();
            }
            List<String> terms = rule.condition().stream().map(term -> featureName(rule, term)).toList();
            switches.add(String.join(" and ", terms));
        }
        return switches;
    }

    private String featureName(PortRule rule, String term) {
        String feature = PortRule.featureOf(term);
        String name = ends(rule).stream().map(t -> t.feature(feature)).flatMap(java.util.Optional::stream)
                .map(Feature::name).findFirst().orElse(feature);
        return PortRule.isNegated(term) ? name + ": off" : name + " on";
    }

    private List<ComponentType> ends(PortRule rule) {
        Set<ComponentType> types = new LinkedHashSet<>(analysis.catalog().select(rule.from()));
        types.addAll(analysis.catalog().select(rule.to()));
        return List.copyOf(types);
    }
}
