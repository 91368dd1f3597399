package io.portolan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.json.JsonFields;
import io.portolan.model.AddressRole;
import io.portolan.model.PortRange;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the documents, types and rules of one catalog file's JSON tree, recording every problem with its
 * JSON path instead of stopping at the first; the rules are read by {@link CatalogRuleReader}. Checks that
 * need the whole catalog (unknown types, duplicate ids across files) are left to {@link CatalogLoader}.
 */
final class CatalogReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final Set<String> FILE_FIELDS = Set.of("$schema", "vendor", "description", "documents", "types", "rules",
            "sequences");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("id", "title", "url");
    private static final Set<String> TYPE_FIELDS = Set.of("id", "name", "vendor", "product", "category", "icon", "zone",
            "avoidZones", "tags", "features", "hosts", "addresses", "settings", "description");
    private static final Set<String> FEATURE_FIELDS = Set.of("id", "name", "default", "description");
    private static final Set<String> SETTING_FIELDS = Set.of("id", "name", "kind", "default", "description");

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
        Set<ZoneKind> avoid = avoidZones(node, path);
        List<String> tags = tags(node, path);
        List<Feature> features = readFeatures(node, path);
        List<String> hosts = fields.strings(node, "hosts", path);
        List<AddressRole> addresses = addresses(node, path);
        List<Setting> settings = readSettings(node, path);
        String description = fields.trimmedText(node, "description", path);
        if (id == null || name == null || vendor == null && fileVendor == null || product == null || category == null
                || zone == null) {
            return null;
        }
        return new ComponentType(id, name, vendor != null ? vendor : fileVendor, product, category,
                icon != null ? icon : category.id(), zone, avoid, tags, features, hosts, addresses, settings,
                description == null ? "" : description, file);
    }

    private Set<ZoneKind> avoidZones(JsonNode type, String path) {
        Set<ZoneKind> avoid = EnumSet.noneOf(ZoneKind.class);
        List<String> texts = fields.strings(type, "avoidZones", path);
        for (int i = 0; i < texts.size(); i++) {
            String place = path + ".avoidZones[" + i + "]";
            ZoneKind kind = fields.named(texts.get(i), ZoneKind::parse, place, ZoneKind::unknown);
            if (kind != null) {
                avoid.add(kind);
            }
        }
        return avoid;
    }

    private List<String> tags(JsonNode type, String path) {
        List<String> tags = fields.strings(type, "tags", path);
        for (int i = 0; i < tags.size(); i++) {
            if (!NAME.matcher(tags.get(i)).matches()) {
                problem(path + ".tags[" + i + "]", "'" + tags.get(i) + "' is not a valid tag: use lower-case words joined by dashes");
            }
        }
        return tags;
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

    /** The addresses a type has besides its address: management, members. */
    private List<AddressRole> addresses(JsonNode type, String path) {
        List<AddressRole> roles = new ArrayList<>();
        List<String> texts = fields.strings(type, "addresses", path);
        for (int i = 0; i < texts.size(); i++) {
            AddressRole role = AddressRole.parse(texts.get(i));
            if (role != AddressRole.MANAGEMENT && role != AddressRole.MEMBERS) {
                problem(path + ".addresses[" + i + "]", "'" + texts.get(i) + "' is not an address a type can declare; use "
                        + "management or members");
            } else if (!roles.contains(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    private List<Setting> readSettings(JsonNode type, String typePath) {
        List<Setting> settings = new ArrayList<>();
        JsonNode list = fields.array(type, "settings", typePath);
        for (int i = 0; i < list.size(); i++) {
            String path = typePath + ".settings[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                problem(path, "a setting is a JSON object with \"id\", \"name\", \"kind\" and \"default\"");
                continue;
            }
            fields.checkFields(node, path, SETTING_FIELDS);
            String id = fields.requiredTrimmedText(node, "id", path);
            String name = fields.requiredTrimmedText(node, "name", path);
            String kind = fields.requiredTrimmedText(node, "kind", path);
            JsonNode value = node.get("default");
            String description = fields.trimmedText(node, "description", path);
            if (kind != null && !kind.equals("port")) {
                problem(path + ".kind", "unknown kind of setting '" + kind + "'; the one kind is port");
            }
            if (value == null || !JsonFields.isWholeNumber(value, PortRange.MIN_PORT, PortRange.MAX_PORT)) {
                problem(path + ".default", "a port setting needs a \"default\" port in 1..65535");
                continue;
            }
            if (id == null || name == null || !"port".equals(kind)) {
                continue;
            }
            if (!NAME.matcher(id).matches() || settings.stream().anyMatch(s -> s.id().equals(id))) {
                problem(path + ".id", "'" + id + "' is not a valid, unique setting id: use lower-case words joined by dashes");
                continue;
            }
            settings.add(new Setting(id, name, value.asInt(), description == null ? "" : description));
        }
        return settings;
    }

    /** Reads the port rules; a row written {@code TCP/UDP} becomes one rule per protocol. */
    List<Located<PortRule>> readRules(Map<String, Located<String>> documents) {
        return new CatalogRuleReader(file, fields, this::problem).readRules(root, documents);
    }

    /** Reads the connection sequences; their rule and type ids are checked once every file is read. */
    List<Located<ConnectionSequence>> readSequences(Map<String, Located<String>> documents) {
        // the file's vendor was checked when its types were read: a bad one is reported there, once
        JsonNode fileVendor = root.path("vendor");
        String vendor = fileVendor.isTextual() && !fileVendor.asText().isBlank() ? fileVendor.asText().trim() : null;
        CatalogRuleReader references = new CatalogRuleReader(file, fields, this::problem);
        return new CatalogSequenceReader(file, vendor, fields, this::problem).readSequences(root, documents, references);
    }

    private void problem(String path, String message) {
        problems.add(new CatalogProblem(file, path, message));
    }
}
