package io.portolan.io.export.workbook;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.catalog.Feature;
import io.portolan.catalog.PortRule;
import io.portolan.catalog.Reference;
import io.portolan.engine.Flow;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words the workbook uses for zones, hosts, conditions and references, worked out once per value:
 * a large design repeats the same few zones, types and rules on every row.
 */
final class RuleText {

    /** What the zone columns say for a node placed outside every zone. */
    static final String NO_ZONE = "(outside every zone)";
    /** What the reference column says for a flow the user added by hand. */
    static final String CUSTOM_REFERENCE = "Added by hand in the design (no vendor reference)";

    private final Design design;
    private final Catalog catalog;
    private final Map<String, Integer> zoneOrder = new HashMap<>();
    private final Map<String, String> hostsByType = new HashMap<>();
    private final Map<Reference, String> references = new HashMap<>();
    private final Map<ConditionKey, String> conditions = new HashMap<>();
    private final Map<String, String> canonical = new HashMap<>();

    RuleText(Design design, Catalog catalog) {
        this.design = design;
        this.catalog = catalog;
        List<Zone> zones = design.zones();
        for (int i = 0; i < zones.size(); i++) {
            zoneOrder.put(zones.get(i).id(), i);
        }
    }

    /** The zone's name, or {@link #NO_ZONE} for null. */
    String zoneName(String zoneId) {
        return zoneId == null ? NO_ZONE : design.zone(zoneId).map(Zone::name).orElse(zoneId);
    }

    /** The zone's position in the design; nodes outside every zone sort last. */
    int zoneOrder(String zoneId) {
        Integer order = zoneId == null ? null : zoneOrder.get(zoneId);
        return order == null ? Integer.MAX_VALUE : order;
    }

    /** The node's host name, or for an internet service without one the host names its catalog type gives. */
    String host(Node node) {
        if (!node.host().isEmpty()) {
            return node.host();
        }
        return hostsByType.computeIfAbsent(node.typeId(),
                typeId -> catalog.type(typeId).map(t -> String.join(", ", t.hosts())).orElse(""));
    }

    /** The catalog type of a node, if the catalog has it. */
    Optional<ComponentType> type(Node node) {
        return catalog.type(node.typeId());
    }

    /** The vendor document and section, with the catalog's note on how the row was read. */
    String reference(Flow flow) {
        Reference reference = flow.reference();
        if (reference == null) {
            return CUSTOM_REFERENCE;
        }
        return references.computeIfAbsent(reference, r -> r.note() == null || r.note().isBlank() ? r.citation()
                : r.citation() + ". " + r.note().strip());
    }

    /** The features a flow depends on, by the names a user sees ({@code EDT (HDX over UDP)}); empty when none. */
    String condition(Flow flow) {
        PortRule rule = flow.rule();
        if (rule == null || rule.condition().isEmpty()) {
            return "";
        }
        String sourceType = flow.source().typeId();
        String destinationType = flow.destination().typeId();
        return conditions.computeIfAbsent(new ConditionKey(rule.id(), sourceType, destinationType),
                key -> describeCondition(rule, sourceType, destinationType));
    }

    private String describeCondition(PortRule rule, String sourceType, String destinationType) {
        List<String> parts = new ArrayList<>();
        for (String term : rule.condition()) {
            String feature = PortRule.featureOf(term);
            String name = featureName(sourceType, feature).or(() -> featureName(destinationType, feature)).orElse(feature);
            parts.add(PortRule.isNegated(term) ? name + " off" : name);
        }
        return String.join(" and ", parts);
    }

    private Optional<String> featureName(String typeId, String featureId) {
        return catalog.type(typeId).flatMap(t -> t.feature(featureId)).map(Feature::name);
    }

    /** The feature names switched on for a node, in the node's order. */
    String features(Node node) {
        List<String> names = new ArrayList<>(node.features().size());
        for (String feature : node.features()) {
            names.add(featureName(node.typeId(), feature).orElse(feature));
        }
        return String.join(", ", names);
    }

    /**
     * One shared copy of a text. Merged rows repeat the same joined purposes, references and ports for
     * every node of a farm; sharing them keeps a table of 100,000 rows small.
     */
    String canonical(String text) {
        String shared = canonical.putIfAbsent(text, text);
        return shared == null ? text : shared;
    }

    /** The design being described. */
    Design design() {
        return design;
    }

    private record ConditionKey(String ruleId, String sourceType, String destinationType) {
    }
}
