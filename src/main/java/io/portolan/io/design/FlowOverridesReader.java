package io.portolan.io.design;

import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.json.JsonFields;
import io.portolan.model.CustomFlow;
import io.portolan.model.FlowKey;
import io.portolan.model.FlowOverrides;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the flow overrides of a design file: suppressed inferred flows and custom flows, which name nodes read before. */
final class FlowOverridesReader {

    private static final Set<String> OVERRIDE_FIELDS = Set.of("suppressed", "custom");
    private static final Set<String> SUPPRESSED_FIELDS = Set.of("rule", "source", "destination");
    private static final Set<String> CUSTOM_FIELDS = Set.of("id", "source", "destination", "protocol", "ipProtocol", "ports",
            "purpose");

    private final DesignReading reading;
    private final JsonFields fields;

    FlowOverridesReader(DesignReading reading) {
        this.reading = reading;
        this.fields = reading.fields();
    }

    /** The overrides; none when the field is missing, null or (reported) not an object. */
    FlowOverrides readOverrides(JsonNode node) {
        if (node.isMissingNode() || node.isNull() || !fields.object(node, "$.overrides")) {
            return FlowOverrides.NONE;
        }
        fields.checkFields(node, "$.overrides", OVERRIDE_FIELDS);
        return new FlowOverrides(suppressed(fields.array(node, "suppressed", "$.overrides")),
                custom(fields.array(node, "custom", "$.overrides")));
    }

    private List<FlowKey> suppressed(JsonNode list) {
        return fields.objects(list, "$.overrides.suppressed", SUPPRESSED_FIELDS, this::suppressedFlow);
    }

    private Optional<FlowKey> suppressedFlow(JsonNode item, String path) {
        String rule = fields.requiredText(item, "rule", path);
        String source = nodeRef(item, "source", path);
        String destination = nodeRef(item, "destination", path);
        if (rule == null || source == null || destination == null) {
            return Optional.empty();
        }
        return Optional.of(new FlowKey(rule, source, destination));
    }

    private List<CustomFlow> custom(JsonNode list) {
        Set<String> customIds = new HashSet<>();
        return fields.objects(list, "$.overrides.custom", CUSTOM_FIELDS, (item, path) -> customFlow(item, path, customIds));
    }

    private Optional<CustomFlow> customFlow(JsonNode item, String path, Set<String> customIds) {
        String id = customId(item, path, customIds);
        String source = nodeRef(item, "source", path);
        String destination = nodeRef(item, "destination", path);
        Protocol protocol = fields.named(fields.requiredText(item, "protocol", path), Protocol::parse, path + ".protocol",
                text -> "unknown protocol '" + text + "'; use TCP, UDP, ICMP or IP");
        Integer ipProtocol = protocol == Protocol.IP ? ipProtocol(item.get("ipProtocol"), path) : null;
        Optional<PortSet> ports = ports(item, path, protocol);
        if (ports.isEmpty()) {
            return Optional.empty();
        }
        String purpose = fields.textOrEmpty(item, "purpose", path);
        if (id == null || source == null || destination == null || protocol == null
                || protocol == Protocol.IP && ipProtocol == null) {
            return Optional.empty();
        }
        return Optional.of(new CustomFlow(id, source, destination, protocol, ipProtocol, ports.get(), purpose));
    }

    /** The custom flow's id; null (reported) when missing or invalid. A duplicate is reported but kept. */
    private String customId(JsonNode item, String path, Set<String> customIds) {
        String id = fields.requiredText(item, "id", path);
        if (id == null || !reading.isId(id, path)) {
            return null;
        }
        if (!customIds.add(id)) {
            reading.problem(path + ".id", "duplicate custom flow id '" + id + "'");
        }
        return id;
    }

    private Integer ipProtocol(JsonNode value, String path) {
        if (!JsonFields.isWholeNumber(value, 0, 255)) {
            reading.problem(path + ".ipProtocol", "protocol IP needs an IP protocol number in 0..255");
            return null;
        }
        return value.asInt();
    }

    /** The flow's ports, checked against its protocol; empty (reported) when the text is not a port list. */
    private Optional<PortSet> ports(JsonNode item, String path, Protocol protocol) {
        PortSet ports;
        try {
            ports = PortSet.parse(fields.textOrEmpty(item, "ports", path));
        } catch (PortSet.PortSyntaxException e) {
            reading.problem(path + ".ports", e.getMessage());
            return Optional.empty();
        }
        if (protocol != null && protocol.hasPorts() && ports.isEmpty()) {
            reading.problem(path + ".ports", "a " + protocol + " flow needs at least one port");
        }
        if (protocol != null && !protocol.hasPorts() && !ports.isEmpty()) {
            reading.problem(path + ".ports", protocol + " has no ports");
        }
        return Optional.of(ports);
    }

    private String nodeRef(JsonNode item, String field, String path) {
        String id = fields.requiredText(item, field, path);
        if (id != null && !reading.hasNode(id)) {
            reading.problem(path + "." + field, "names node '" + id + "', which does not exist");
            return null;
        }
        return id;
    }
}
