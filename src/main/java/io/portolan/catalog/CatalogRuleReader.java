package io.portolan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.catalog.CatalogReader.Located;
import io.portolan.json.JsonFields;
import io.portolan.model.AddressRole;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the port rules of one catalog file's JSON for {@link CatalogReader}: ends, protocol and ports, condition,
 * and the reference to a document the file declares. Problems go to the catalog reader's list, with their JSON path.
 */
final class CatalogRuleReader {

    private static final Set<String> RULE_FIELDS = Set.of("id", "from", "to", "protocol", "ipProtocol", "ports", "portNote",
            "purpose", "condition", "optional", "bidirectional", "local", "requires", "temporary", "fromAddress", "toAddress",
            "portSetting", "viaGateway", "reference");
    private static final Set<String> REFERENCE_FIELDS = Set.of("document", "section", "note");

    private final String file;
    private final JsonFields fields;
    private final JsonFields.Problems problems;

    CatalogRuleReader(String file, JsonFields fields, JsonFields.Problems problems) {
        this.file = file;
        this.fields = fields;
        this.problems = problems;
    }

    /** Reads the port rules of the file's JSON; a row written {@code TCP/UDP} becomes one rule per protocol. */
    List<Located<PortRule>> readRules(JsonNode root, Map<String, Located<String>> documents) {
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
        String id = id(node, path);
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
        List<String> requires = requires(node, path);
        boolean temporary = fields.bool(node, "temporary", path);
        AddressRole fromAddress = role(node, "fromAddress", path);
        AddressRole toAddress = role(node, "toAddress", path);
        String portSetting = fields.trimmedText(node, "portSetting", path);
        List<String> via = fields.strings(node, "viaGateway", path);
        Reference reference = reference(node, path, documents);
        checkPorts(path, protocols, ports, portNote, portSetting);
        if (id == null || from == null || to == null || protocols.isEmpty() || ports == null || purpose == null
                || reference == null || protocols.contains(Protocol.IP) && ipProtocol == null) {
            return List.of();
        }
        List<PortRule> rules = new ArrayList<>(protocols.size());
        for (Protocol protocol : protocols) {
            String ruleId = protocols.size() == 1 ? id : id + "-" + protocol.name().toLowerCase(Locale.ROOT);
            rules.add(new PortRule(ruleId, new TypeSelector(from), new TypeSelector(to), protocol,
                    protocol == Protocol.IP ? ipProtocol : null, ports, portNote, purpose, condition, optional,
                    bidirectional, local, requires, temporary, fromAddress, toAddress, portSetting, via, reference, file));
        }
        return rules;
    }

    private String id(JsonNode node, String path) {
        String id = fields.requiredTrimmedText(node, "id", path);
        if (id != null && !CatalogReader.ID.matcher(id).matches()) {
            problem(path + ".id", "'" + id + "' is not a valid id: use lower-case words joined by dots, e.g. citrix.gateway.sta");
        }
        return id;
    }

    private void checkPorts(String path, List<Protocol> protocols, PortSet ports, String portNote, String portSetting) {
        if (portSetting != null && (ports == null || !ports.isEmpty() || !protocols.stream().allMatch(Protocol::hasPorts))) {
            problem(path + ".portSetting", "a rule whose port is a setting of the node is TCP or UDP and gives no \"ports\"");
        }
        for (Protocol protocol : protocols) {
            if (protocol.hasPorts() && ports != null && ports.isEmpty() && portNote == null && portSetting == null) {
                problem(path + ".ports", "a " + protocol + " rule needs \"ports\", a \"portSetting\", or a \"portNote\" with "
                        + "the document's words");
            }
            if (!protocol.hasPorts() && ports != null && !ports.isEmpty()) {
                problem(path + ".ports", protocol + " has no ports; leave \"ports\" out");
            }
        }
    }

    private String selector(JsonNode node, String field, String path) {
        String value = fields.requiredTrimmedText(node, field, path);
        if (value == null) {
            return null;
        }
        boolean valid = value.startsWith(TypeSelector.TAG_PREFIX)
                ? CatalogReader.NAME.matcher(value.substring(TypeSelector.TAG_PREFIX.length())).matches()
                : CatalogReader.ID.matcher(value).matches();
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
        if (!value.isIntegralNumber() && !value.isTextual()) {
            problem(path + ".ports", "write ports as text, e.g. \"80, 443\" or \"16500-16509\"");
            return null;
        }
        try {
            return PortSet.parse(value.asText());
        } catch (PortSet.PortSyntaxException e) {
            problem(path + ".ports", e.getMessage());
            return null;
        }
    }

    /** The types or tags the design must hold (or, with {@code !}, must not) for the rule to apply. */
    private List<String> requires(JsonNode node, String path) {
        List<String> requires = fields.strings(node, "requires", path);
        for (int i = 0; i < requires.size(); i++) {
            String selector = PortRule.requiredSelector(requires.get(i)).text();
            boolean valid = selector.startsWith(TypeSelector.TAG_PREFIX)
                    ? CatalogReader.NAME.matcher(selector.substring(TypeSelector.TAG_PREFIX.length())).matches()
                    : CatalogReader.ID.matcher(selector).matches();
            if (!valid) {
                problem(path + ".requires[" + i + "]", "'" + requires.get(i) + "' is neither a type id nor a tag "
                        + "(tag:NAME), with ! in front for one the design must not hold");
            }
        }
        return requires;
    }

    private AddressRole role(JsonNode node, String field, String path) {
        String text = fields.trimmedText(node, field, path);
        if (text == null) {
            return null;
        }
        AddressRole role = AddressRole.parse(text);
        boolean source = field.equals("fromAddress");
        if (role == null || !source && role == AddressRole.OUTBOUND) {
            problem(path + "." + field, "'" + text + "' is not an address of a rule's " + (source ? "source" : "destination")
                    + "; use " + (source ? "outbound, management, members or service" : "service, management or members"));
            return null;
        }
        return role;
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
            if (!CatalogReader.NAME.matcher(PortRule.featureOf(feature)).matches()) {
                problem(path + ".condition", "'" + feature + "' is not a feature id (or !feature for a feature that must be off)");
            }
        }
        return features;
    }

    /** The reference of a rule or sequence step at the path: a document the catalog declares and a section. */
    Reference reference(JsonNode node, String path, Map<String, Located<String>> documents) {
        JsonNode ref = node.get("reference");
        String refPath = path + ".reference";
        if (ref == null || ref.isNull()) {
            problem(refPath, "missing reference: every rule and step names the document and section it comes from");
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
        problems.report(path, message);
    }
}
