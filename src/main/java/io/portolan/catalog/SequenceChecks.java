package io.portolan.catalog;

import io.portolan.catalog.CatalogReader.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checks of the connection sequences that need every file at once: unique ids, rule ids that exist and give
 * flows, type ids and tags that exist, narrowing that some rule can meet, and a reference that one of the step's
 * rules cites. A {@code TCP/UDP} row named by its id stands for both its rules.
 */
final class SequenceChecks {

    private final List<CatalogProblem> problems;
    private final Map<String, ComponentType> typesById = new LinkedHashMap<>();
    private final Map<String, List<ComponentType>> typesByTag = new HashMap<>();
    private final Map<String, PortRule> rulesById = new LinkedHashMap<>();

    SequenceChecks(List<CatalogProblem> problems, List<ComponentType> types, List<PortRule> rules) {
        this.problems = problems;
        for (ComponentType type : types) {
            typesById.put(type.id(), type);
            for (String tag : type.tags()) {
                typesByTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(type);
            }
        }
        for (PortRule rule : rules) {
            rulesById.putIfAbsent(rule.id(), rule);
        }
    }

    /** Records every problem and returns the sequences with their rule ids resolved, each id once. */
    List<ConnectionSequence> check(List<Located<ConnectionSequence>> sequences) {
        Map<String, Located<ConnectionSequence>> first = new HashMap<>();
        List<ConnectionSequence> checked = new ArrayList<>(sequences.size());
        for (Located<ConnectionSequence> located : sequences) {
            ConnectionSequence sequence = located.value();
            Located<ConnectionSequence> earlier = first.putIfAbsent(sequence.id(), located);
            if (earlier != null) {
                problem(located, ".id", "duplicate sequence id '" + sequence.id() + "' (first in " + earlier.file() + " "
                        + earlier.path() + ")");
                continue;
            }
            for (int i = 0; i < sequence.requires().size(); i++) {
                resolve(located, ".requires[" + i + "]", PortRule.requiredSelector(sequence.requires().get(i)));
            }
            List<SequenceStep> steps = new ArrayList<>(sequence.steps().size());
            for (int i = 0; i < sequence.steps().size(); i++) {
                steps.add(checkStep(located, ".steps[" + i + "]", sequence.steps().get(i)));
            }
            checked.add(sequence.withSteps(steps));
        }
        return checked;
    }

    private SequenceStep checkStep(Located<?> located, String path, SequenceStep step) {
        List<PortRule> rules = rules(located, path, step.ruleIds());
        for (int i = 0; i < step.place().size(); i++) {
            if (!typesById.containsKey(step.place().get(i))) {
                problem(located, path + ".place[" + i + "]", "unknown component type '" + step.place().get(i) + "'");
            }
        }
        if (rules.isEmpty()) {
            return step;
        }
        checkNarrowing(located, path + ".from", step.from(), rules.stream().map(PortRule::from).toList());
        checkNarrowing(located, path + ".to", step.to(), rules.stream().map(PortRule::to).toList());
        checkReference(located, path, step.reference(), rules);
        return step.withRuleIds(rules.stream().map(PortRule::id).toList());
    }

    /** The rules the ids name, a {@code TCP/UDP} row's id giving both its rules; unknown and local ones are reported. */
    private List<PortRule> rules(Located<?> located, String path, List<String> ids) {
        Set<PortRule> rules = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String place = path + ".rules[" + i + "]";
            List<PortRule> named = named(id);
            if (named.isEmpty()) {
                problem(located, place, "unknown rule id '" + id + "'");
            }
            for (PortRule rule : named) {
                if (rule.local()) {
                    problem(located, place, "rule '" + rule.id() + "' is local (it never leaves its host), so no flow can "
                            + "carry the step");
                }
                rules.add(rule);
            }
        }
        return List.copyOf(rules);
    }

    private List<PortRule> named(String id) {
        PortRule rule = rulesById.get(id);
        if (rule != null) {
            return List.of(rule);
        }
        PortRule tcp = rulesById.get(id + "-tcp");
        PortRule udp = rulesById.get(id + "-udp");
        return tcp != null && udp != null ? List.of(tcp, udp) : List.of();
    }

    /** A step narrowed to some sources (or destinations) that none of its rules can have would never be carried. */
    private void checkNarrowing(Located<?> located, String path, TypeSelector narrowing, List<TypeSelector> ends) {
        if (narrowing == null) {
            return;
        }
        List<ComponentType> wanted = resolve(located, path, narrowing);
        if (wanted == null) {
            return;
        }
        for (TypeSelector end : ends) {
            List<ComponentType> types = select(end);
            if (wanted.stream().anyMatch(types::contains)) {
                return;
            }
        }
        problem(located, path, "none of the step's rules has an end of " + narrowing + ", so no flow would carry it");
    }

    private void checkReference(Located<?> located, String path, Reference reference, List<PortRule> rules) {
        for (PortRule rule : rules) {
            Reference cited = rule.reference();
            if (Objects.equals(cited.document(), reference.document()) && Objects.equals(cited.section(), reference.section())) {
                return;
            }
        }
        Set<String> cited = new LinkedHashSet<>();
        rules.forEach(r -> cited.add("\"" + r.reference().section() + "\" of " + r.reference().document()));
        problem(located, path + ".reference", "a step cites the document and section of one of its rules: "
                + String.join(", ", cited));
    }

    private List<ComponentType> resolve(Located<?> located, String field, TypeSelector selector) {
        List<ComponentType> types = select(selector);
        if (types.isEmpty()) {
            problem(located, field, selector.isTag() ? "unknown tag '" + selector.tag() + "': no component type carries it"
                    : "unknown component type '" + selector.text() + "'");
            return null;
        }
        return types;
    }

    private List<ComponentType> select(TypeSelector selector) {
        if (selector.isTag()) {
            return typesByTag.getOrDefault(selector.tag(), List.of());
        }
        ComponentType type = typesById.get(selector.text());
        return type == null ? List.of() : List.of(type);
    }

    private void problem(Located<?> located, String field, String message) {
        problems.add(new CatalogProblem(located.file(), located.path() + field, message));
    }
}
