package io.portolan.io.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.catalog.Catalog;
import io.portolan.json.JsonFields;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import java.util.List;
import java.util.Set;

/**
 * Reads one design file's JSON, collecting every problem with its place before giving up: the header and the
 * request here, the zones and firewalls, nodes and flow overrides in their own readers, in file order.
 */
final class DesignReader {

    private static final Set<String> ROOT_FIELDS = Set.of("format", "version", "request", "zones", "firewalls", "nodes", "overrides");
    private static final Set<String> REQUEST_FIELDS = Set.of("title", "requester", "changeReference", "environment", "description");

    private final Catalog catalog;
    private final DesignReading reading;
    private final JsonFields fields;

    DesignReader(String file, Catalog catalog) {
        this.catalog = catalog;
        this.reading = new DesignReading(file);
        this.fields = reading.fields();
    }

    Design read(String text) throws DesignFileException {
        JsonNode root;
        try {
            root = JsonFields.readDocument(text);
        } catch (JsonProcessingException e) {
            throw new DesignFileException(List.of(new DesignFileException.Problem(reading.file(), JsonFields.errorPlace(e),
                    JsonFields.errorMessage(e, "design"))));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            fail("$", "a design file is a JSON object with \"format\": \"" + DesignFile.FORMAT + "\"");
        }
        checkHeader(root);
        fields.checkFields(root, "$", ROOT_FIELDS);
        RequestInfo request = readRequest(root.path("request"));
        ZoneReader zoneReader = new ZoneReader(reading);
        List<Zone> zones = zoneReader.readZones(fields.array(root, "zones", "$"));
        List<Firewall> firewalls = zoneReader.readFirewalls(fields.array(root, "firewalls", "$"));
        List<Node> nodes = new NodeReader(reading, catalog).readNodes(fields.array(root, "nodes", "$"));
        FlowOverrides overrides = new FlowOverridesReader(reading).readOverrides(root.path("overrides"));
        if (!reading.problems().isEmpty()) {
            throw new DesignFileException(reading.problems());
        }
        try {
            return new Design(zones, firewalls, nodes, overrides, request);
        } catch (IllegalArgumentException e) {
            throw new DesignFileException(List.of(new DesignFileException.Problem(reading.file(), "$", e.getMessage())));
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
            reading.problem("$.request", "must be an object");
            return RequestInfo.EMPTY;
        }
        fields.checkFields(node, "$.request", REQUEST_FIELDS);
        return new RequestInfo(fields.textOrEmpty(node, "title", "$.request"),
                fields.textOrEmpty(node, "requester", "$.request"), fields.textOrEmpty(node, "changeReference", "$.request"),
                fields.textOrEmpty(node, "environment", "$.request"), fields.textOrEmpty(node, "description", "$.request"));
    }

    private void fail(String place, String message) throws DesignFileException {
        reading.problem(place, message);
        throw new DesignFileException(reading.problems());
    }
}
