package io.portolan.io.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.json.JsonFields;
import io.portolan.model.Addresses;
import io.portolan.model.Bounds;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowKey;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one design file's JSON, collecting every problem with its place before giving up. */
final class DesignReader {

    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:-]*";
    private static final Set<String> ROOT_FIELDS = Set.of("format", "version", "request", "zones", "firewalls", "nodes", "overrides");
    private static final Set<String> REQUEST_FIELDS = Set.of("title", "requester", "changeReference", "environment", "description");
    private static final Set<String> ZONE_FIELDS = Set.of("id", "name", "kind", "cidrs", "bounds");
    private static final Set<String> FIREWALL_FIELDS = Set.of("id", "name", "zones", "position");
    private static final Set<String> NODE_FIELDS = Set.of("id", "type", "name", "host", "address", "outboundAddress", "zone", "position", "features", "count");
    private static final Set<String> OVERRIDE_FIELDS = Set.of("suppressed", "custom");
    private static final Set<String> SUPPRESSED_FIELDS = Set.of("rule", "source", "destination");
    private static final Set<String> CUSTOM_FIELDS = Set.of("id", "source", "destination", "protocol", "ipProtocol", "ports", "purpose");

    private final String file;
    private final Catalog catalog;
    private final List<DesignFileException.Problem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> zoneIds = new HashSet<>();
    private final Set<String> nodeIds = new HashSet<>();
    private final JsonFields fields = new JsonFields(this::problem);

    DesignReader(String file, Catalog catalog) {
        this.file = file;
        this.catalog = catalog;
    }

    Design read(String text) throws DesignFileException {
        JsonNode root;
        try {
            root = JsonFields.readDocument(text);
        } catch (JsonProcessingException e) {
            throw new DesignFileException(List.of(new DesignFileException.Problem(file, JsonFields.errorPlace(e),
                    JsonFields.errorMessage(e, "design"))));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            fail("$", "a design file is a JSON object with \"format\": \"" + DesignFile.FORMAT + "\"");
        }
        checkHeader(root);
        fields.checkFields(root, "$", ROOT_FIELDS);
        RequestInfo request = readRequest(root.path("request"));
        List<Zone> zones = readZones(fields.array(root, "zones", "$"));
        List<Firewall> firewalls = readFirewalls(fields.array(root, "firewalls", "$"));
        List<Node> nodes = readNodes(fields.array(root, "nodes", "$"));
        FlowOverrides overrides = readOverrides(root.path("overrides"));
        if (!problems.isEmpty()) {
            throw new DesignFileException(problems);
        }
        try {
            return new Design(zones, firewalls, nodes, overrides, request);
        } catch (IllegalArgumentException e) {
            throw new DesignFileException(List.of(new DesignFileException.Problem(file, "$", e.getMessage())));
        }
    }

    private void checkHeader(JsonNode root) throws DesignFileException {
        JsonNode format = root.get("format");
        if (format == null || !DesignFile.FORMAT.equals(format.asText())) {
            fail("$.format", "not a Portolan design: \"format\" must be \"" + DesignFile.FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) {
            fail("$.version", "missing \"version\" (a whole number)");
        }
        if (!version.canConvertToInt()) {
            fail("$.version", "version " + version + " is not a design format version");
        }
        if (version.asInt() > DesignFile.VERSION) {
            fail("$.version", "the file was saved by a newer Portolan (design format version " + version.asInt()
                    + "); this version reads up to " + DesignFile.VERSION + ". Update Portolan to open it");
        }
        if (version.asInt() < 1) {
            fail("$.version", "version " + version.asInt() + " is not a design format version");
        }
    }

    private RequestInfo readRequest(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return RequestInfo.EMPTY;
        }
        if (!node.isObject()) {
            problem("$.request", "must be an object");
            return RequestInfo.EMPTY;
        }
        fields.checkFields(node, "$.request", REQUEST_FIELDS);
        return new RequestInfo(fields.textOrEmpty(node, "title", "$.request"),
                fields.textOrEmpty(node, "requester", "$.request"), fields.textOrEmpty(node, "changeReference", "$.request"),
                fields.textOrEmpty(node, "environment", "$.request"), fields.textOrEmpty(node, "description", "$.request"));
    }

    private List<Zone> readZones(JsonNode list) {
        List<Zone> zones = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.zones[" + i + "]";
            JsonNode node = list.get(i);
            if (!fields.object(node, path)) {
                continue;
            }
            fields.checkFields(node, path, ZONE_FIELDS);
            String id = id(node, path);
            String name = fields.requiredText(node, "name", path);
            ZoneKind kind = fields.named(fields.requiredText(node, "kind", path), ZoneKind::parse, path + ".kind", ZoneKind::unknown);
            List<String> cidrs = fields.strings(node, "cidrs", path);
            for (int c = 0; c < cidrs.size(); c++) {
                Optional<String> cidrProblem = Addresses.cidrProblem(cidrs.get(c));
                if (cidrProblem.isPresent()) {
                    problem(path + ".cidrs[" + c + "]", cidrProblem.get());
                }
            }
            Bounds bounds = bounds(node.path("bounds"), path + ".bounds");
            if (id != null) {
                zoneIds.add(id);
            }
            if (id != null && name != null && kind != null && bounds != null) {
                zones.add(new Zone(id, name, kind, cidrs, bounds));
            }
        }
        return zones;
    }

    private List<Firewall> readFirewalls(JsonNode list) {
        List<Firewall> firewalls = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.firewalls[" + i + "]";
            JsonNode node = list.get(i);
            if (!fields.object(node, path)) {
                continue;
            }
            fields.checkFields(node, path, FIREWALL_FIELDS);
            String id = id(node, path);
            String name = fields.requiredText(node, "name", path);
            List<String> joined = fields.strings(node, "zones", path);
            for (int z = 0; z < joined.size(); z++) {
                if (!zoneIds.contains(joined.get(z))) {
                    problem(path + ".zones[" + z + "]", "the firewall joins zone '" + joined.get(z) + "', which does not exist");
                }
            }
            Point position = point(node.path("position"), path + ".position");
            if (id != null && name != null && position != null) {
                firewalls.add(new Firewall(id, name, joined.stream().filter(zoneIds::contains).distinct().toList(), position));
            }
        }
        return firewalls;
    }

    private List<Node> readNodes(JsonNode list) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.nodes[" + i + "]";
            JsonNode node = list.get(i);
            if (!fields.object(node, path)) {
                continue;
            }
            fields.checkFields(node, path, NODE_FIELDS);
            String id = id(node, path);
            String typeId = fields.requiredText(node, "type", path);
            Optional<ComponentType> type = typeId == null ? Optional.empty() : catalog.type(typeId);
            if (typeId != null && type.isEmpty()) {
                problem(path + ".type", "unknown component type '" + typeId + "': the catalog has no such type "
                        + "(add the catalog file that defines it)");
            }
            String name = fields.requiredText(node, "name", path);
            String host = fields.textOrEmpty(node, "host", path);
            String address = fields.textOrEmpty(node, "address", path);
            Addresses.addressListProblem(address).ifPresent(p -> problem(path + ".address", p));
            String outboundAddress = fields.textOrEmpty(node, "outboundAddress", path);
            Addresses.addressListProblem(outboundAddress).ifPresent(p -> problem(path + ".outboundAddress", p));
            String zone = fields.text(node, "zone", path);
            if (zone != null && !zoneIds.contains(zone)) {
                problem(path + ".zone", "the node is in zone '" + zone + "', which does not exist");
                zone = null;
            }
            Point position = point(node.path("position"), path + ".position");
            List<String> features = fields.strings(node, "features", path);
            if (type.isPresent()) {
                for (int f = 0; f < features.size(); f++) {
                    if (!type.get().hasFeature(features.get(f))) {
                        problem(path + ".features[" + f + "]", "'" + features.get(f) + "' is not a feature of " + type.get().name()
                                + (type.get().features().isEmpty() ? " (it has none)" : "; it has: "
                                + String.join(", ", type.get().features().stream().map(x -> x.id()).toList())));
                    }
                }
            }
            int count = 1;
            JsonNode countNode = node.get("count");
            if (countNode != null && !countNode.isNull()) {
                if (!JsonFields.isWholeNumber(countNode, 1, 1_000_000)) {
                    problem(path + ".count", "'" + countNode + "' is not a count of machines (a whole number from 1)");
                } else {
                    count = countNode.asInt();
                }
            }
            if (id != null) {
                nodeIds.add(id);
            }
            if (id != null && typeId != null && name != null && position != null) {
                nodes.add(new Node(id, typeId, name, host, address, zone, position, features, count, outboundAddress));
            }
        }
        return nodes;
    }

    private FlowOverrides readOverrides(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return FlowOverrides.NONE;
        }
        if (!fields.object(node, "$.overrides")) {
            return FlowOverrides.NONE;
        }
        fields.checkFields(node, "$.overrides", OVERRIDE_FIELDS);
        List<FlowKey> suppressed = new ArrayList<>();
        JsonNode list = fields.array(node, "suppressed", "$.overrides");
        for (int i = 0; i < list.size(); i++) {
            String path = "$.overrides.suppressed[" + i + "]";
            JsonNode item = list.get(i);
            if (!fields.object(item, path)) {
                continue;
            }
            fields.checkFields(item, path, SUPPRESSED_FIELDS);
            String rule = fields.requiredText(item, "rule", path);
            String source = nodeRef(item, "source", path);
            String destination = nodeRef(item, "destination", path);
            if (rule != null && source != null && destination != null) {
                suppressed.add(new FlowKey(rule, source, destination));
            }
        }
        List<CustomFlow> custom = new ArrayList<>();
        JsonNode customList = fields.array(node, "custom", "$.overrides");
        Set<String> customIds = new HashSet<>();
        for (int i = 0; i < customList.size(); i++) {
            String path = "$.overrides.custom[" + i + "]";
            JsonNode item = customList.get(i);
            if (!fields.object(item, path)) {
                continue;
            }
            fields.checkFields(item, path, CUSTOM_FIELDS);
            customFlow(item, path, customIds).ifPresent(custom::add);
        }
        return new FlowOverrides(suppressed, custom);
    }

    private Optional<CustomFlow> customFlow(JsonNode item, String path, Set<String> customIds) {
        String id = fields.requiredText(item, "id", path);
        if (id != null && !id.matches(ID_PATTERN)) {
            problem(path + ".id", invalidId(id));
            id = null;
        }
        if (id != null && !customIds.add(id)) {
            problem(path + ".id", "duplicate custom flow id '" + id + "'");
        }
        String source = nodeRef(item, "source", path);
        String destination = nodeRef(item, "destination", path);
        Protocol protocol = fields.named(fields.requiredText(item, "protocol", path), Protocol::parse, path + ".protocol",
                text -> "unknown protocol '" + text + "'; use TCP, UDP, ICMP or IP");
        Integer ipProtocol = null;
        JsonNode ip = item.get("ipProtocol");
        if (protocol == Protocol.IP) {
            if (!JsonFields.isWholeNumber(ip, 0, 255)) {
                problem(path + ".ipProtocol", "protocol IP needs an IP protocol number in 0..255");
            } else {
                ipProtocol = ip.asInt();
            }
        }
        PortSet ports = PortSet.EMPTY;
        String portText = fields.textOrEmpty(item, "ports", path);
        try {
            ports = PortSet.parse(portText);
        } catch (PortSet.PortSyntaxException e) {
            problem(path + ".ports", e.getMessage());
            return Optional.empty();
        }
        if (protocol != null && protocol.hasPorts() && ports.isEmpty()) {
            problem(path + ".ports", "a " + protocol + " flow needs at least one port");
        }
        if (protocol != null && !protocol.hasPorts() && !ports.isEmpty()) {
            problem(path + ".ports", protocol + " has no ports");
        }
        String purpose = fields.textOrEmpty(item, "purpose", path);
        if (id == null || source == null || destination == null || protocol == null
                || protocol == Protocol.IP && ipProtocol == null) {
            return Optional.empty();
        }
        return Optional.of(new CustomFlow(id, source, destination, protocol, ipProtocol, ports, purpose));
    }

    private String nodeRef(JsonNode item, String field, String path) {
        String id = fields.requiredText(item, field, path);
        if (id != null && !nodeIds.contains(id)) {
            problem(path + "." + field, "names node '" + id + "', which does not exist");
            return null;
        }
        return id;
    }

    private String id(JsonNode node, String path) {
        String id = fields.requiredText(node, "id", path);
        if (id == null) {
            return null;
        }
        if (!id.matches(ID_PATTERN)) {
            problem(path + ".id", invalidId(id));
            return null;
        }
        if (!ids.add(id)) {
            problem(path + ".id", "duplicate id '" + id + "': ids must be unique across zones, firewalls and nodes");
            return null;
        }
        return id;
    }

    private static String invalidId(String id) {
        return "'" + id + "' is not a valid id: start with a letter or digit, then use letters, digits, '-', '_', '.' or ':'";
    }

    private Bounds bounds(JsonNode node, String path) {
        if (!fields.object(node, path)) {
            return null;
        }
        Double x = fields.number(node, "x", path);
        Double y = fields.number(node, "y", path);
        Double width = fields.number(node, "width", path);
        Double height = fields.number(node, "height", path);
        if (x == null || y == null || width == null || height == null) {
            return null;
        }
        if (width <= 0 || height <= 0) {
            problem(path, "a zone needs a positive width and height, not " + width + " x " + height);
            return null;
        }
        return new Bounds(x, y, width, height);
    }

    private Point point(JsonNode node, String path) {
        if (!fields.object(node, path)) {
            return null;
        }
        Double x = fields.number(node, "x", path);
        Double y = fields.number(node, "y", path);
        return x == null || y == null ? null : new Point(x, y);
    }

    private void problem(String place, String message) {
        problems.add(new DesignFileException.Problem(file, place, message));
    }

    private void fail(String place, String message) throws DesignFileException {
        problem(place, message);
        throw new DesignFileException(problems);
    }
}
