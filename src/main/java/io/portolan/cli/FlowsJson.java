package io.portolan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portolan.catalog.Reference;
import io.portolan.engine.DesignWarning;
import io.portolan.engine.Flow;
import io.portolan.engine.Hop;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.PortRange;
import io.portolan.model.Zone;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of {@code portolan flows --format json}: the flows with their ends, service, reference and
 * path through the firewalls, then the design's warnings. Zones and firewalls are named as the user
 * named them; nodes carry their id too, for scripts that join the output with the design file. Each end
 * gives its {@code address} and {@code outboundAddress} as the design file does: a source's connections
 * come from its outbound address when that is not empty (a load balancer's subnet IP, a source NAT).
 */
final class FlowsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Design design;

    FlowsJson(Design design) {
        this.design = design;
    }

    /** The document: {@code {"flows": [...], "warnings": [...]}}. */
    String write(List<Flow> flows, List<DesignWarning> warnings) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode flowArray = root.putArray("flows");
        for (Flow flow : flows) {
            flow(flowArray.addObject(), flow);
        }
        ArrayNode warningArray = root.putArray("warnings");
        for (DesignWarning warning : warnings) {
            ObjectNode item = warningArray.addObject();
            item.put("kind", warning.kind().name());
            item.put("message", warning.message());
            ArrayNode subjects = item.putArray("subjects");
            warning.subjectIds().forEach(subjects::add);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the flows as JSON", e);
        }
    }

    private void flow(ObjectNode item, Flow flow) {
        end(item.putObject("source"), flow.source());
        end(item.putObject("destination"), flow.destination());
        item.put("protocol", flow.protocol().name());
        if (flow.ipProtocol() == null) {
            item.putNull("ipProtocol");
        } else {
            item.put("ipProtocol", flow.ipProtocol());
        }
        ArrayNode ports = item.putArray("ports");
        for (PortRange range : flow.ports().ranges()) {
            ports.addArray().add(range.low()).add(range.high());
        }
        item.put("purpose", flow.purpose());
        item.put("rule", flow.ruleId());
        Reference reference = flow.reference();
        if (reference == null) {
            item.putNull("reference");
        } else {
            item.putObject("reference").put("document", reference.document()).put("section", reference.section());
        }
        item.put("optional", flow.optional());
        item.put("crossing", flow.needsRule());
        item.put("unroutable", flow.needsRule() && flow.route().hops().isEmpty());
        ArrayNode path = item.putArray("path");
        for (Hop hop : flow.route().hops()) {
            path.addObject().put("firewall", hop.boundary().name()).put("from", zoneName(hop.fromZoneId()))
                    .put("to", zoneName(hop.toZoneId()));
        }
    }

    private void end(ObjectNode item, Node node) {
        Optional<Zone> zone = design.zone(node.zoneId());
        item.put("id", node.id());
        item.put("name", node.name());
        item.put("type", node.typeId());
        item.put("zone", zone.map(Zone::name).orElse(null));
        item.put("zoneKind", zone.map(z -> z.kind().name()).orElse(null));
        item.put("host", node.host());
        item.put("address", node.address());
        item.put("outboundAddress", node.outboundAddress());
    }

    private String zoneName(String zoneId) {
        return design.zone(zoneId).map(Zone::name).orElse(zoneId);
    }
}
