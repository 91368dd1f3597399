package io.portolan.ui.panels;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.catalog.Feature;
import io.portolan.edit.Command;
import io.portolan.edit.Compound;
import io.portolan.edit.EditNode;
import io.portolan.edit.History.MergeKey;
import io.portolan.edit.MoveToZone;
import io.portolan.edit.SetFeature;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import io.portolan.ui.panels.InspectorField.Choice;
import io.portolan.ui.panels.InspectorField.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fields several selected nodes share, edited for all of them at once: the count, the zone, and the feature
 * switches every one of their types has. A field whose nodes differ shows {@link InspectorField#MIXED}; a change is one
 * command, so one undo step, however many nodes it touches. The zone field of a single node is built here too.
 */
final class SharedNodeFields {

    /** The heading of the shared fields. */
    static final String CATEGORY = "Nodes";
    /** The heading of the shared feature switches. */
    static final String FEATURES = "Features";
    /** What the zone field shows for a node outside every zone. */
    static final String NO_ZONE = "Outside every zone";

    private final Catalog catalog;
    private final Supplier<Design> design;
    private final BiFunction<Supplier<Command>, MergeKey, Optional<String>> run;

    /**
     * @param design the committed design, read when a field commits
     * @param run builds and executes a command, merged with the one before under the key (null for none); returns why
     *            it was refused
     */
    SharedNodeFields(Catalog catalog, Supplier<Design> design, BiFunction<Supplier<Command>, MergeKey, Optional<String>> run) {
        this.catalog = catalog;
        this.design = design;
        this.run = run;
    }

    /** The fields of the nodes, which are at least one. */
    List<InspectorField> of(List<Node> nodes) {
        Set<String> ids = Set.copyOf(nodes.stream().map(Node::id).toList());
        String what = nodes.size() + " nodes";
        List<InspectorField> fields = new ArrayList<>();
        MergeKey countKey = new MergeKey(CATEGORY + "/Count", ids);
        fields.add(new InspectorField(CATEGORY, "Count", "How many machines each node stands for", Kind.INTEGER,
                common(nodes, Node::count), List.of(), v -> run.apply(() -> count(nodes, (Integer) v, what), countKey)));
        fields.add(zone(CATEGORY, ids, common(nodes, Node::zoneId)));
        for (Feature feature : sharedFeatures(nodes)) {
            Object on = common(nodes, n -> n.hasFeature(feature.id()));
            fields.add(new InspectorField(FEATURES, feature.name(), feature.description(), Kind.SWITCH, on, List.of(),
                    v -> run.apply(() -> new SetFeature(ids, feature.id(), (Boolean) v), null)));
        }
        return fields;
    }

    /** The zone field of the nodes: a choice of the design's zones; choosing one moves them into it. */
    InspectorField zone(String category, Set<String> ids, Object zoneId) {
        List<Choice> zones = design.get().zones().stream().map(z -> new Choice(z.id(), z.name())).toList();
        return new InspectorField(category, "Zone", "The zone the node is in; choosing another moves it there", Kind.CHOICE,
                zoneId, zones, v -> run.apply(() -> MoveToZone.of(design.get(), ids, (String) v), null), NO_ZONE);
    }

    private static Command count(List<Node> nodes, int count, String what) {
        List<Command> steps = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            steps.add(EditNode.count(node.id(), count));
        }
        return new Compound("Set count of " + what, steps);
    }

    /** The value the nodes share, or {@link InspectorField#MIXED} when they differ. */
    private static Object common(List<Node> nodes, Function<Node, Object> value) {
        Object first = value.apply(nodes.get(0));
        for (Node node : nodes) {
            if (!Objects.equals(first, value.apply(node))) {
                return InspectorField.MIXED;
            }
        }
        return first;
    }

    /** The features every node's type has, in the first type's order; none when a type is not in the catalog. */
    private List<Feature> sharedFeatures(List<Node> nodes) {
        Map<String, Feature> shared = new LinkedHashMap<>();
        ComponentType first = catalog.type(nodes.get(0).typeId()).orElse(null);
        if (first == null) {
            return List.of();
        }
        first.features().forEach(f -> shared.put(f.id(), f));
        for (Node node : nodes) {
            Optional<ComponentType> type = catalog.type(node.typeId());
            shared.keySet().removeIf(id -> type.flatMap(t -> t.feature(id)).isEmpty());
        }
        return List.copyOf(shared.values());
    }

    /** The zone's name, or {@link #NO_ZONE}. */
    static String zoneName(Design design, String zoneId) {
        return zoneId == null ? NO_ZONE : design.zone(zoneId).map(Zone::name).orElse(NO_ZONE);
    }
}
