package io.portolan.io.design;

import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.catalog.Feature;
import io.portolan.catalog.Setting;
import io.portolan.json.JsonFields;
import io.portolan.model.Addresses;
import io.portolan.model.Node;
import io.portolan.model.NodeAddresses;
import io.portolan.model.Point;
import io.portolan.model.PortRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Reads the placed nodes of a design file, checking their types and features against the catalog. */
final class NodeReader {

    private static final Set<String> NODE_FIELDS = Set.of("id", "type", "name", "host", "address", "outboundAddress",
            "managementAddress", "memberAddresses", "zone", "position", "features", "count", "settings");

    private final DesignReading reading;
    private final JsonFields fields;
    private final Catalog catalog;

    NodeReader(DesignReading reading, Catalog catalog) {
        this.reading = reading;
        this.fields = reading.fields();
        this.catalog = catalog;
    }

    /** The nodes that are complete; every node with an id is known to the reading, complete or not. */
    List<Node> readNodes(JsonNode list) {
        return fields.objects(list, "$.nodes", NODE_FIELDS, this::readNode);
    }

    private Optional<Node> readNode(JsonNode node, String path) {
        String id = reading.id(node, path);
        String typeId = fields.requiredText(node, "type", path);
        Optional<ComponentType> type = type(typeId);
        String name = fields.requiredText(node, "name", path);
        String host = fields.textOrEmpty(node, "host", path);
        NodeAddresses addresses = new NodeAddresses(addresses(node, "address", path), addresses(node, "outboundAddress", path),
                addresses(node, "managementAddress", path), addresses(node, "memberAddresses", path));
        String zone = zone(node, path);
        Point position = reading.point(node.path("position"), path + ".position");
        List<String> features = fields.strings(node, "features", path);
        type.ifPresent(t -> checkFeatures(t, features, path));
        int count = count(node.get("count"), path);
        Map<String, Integer> settings = settings(node, type, path);
        if (id != null) {
            reading.addNode(id);
        }
        if (id == null || typeId == null || name == null || position == null) {
            return Optional.empty();
        }
        return Optional.of(new Node(id, typeId, name, host, addresses, zone, position, features, count, settings));
    }

    /**
     * The node's catalog type, if the catalog has it. A type the catalog lacks (a design made with a colleague's
     * catalog folder) is no problem: the node opens, keeps what the file says, and the analysis warns that it gets no
     * flows.
     */
    private Optional<ComponentType> type(String typeId) {
        return typeId == null ? Optional.empty() : catalog.type(typeId);
    }

    private String addresses(JsonNode node, String field, String path) {
        String text = fields.textOrEmpty(node, field, path);
        Addresses.addressListProblem(text).ifPresent(problem -> reading.problem(path + "." + field, problem));
        return text;
    }

    /** The zone the node names, or null for none or (reported) one that does not exist. */
    private String zone(JsonNode node, String path) {
        String zone = fields.text(node, "zone", path);
        if (zone != null && !reading.hasZone(zone)) {
            reading.problem(path + ".zone", "the node is in zone '" + zone + "', which does not exist");
            return null;
        }
        return zone;
    }

    private void checkFeatures(ComponentType type, List<String> features, String path) {
        for (int f = 0; f < features.size(); f++) {
            if (!type.hasFeature(features.get(f))) {
                reading.problem(path + ".features[" + f + "]", "'" + features.get(f) + "' is not a feature of " + type.name()
                        + (type.features().isEmpty() ? " (it has none)" : "; it has: "
                        + String.join(", ", type.features().stream().map(Feature::id).toList())));
            }
        }
    }

    /** The settings the node gives a value, each a setting of its type with a port in 1..65535. */
    private Map<String, Integer> settings(JsonNode node, Optional<ComponentType> type, String path) {
        JsonNode value = node.get("settings");
        Map<String, Integer> settings = new TreeMap<>();
        if (value == null || value.isNull()) {
            return settings;
        }
        if (!value.isObject()) {
            reading.problem(path + ".settings", "settings are an object of setting id to value, e.g. {\"peer-port\": 93}");
            return settings;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String place = path + ".settings." + entry.getKey();
            if (type.isPresent() && type.get().setting(entry.getKey()).isEmpty()) {
                reading.problem(place, "'" + entry.getKey() + "' is not a setting of " + type.get().name()
                        + (type.get().settings().isEmpty() ? " (it has none)" : "; it has: "
                        + String.join(", ", type.get().settings().stream().map(Setting::id).toList())));
            } else if (!JsonFields.isWholeNumber(entry.getValue(), PortRange.MIN_PORT, PortRange.MAX_PORT)) {
                reading.problem(place, "'" + entry.getValue() + "' is not a port in 1..65535");
            } else {
                settings.put(entry.getKey(), entry.getValue().asInt());
            }
        }
        return settings;
    }

    /** The count of machines; 1 when it is missing, null or (reported) not a whole number from 1. */
    private int count(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return 1;
        }
        if (!JsonFields.isWholeNumber(value, 1, 1_000_000)) {
            reading.problem(path + ".count", "'" + value + "' is not a count of machines (a whole number from 1)");
            return 1;
        }
        return value.asInt();
    }
}
