package io.portolan.io.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portolan.model.Bounds;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowKey;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;

/**
 * Writes a design as the JSON of a design file: keys in a fixed order and one value per line, so that two revisions
 * of a design diff cleanly; optional fields only when they are set, so that a design that needs no newer format
 * version is written in the older one.
 */
final class DesignWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private DesignWriter() {
    }

    /** The design as the JSON text of a design file, ending with a newline. */
    static String toJson(Design design) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", DesignFile.FORMAT);
        root.put("version", version(design));
        request(root.putObject("request"), design.request());
        ArrayNode zones = root.putArray("zones");
        design.zones().forEach(zone -> zone(zones.addObject(), zone));
        ArrayNode firewalls = root.putArray("firewalls");
        design.firewalls().forEach(firewall -> firewall(firewalls.addObject(), firewall));
        ArrayNode nodes = root.putArray("nodes");
        design.nodes().forEach(node -> node(nodes.addObject(), node));
        ObjectNode overrides = root.putObject("overrides");
        ArrayNode suppressed = overrides.putArray("suppressed");
        for (FlowKey key : design.overrides().suppressed()) {
            suppressed.addObject().put("rule", key.ruleId()).put("source", key.sourceId()).put("destination", key.destinationId());
        }
        ArrayNode custom = overrides.putArray("custom");
        design.overrides().custom().forEach(flow -> custom(custom.addObject(), flow));
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a design as JSON", e);
        }
    }

    /**
     * The oldest format version that holds everything the design uses: 2 for a node's management or members'
     * addresses or settings, else 1.
     */
    static int version(Design design) {
        for (Node node : design.nodes()) {
            if (!node.managementAddress().isEmpty() || !node.memberAddresses().isEmpty() || !node.settings().isEmpty()) {
                return DesignFile.VERSION;
            }
        }
        return 1;
    }

    private static void request(ObjectNode req, RequestInfo request) {
        req.put("title", request.title());
        req.put("requester", request.requester());
        req.put("changeReference", request.changeReference());
        req.put("environment", request.environment());
        req.put("description", request.description());
    }

    private static void zone(ObjectNode z, Zone zone) {
        z.put("id", zone.id());
        z.put("name", zone.name());
        z.put("kind", zone.kind().name());
        ArrayNode cidrs = z.putArray("cidrs");
        zone.cidrs().forEach(cidrs::add);
        bounds(z.putObject("bounds"), zone.bounds());
    }

    private static void firewall(ObjectNode f, Firewall firewall) {
        f.put("id", firewall.id());
        f.put("name", firewall.name());
        ArrayNode joined = f.putArray("zones");
        firewall.zoneIds().forEach(joined::add);
        point(f.putObject("position"), firewall.position());
    }

    private static void node(ObjectNode n, Node node) {
        n.put("id", node.id());
        n.put("type", node.typeId());
        n.put("name", node.name());
        n.put("host", node.host());
        n.put("address", node.address());
        putIfSet(n, "outboundAddress", node.outboundAddress());
        putIfSet(n, "managementAddress", node.managementAddress());
        putIfSet(n, "memberAddresses", node.memberAddresses());
        if (node.zoneId() == null) {
            n.putNull("zone");
        } else {
            n.put("zone", node.zoneId());
        }
        point(n.putObject("position"), node.position());
        ArrayNode features = n.putArray("features");
        node.features().forEach(features::add);
        n.put("count", node.count());
        if (!node.settings().isEmpty()) {
            ObjectNode settings = n.putObject("settings");
            node.settings().forEach(settings::put);
        }
    }

    private static void custom(ObjectNode c, CustomFlow flow) {
        c.put("id", flow.id());
        c.put("source", flow.sourceId());
        c.put("destination", flow.destinationId());
        c.put("protocol", flow.protocol().name());
        if (flow.ipProtocol() == null) {
            c.putNull("ipProtocol");
        } else {
            c.put("ipProtocol", flow.ipProtocol());
        }
        c.put("ports", flow.ports().toString());
        c.put("purpose", flow.purpose());
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static void bounds(ObjectNode node, Bounds bounds) {
        number(node, "x", bounds.x());
        number(node, "y", bounds.y());
        number(node, "width", bounds.width());
        number(node, "height", bounds.height());
    }

    private static void point(ObjectNode node, Point point) {
        number(node, "x", point.x());
        number(node, "y", point.y());
    }

    /** Whole numbers are written without a fraction, so that a moved node changes one short line. */
    private static void number(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }
}
