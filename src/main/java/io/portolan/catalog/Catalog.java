package io.portolan.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The validated set of component types, port rules and connection sequences, from the built-in files and any the
 * user adds.
 * Immutable; build one with {@link CatalogLoader}.
 */
public final class Catalog {

    private final List<ComponentType> types;
    private final List<PortRule> rules;
    private final Map<String, ComponentType> typesById;
    private final Map<String, PortRule> rulesById;
    private final Map<String, List<ComponentType>> typesByTag;
    private final List<String> files;
    private final List<ConnectionSequence> sequences;

    /** A catalog of the given types and rules, without connection sequences, which the caller has validated. */
    public Catalog(List<ComponentType> types, List<PortRule> rules, List<String> files) {
        this(types, rules, List.of(), files);
    }

    /** A catalog of the given types, rules and connection sequences, which the caller has validated. */
    public Catalog(List<ComponentType> types, List<PortRule> rules, List<ConnectionSequence> sequences, List<String> files) {
        this.types = List.copyOf(types);
        this.sequences = List.copyOf(sequences);
        this.rules = List.copyOf(rules);
        this.files = List.copyOf(files);
        Map<String, ComponentType> byId = new LinkedHashMap<>();
        Map<String, List<ComponentType>> byTag = new LinkedHashMap<>();
        for (ComponentType type : this.types) {
            byId.put(type.id(), type);
            for (String tag : type.tags()) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(type);
            }
        }
        byTag.replaceAll((tag, list) -> List.copyOf(list));
        Map<String, PortRule> ruleIndex = new LinkedHashMap<>();
        for (PortRule rule : this.rules) {
            ruleIndex.put(rule.id(), rule);
        }
        this.typesById = Collections.unmodifiableMap(byId);
        this.typesByTag = Collections.unmodifiableMap(byTag);
        this.rulesById = Collections.unmodifiableMap(ruleIndex);
    }

    /** All component types, in file order then declaration order. */
    public List<ComponentType> types() {
        return types;
    }

    /** All port rules, in file order then declaration order. */
    public List<PortRule> rules() {
        return rules;
    }

    /** The connection sequences, in file order then declaration order. */
    public List<ConnectionSequence> sequences() {
        return sequences;
    }

    /** The connection sequence with the id, if any. */
    public Optional<ConnectionSequence> sequence(String id) {
        return sequences.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The names of the files the catalog was read from, in load order. */
    public List<String> files() {
        return files;
    }

    /** The type with the id, if any. */
    public Optional<ComponentType> type(String id) {
        return Optional.ofNullable(typesById.get(id));
    }

    /** The rule with the id, if any. */
    public Optional<PortRule> rule(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    /** Every tag some type carries, sorted. */
    public List<String> tags() {
        return List.copyOf(new TreeSet<>(typesByTag.keySet()));
    }

    /** The types a selector picks out, in catalog order; empty for an unknown id or tag. */
    public List<ComponentType> select(TypeSelector selector) {
        if (selector.isTag()) {
            return typesByTag.getOrDefault(selector.tag(), List.of());
        }
        ComponentType type = typesById.get(selector.text());
        return type == null ? List.of() : List.of(type);
    }

    /** Vendor names in catalog order, each once. */
    public List<String> vendors() {
        return types.stream().map(ComponentType::vendor).distinct().toList();
    }

    /** The rules with the type at either end (after expanding tags), in catalog order. */
    public List<PortRule> rulesTouching(String typeId) {
        ComponentType type = typesById.get(typeId);
        if (type == null) {
            return List.of();
        }
        return rules.stream().filter(r -> r.from().matches(type) || r.to().matches(type)).toList();
    }
}
