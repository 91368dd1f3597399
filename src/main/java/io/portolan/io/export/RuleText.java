package io.portolan.io.export;

import io.portolan.catalog.ComponentType;
import io.portolan.catalog.Feature;
import io.portolan.catalog.Reference;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words a request uses for zones, hosts and references, worked out once per value: a large design
 * repeats the same few zones, types and references on every row.
 */
public final class RuleText {

    /** What the zone columns say for a node placed outside every zone. */
    public static final String NO_ZONE = "(outside every zone)";
    /** What the reference column says for a flow the user added by hand. */
    public static final String CUSTOM_REFERENCE = "Added by hand in the design (no vendor reference)";

    private final FlowAnalysis analysis;
    private final Map<String, Integer> zoneOrder = new HashMap<>();
    private final Map<String, String> hostsByType = new HashMap<>();
    private final Map<Reference, String> references = new HashMap<>();
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, String> cells = new HashMap<>();

    /** The words of an analysed design. */
    public RuleText(FlowAnalysis analysis) {
        this.analysis = analysis;
        List<Zone> zones = analysis.design().zones();
        for (int i = 0; i < zones.size(); i++) {
            zoneOrder.put(zones.get(i).id(), i);
        }
    }

    /** The zone's name, or {@link #NO_ZONE} for null. */
    public String zoneName(String zoneId) {
        return zoneId == null ? NO_ZONE : analysis.design().zone(zoneId).map(Zone::name).orElse(zoneId);
    }

    /** The zone's position in the design; nodes outside every zone sort last. */
    public int zoneOrder(String zoneId) {
        Integer order = zoneId == null ? null : zoneOrder.get(zoneId);
        return order == null ? Integer.MAX_VALUE : order;
    }

    /** The node's host name, or for an internet service without one the host names its catalog type gives. */
    public String host(Node node) {
        if (!node.host().isEmpty()) {
            return node.host();
        }
        return hostsByType.computeIfAbsent(node.typeId(), typeId -> analysis.hostOf(node));
    }

    /** The catalog type of a node, if the catalog has it. */
    public Optional<ComponentType> type(Node node) {
        return analysis.catalog().type(node.typeId());
    }

    /** The vendor document and section, with the catalog's note on how the row was read. */
    public String reference(Reference reference) {
        return references.computeIfAbsent(reference, r -> r.note() == null || r.note().isBlank() ? r.citation()
                : r.citation() + ". " + r.note().strip());
    }

    /** The feature names switched on for a node, in the node's order. */
    public String features(Node node) {
        List<String> names = new ArrayList<>(node.features().size());
        for (String feature : node.features()) {
            names.add(type(node).flatMap(t -> t.feature(feature)).map(Feature::name).orElse(feature));
        }
        return String.join(", ", names);
    }

    /**
     * One shared copy of a text. Merged rows repeat the same joined purposes, references and ports for
     * every node of a farm; sharing them keeps a table of 100,000 rows small.
     */
    public String canonical(String text) {
        String shared = canonical.putIfAbsent(text, text);
        return shared == null ? text : shared;
    }

    /**
     * The text as a cell of every output holds it ({@link CellText#safe}), worked out once per text: a node's name
     * is on every row of its rules, however long a user made it.
     */
    public String cell(String text) {
        String safe = cells.get(text);
        if (safe == null) {
            safe = CellText.safe(text);
            cells.put(text, safe);
        }
        return safe;
    }
}
