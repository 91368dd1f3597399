package io.portolan.engine;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.catalog.Feature;
import io.portolan.catalog.PortRule;
import io.portolan.catalog.Setting;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's rules prepared for matching: each network rule with the type ids of its two ends and,
 * for each condition term, which ends declare the feature. Built once per catalog.
 */
final class RuleIndex {

    /**
     * A rule ready to match: the types at each end, the condition worked out per end, and the group of rules
     * that can ask for the same service between the same two nodes (-1 when no other rule can).
     */
    record IndexedRule(PortRule rule, List<String> fromTypes, List<String> toTypes, boolean peer, List<Term> terms,
                       List<Presence> requires, int serviceGroup) {

        /** The same rule in another service group. */
        IndexedRule inGroup(int group) {
            return new IndexedRule(rule, fromTypes, toTypes, peer, terms, requires, group);
        }
    }

    /** One {@code requires} entry: the types it names, and whether the design must hold one of them or none. */
    record Presence(List<String> typeIds, boolean absent) {

        /** True when the design's nodes, by type, meet the entry. */
        boolean holds(Map<String, ?> nodesByType) {
            boolean present = false;
            for (String typeId : typeIds) {
                present |= nodesByType.containsKey(typeId);
            }
            return present != absent;
        }
    }

    /** One condition term: the feature, whether it must be off, and the types that declare it. */
    record Term(String feature, boolean negated, Map<String, Boolean> declaredByType) {

        /** True when the node of the type meets the term (types that lack the feature always do). */
        boolean holds(String typeId, List<String> features) {
            if (!declaredByType.getOrDefault(typeId, false)) {
                return true;
            }
            return features.contains(feature) != negated;
        }
    }

    private final Catalog catalog;
    private final List<IndexedRule> rules;
    private final Map<String, String> vendorByFile = new HashMap<>();

    RuleIndex(Catalog catalog) {
        this.catalog = catalog;
        for (ComponentType type : catalog.types()) {
            vendorByFile.putIfAbsent(type.source(), type.vendor());
        }
        List<IndexedRule> indexed = new ArrayList<>();
        for (PortRule rule : catalog.rules()) {
            if (rule.local()) {
                continue;
            }
            List<ComponentType> from = catalog.select(rule.from());
            List<ComponentType> to = catalog.select(rule.to());
            List<Term> terms = new ArrayList<>();
            for (String term : rule.condition()) {
                String feature = PortRule.featureOf(term);
                Map<String, Boolean> declared = new HashMap<>();
                for (ComponentType type : from) {
                    declared.merge(type.id(), type.hasFeature(feature), Boolean::logicalOr);
                }
                for (ComponentType type : to) {
                    declared.merge(type.id(), type.hasFeature(feature), Boolean::logicalOr);
                }
                terms.add(new Term(feature, PortRule.isNegated(term), Map.copyOf(declared)));
            }
            List<Presence> requires = new ArrayList<>(rule.requires().size());
            for (String entry : rule.requires()) {
                requires.add(new Presence(ids(catalog.select(PortRule.requiredSelector(entry))), PortRule.requiresAbsence(entry)));
            }
            indexed.add(new IndexedRule(rule, ids(from), ids(to), rule.from().equals(rule.to()), List.copyOf(terms),
                    List.copyOf(requires), -1));
        }
        this.rules = ServiceGroups.assign(indexed);
    }

    private static List<String> ids(List<ComponentType> types) {
        return types.stream().map(ComponentType::id).toList();
    }

    /** The network rules (local rules left out), in catalog order. */
    List<IndexedRule> rules() {
        return rules;
    }

    /**
     * Why a rule applies between a node of one type and a node of another: the rule with its condition
     * named as the user reads it, each feature by the name the source's type gives it, else the destination's.
     */
    FlowReason reason(PortRule rule, String sourceType, String destinationType) {
        if (rule.condition().isEmpty()) {
            return new FlowReason(rule, null, "");
        }
        List<String> parts = new ArrayList<>(rule.condition().size());
        for (String term : rule.condition()) {
            String feature = PortRule.featureOf(term);
            String name = featureName(sourceType, feature).or(() -> featureName(destinationType, feature)).orElse(feature);
            parts.add(PortRule.isNegated(term) ? name + ": off" : name);
        }
        return new FlowReason(rule, null, String.join(" and ", parts));
    }

    /** The vendor whose catalog file holds the rule (the vendor of the file's types), or null when the file has none. */
    String vendorOf(PortRule rule) {
        return vendorByFile.get(rule.source());
    }

    /** The port a node has for a setting: the value the user chose, else the type's default. */
    int settingPort(Node node, String settingId) {
        Integer chosen = node.settings().get(settingId);
        if (chosen != null) {
            return chosen;
        }
        return catalog.type(node.typeId()).flatMap(t -> t.setting(settingId)).map(Setting::defaultValue).orElseThrow();
    }

    /** The name of a type's setting, for the words that say where a port comes from. */
    String settingName(String typeId, String settingId) {
        return catalog.type(typeId).flatMap(t -> t.setting(settingId)).map(Setting::name).orElse(settingId);
    }

    private Optional<String> featureName(String typeId, String featureId) {
        return catalog.type(typeId).flatMap(t -> t.feature(featureId)).map(Feature::name);
    }
}
