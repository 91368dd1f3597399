package io.portolan.catalog;

import io.portolan.catalog.CatalogReader.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks that need every file at once: duplicate ids, unknown types and tags, conditions. */
final class CatalogChecks {

    private final List<CatalogProblem> problems;
    private final Map<String, ComponentType> typesById = new LinkedHashMap<>();
    private final Map<String, List<ComponentType>> typesByTag = new HashMap<>();

    CatalogChecks(List<CatalogProblem> problems) {
        this.problems = problems;
    }

    /** Records every problem and returns the types, each id once. */
    List<ComponentType> check(List<Located<ComponentType>> types, List<Located<PortRule>> rules) {
        Map<String, Located<ComponentType>> firstType = new HashMap<>();
        for (Located<ComponentType> located : types) {
            ComponentType type = located.value();
            Located<ComponentType> first = firstType.putIfAbsent(type.id(), located);
            if (first != null) {
                problem(located, ".id", "duplicate type id '" + type.id() + "' (first in " + first.file() + " " + first.path() + ")");
                continue;
            }
            typesById.put(type.id(), type);
            for (String tag : type.tags()) {
                typesByTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(type);
            }
        }
        Map<String, Located<PortRule>> firstRule = new HashMap<>();
        for (Located<PortRule> located : rules) {
            PortRule rule = located.value();
            Located<PortRule> first = firstRule.putIfAbsent(rule.id(), located);
            if (first != null) {
                problem(located, ".id", "duplicate rule id '" + rule.id() + "' (first in " + first.file() + " " + first.path() + ")");
            }
            checkRule(located);
        }
        return List.copyOf(typesById.values());
    }

    private void checkRule(Located<PortRule> located) {
        PortRule rule = located.value();
        List<ComponentType> from = resolve(located, ".from", rule.from());
        List<ComponentType> to = resolve(located, ".to", rule.to());
        if (from == null || to == null) {
            return;
        }
        for (String term : rule.condition()) {
            String feature = PortRule.featureOf(term);
            if (!declaresAll(from, feature) && !declaresAll(to, feature)) {
                problem(located, ".condition", "condition '" + feature + "' names a feature that neither " + rule.from()
                        + " nor " + rule.to() + " has; declare it under the type's \"features\"");
            }
        }
        for (int i = 0; i < rule.requires().size(); i++) {
            TypeSelector required = PortRule.requiredSelector(rule.requires().get(i));
            resolve(located, ".requires[" + i + "]", required);
        }
        if (rule.portSetting() != null && to.stream().anyMatch(t -> t.setting(rule.portSetting()).isEmpty())) {
            problem(located, ".portSetting", "setting '" + rule.portSetting() + "' is not declared by every type of "
                    + rule.to() + "; declare it under the type's \"settings\"");
        }
        for (int i = 0; i < rule.viaGateways().size(); i++) {
            String gateway = rule.viaGateways().get(i);
            if (!typesById.containsKey(gateway)) {
                problem(located, ".viaGateway[" + i + "]", "unknown gateway type '" + gateway + "'");
            }
        }
    }

    private List<ComponentType> resolve(Located<PortRule> located, String field, TypeSelector selector) {
        if (selector.isTag()) {
            List<ComponentType> tagged = typesByTag.get(selector.tag());
            if (tagged == null) {
                problem(located, field, "unknown tag '" + selector.tag() + "': no component type carries it");
            }
            return tagged;
        }
        ComponentType type = typesById.get(selector.text());
        if (type == null) {
            problem(located, field, "unknown component type '" + selector.text() + "'");
            return null;
        }
        return List.of(type);
    }

    private static boolean declaresAll(List<ComponentType> types, String feature) {
        return !types.isEmpty() && types.stream().allMatch(t -> t.hasFeature(feature));
    }

    private void problem(Located<?> located, String field, String message) {
        problems.add(new CatalogProblem(located.file(), located.path() + field, message));
    }
}
