package io.portolan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.json.JsonFields;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the types and rules of one catalog file's JSON tree, recording every problem with its JSON path
 * instead of stopping at the first. Checks that need the whole catalog (unknown types, duplicate ids
 * across files) are left to {@link CatalogLoader}.
 */
final class CatalogReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final Set<String> FILE_FIELDS = Set.of("$schema", "vendor", "description", "documents", "types", "rules");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("id", "title", "url");
    private static final Set<String> TYPE_FIELDS = Set.of("id", "name", "vendor", "product", "category", "icon", "zone",
            "avoidZones", "tags", "features", "hosts", "description");
    private static final Set<String> FEATURE_FIELDS = Set.of("id", "name", "default", "description");
    private static final Set<String> RULE_FIELDS = Set.of("id", "from", "to", "protocol", "ipProtocol", "ports", "portNote",
            "purpose", "condition", "optional", "bidirectional", "local", "viaGateway", "reference");
    private static final Set<String> REFERENCE_FIELDS = Set.of("document", "section", "note");

    /** A value read from a file, with the JSON path it was read at. */
    record Located<T>(T value, String file, String path) {
    }

    private final String file;
    private final JsonNode root;
    private final List<CatalogProblem> problems;
    private final JsonFields fields = new JsonFields(this::problem);

    CatalogReader(String file, JsonNode root, List<CatalogProblem> problems) {
        this.file = file;
        this.root = root;
        this.problems = problems;
    }

    /** Checks the top level and returns the document titles the file declares, by id. */
    void readDocuments(Map<String, Located<String>> documents) {
        if (!root.isObject()) {
            problem("$", "a catalog file is a JSON object with \"types\" and \"rules\"");
            return;
        }
        fields.checkFields(root, "$", FILE_FIELDS);
        JsonNode list = root.path("documents");
        if (list.isMissingNode()) {
            return;
        }
        if (!list.isArray()) {
            problem("$.documents", "must be an array of {\"id\", \"title\"}");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "$.documents[" + i + "]";
            JsonNode doc = list.get(i);
            fields.checkFields(doc, path, DOCUMENT_FIELDS);
            String id = fields.requiredTrimmedText(doc, "id", path);
            String title = fields.requiredTrimmedText(doc, "title", path);
            if (id == null || title == null) {
                continue;
            }
            Located<String> previous = documents.get(id);
            if (previous != null) {
                problem(path + ".id", "duplicate document id '" + id + "' (first in " + previous.file() + " " + previous.path() + ")");
            } else {
                documents.put(id, new Located<>(title, file, path));
            }
        }
    }

    /** Reads the component types. */
    List<Located<ComponentType>> readTypes() {
        List<Located<ComponentType>> types = new ArrayList<>();
        JsonNode list = fields.array(root, "types", "$");
        String fileVendor = root.isObject() ? fields.trimmedText(root, "vendor", "$") : null;
        for (int i = 0; i < list.size(); i++) {
            String path = "$.types[" + i + "]";
            ComponentType type = readType(list.get(i), path, fileVendor);
            if (type != null) {
                types.add(new Located<>(type, file, path));
            }
        }
        return types;
    }

    private ComponentType readType(JsonNode node, String path, String fileVendor) {
        if (!node.isObject()) {
            problem(path, "a component type is a JSON object");
            return null;
        }
        fields.checkFields(node, path, TYPE_FIELDS);
        String id = fields.requiredTrimmedText(node, "id", path);
        if (id != null && !ID.matcher(id).matches()) {
            problem(path + ".id", "'" + id + "' is not a valid id: use lower-case words joined by dots, e.g. citrix.storefront");
        }
        String name = fields.requiredTrimmedText(node, "name", path);
        String vendor = fileVendor == null
                ? fields.requiredTrimmedText(node, "vendor", path) : fields.trimmedText(node, "vendor", path);
        String product = fields.requiredTrimmedText(node, "product", path);
        Category category = fields.named(fields.requiredTrimmedText(node, "category", path), Category::parse,
                path + ".category", text -> "unknown category '" + text + "'; use one of gateway, broker, workload, "
                        + "infrastructure, client, external-service");
        String icon = fields.trimmedText(node, "icon", path);
        ZoneKind zone = fields.named(fields.requiredTrimmedText(node, "zone", path), ZoneKind::parse, path + ".zone", ZoneKind::unknown);
        Set<ZoneKind> avoid = EnumSet.noneOf(ZoneKind.class);
        List<String> avoidTexts = fields.strings(node, "avoidZones", path);
        for (int i = 0; i < avoidTexts.size(); i++) {
            ZoneKind kind = fields.named(avoidTexts.get(i), ZoneKind::parse, path + ".avoidZones[" + i + "]", ZoneKind::unknown);
            if (kind != null) {
                avoid.add(kind);
            }
        }
        List<String> tags = fields.strings(node, "tags", path);
        for (int i = 0; i < tags.size(); i++) {
            if (!NAME.matcher(tags.get(i)).matches()) {
                problem(path + ".tags[" + i + "]", "'" + tags.get(i) + "' is not a valid tag: use lower-case words joined by dashes");
            }
        }
        List<Feature> features = readFeatures(node, path);
        List<String> hosts = fields.strings(node, "hosts", path);
        String description = fields.trimmedText(node, "description", path);
        if (id == null || name == null || vendor == null && fileVendor == null || product == null || category == null
                || zone == null) {
            return null;
        }
        return new ComponentType(id, name, vendor != null ? vendor : fileVendor, product, category,
                icon != null ? icon : category.id(), zone, avoid, tags, features, hosts,
                description == null ? "" : description, file);
    }

    private List<Feature> readFeatures(JsonNode type, String typePath) {
        List<Feature> features = new ArrayList<>();
        JsonNode list = fields.array(type, "features", typePath);
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = typePath + ".features[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                problem(path, "a feature is a JSON object with \"id\", \"name\" and \"default\"");
                continue;
            }
            fields.checkFields(node, path, FEATURE_FIELDS);
            String id = fields.requiredTrimmedText(node, "id", path);
            String name = fields.requiredTrimmedText(node, "name", path);
            boolean on = fields.bool(node, "default", path);
            String description = fields.trimmedText(node, "description", path);
            if (id == null || name == null) {
                continue;
            }
            if (!NAME.matcher(id).matches()) {
                problem(path + ".id", "'" + id + "' is not a valid feature id: use lower-case words joined by dashes");
            }
            if (!seen.add(id)) {
                problem(path + ".id", "duplicate feature id '" + id + "'");
                continue;
            }
            features.add(new Feature(id, name, on, description == null ? "" : description));
        }
        return features;
    }

    /** Reads the port rules; a row written {@code TCP/UDP} becomes one rule per protocol. */
    List<Located<PortRule>> readRules(Map<String, Located<String>> documents) {
        List<Located<PortRule>> rules = new ArrayList<>();
        JsonNode list = fields.array(root, "rules", "$");
        for (int i = 0; i < list.size(); i++) {
            String path = "$.rules[" + i + "]";
            for (PortRule rule : readRule(list.get(i), path, documents)) {
                rules.add(new Located<>(rule, file, path));
            }
        }
        return rules;
    }

    private List<PortRule> readRule(JsonNode node, String path, Map<String, Located<String>> documents) {
        if (!node.isObject()) {
            problem(path, "a port rule is a JSON object");
            return List.of();
        }
        fields.checkFields(node, path, RULE_FIELDS);
        String id = fields.requiredTrimmedText(node, "id", path);
        if (id != null && !ID.matcher(id).matches()) {
            problem(path + ".id", "'" + id + "' is not a valid id: use lower-case words joined by dots, e.g. citrix.gateway.sta");
        }
        String from = selector(node, "from", path);
        String to = selector(node, "to", path);
        List<Protocol> protocols = protocols(node, path);
        Integer ipProtocol = ipProtocol(node, path, protocols);
        PortSet ports = ports(node, path);
        String portNote = fields.trimmedText(node, "portNote", path);
        String purpose = fields.requiredTrimmedText(node, "purpose", path);
        List<String> condition = condition(node, path);
        boolean optional = fields.bool(node, "optional", path);
        boolean bidirectional = fields.bool(node, "bidirectional", path);
        boolean local = fields.bool(node, "local", path);
        List<String> via = fields.strings(node, "viaGateway", path);
        Reference reference = reference(node, path, documents);
        for (Protocol protocol : protocols) {
            if (protocol.hasPorts() && ports != null && ports.isEmpty() && portNote == null) {
                problem(path + ".ports", "a " + protocol + " rule needs \"ports\", or a \"portNote\" with the document's words");
            }
            if (!protocol.hasPorts() && ports != null && !ports.isEmpty()) {
                problem(path + ".ports", protocol + " has no ports; leave \"ports\" out");
            }
        }
        if (id == null || from == null || to == null || protocols.isEmpty() || ports == null || purpose == null
                || reference == null || protocols.contains(Protocol.IP) && ipProtocol == null) {
            return List.of();
        }
        List<PortRule> rules = new ArrayList<>(protocols.size());
        for (Protocol protocol : protocols) {
            String ruleId = protocols.size() == 1 ? id : id + "-" + protocol.name().toLowerCase(java.util.Locale.ROOT);
            rules.add(new PortRule(ruleId, new TypeSelector(from), new TypeSelector(to), protocol,
                    protocol == Protocol.IP ? ipProtocol : null, ports, portNote, purpose, condition, optional,
                    bidirectional, local, via, reference, file));
        }
        return rules;
    }

    private String selector(JsonNode node, String field, String path) {
        String value = fields.requiredTrimmedText(node, field, path);
        if (value == null) {
            return null;
        }
        boolean valid = value.startsWith(TypeSelector.TAG_PREFIX)
                ? NAME.matcher(value.substring(TypeSelector.TAG_PREFIX.length())).matches()
                : ID.matcher(value).matches();
        if (!valid) {
            problem(path + "." + field, "'" + value + "' is neither a type id (citrix.storefront) nor a tag (tag:citrix-component)");
            return null;
        }
        return value;
    }

    private List<Protocol> protocols(JsonNode node, String path) {
        String text = fields.requiredTrimmedText(node, "protocol", path);
        if (text == null) {
            return List.of();
        }
        List<Protocol> protocols = new ArrayList<>();
        for (String part : text.split("/")) {
            Protocol protocol = Protocol.parse(part);
            if (protocol == null || protocols.contains(protocol)) {
                problem(path + ".protocol", "unknown protocol '" + text + "'; use TCP, UDP, TCP/UDP, ICMP or IP (with ipProtocol)");
                return List.of();
            }
            protocols.add(protocol);
        }
        if (protocols.size() > 1 && !protocols.stream().allMatch(Protocol::hasPorts)) {
            problem(path + ".protocol", "only TCP/UDP may be combined, not '" + text + "'");
            return List.of();
        }
        return protocols;
    }

    private Integer ipProtocol(JsonNode node, String path, List<Protocol> protocols) {
        JsonNode value = node.get("ipProtocol");
        boolean wanted = protocols.contains(Protocol.IP);
        if (value == null || value.isNull()) {
            if (wanted) {
                problem(path + ".ipProtocol", "protocol IP needs \"ipProtocol\", the IP protocol number (112 for VRRP)");
            }
            return null;
        }
        if (!wanted) {
            problem(path + ".ipProtocol", "\"ipProtocol\" belongs only to rules with protocol IP");
            return null;
        }
        if (!JsonFields.isWholeNumber(value, 0, 255)) {
            problem(path + ".ipProtocol", "'" + value + "' is not an IP protocol number in 0..255");
            return null;
        }
        return value.asInt();
    }

    private PortSet ports(JsonNode node, String path) {
        JsonNode value = node.get("ports");
        if (value == null || value.isNull()) {
            return PortSet.EMPTY;
        }
        String text;
        if (value.isIntegralNumber()) {
            text = value.asText();
        } else if (value.isTextual()) {
            text = value.asText();
        } else {
            problem(path + ".ports", "write ports as text, e.g. \"80, 443\" or \"16500-16509\"");
            return null;
        }
        try {
            return PortSet.parse(text);
        } catch (PortSet.PortSyntaxException e) {
            problem(path + ".ports", e.getMessage());
            return null;
        }
    }

    private List<String> condition(JsonNode node, String path) {
        JsonNode value = node.get("condition");
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> features = value.isTextual() ? List.of(value.asText()) : fields.strings(node, "condition", path);
        if (!value.isTextual() && !value.isArray()) {
            problem(path + ".condition", "a condition is a feature id or an array of feature ids");
        }
        for (String feature : features) {
            if (!NAME.matcher(PortRule.featureOf(feature)).matches()) {
                problem(path + ".condition", "'" + feature + "' is not a feature id (or !feature for a feature that must be off)");
            }
        }
        return features;
    }

    private Reference reference(JsonNode node, String path, Map<String, Located<String>> documents) {
        JsonNode ref = node.get("reference");
        String refPath = path + ".reference";
        if (ref == null || ref.isNull()) {
            problem(refPath, "missing reference: every rule names the document and section it comes from");
            return null;
        }
        if (!ref.isObject()) {
            problem(refPath, "a reference is {\"document\": ID, \"section\": HEADING}");
            return null;
        }
        fields.checkFields(ref, refPath, REFERENCE_FIELDS);
        String document = fields.requiredTrimmedText(ref, "document", refPath);
        String section = fields.requiredTrimmedText(ref, "section", refPath);
        String note = fields.trimmedText(ref, "note", refPath);
        if (document == null || section == null) {
            return null;
        }
        Located<String> title = documents.get(document);
        if (title == null) {
            problem(refPath + ".document", "unknown document '" + document + "'; declare it under \"documents\"");
            return null;
        }
        return new Reference(title.value(), section, note);
    }

    private void problem(String path, String message) {
        problems.add(new CatalogProblem(file, path, message));
    }
}
