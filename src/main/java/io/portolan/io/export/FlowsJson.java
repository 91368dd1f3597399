package io.portolan.io.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.portolan.catalog.Reference;
import io.portolan.engine.DesignWarning;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowReason;
import io.portolan.engine.Hop;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import io.portolan.model.PortRange;
import io.portolan.model.Zone;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The flows of an analysis as JSON, {@code {"flows": [...], "warnings": [...]}}, written as a stream so
 * that a design of any size is written without holding its text. Each flow gives its ends (with the host
 * name the request gives and both addresses), service, every rule and reference behind it, its condition,
 * whether it is optional, its state and its path through the firewalls.
 */
public final class FlowsJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final FlowAnalysis analysis;

    /** The writer of an analysed design's flows. */
    public FlowsJson(FlowAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Writes the document of the given flows (those of the analysis, or some of them) and the analysis's warnings. */
    public void write(List<Flow> flows, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("flows");
            for (Flow flow : flows) {
                flow(json, flow);
            }
            json.writeEndArray();
            warnings(json, analysis.warnings());
            json.writeEndObject();
        }
    }

    /** Writes the warnings as {@code "warnings": [{"kind", "message", "subjects"}]}. */
    static void warnings(JsonGenerator json, List<DesignWarning> warnings) throws IOException {
        json.writeArrayFieldStart("warnings");
        for (DesignWarning warning : warnings) {
            json.writeStartObject();
            json.writeStringField("kind", warning.kind().name());
            json.writeStringField("message", warning.message());
            json.writeStringField("field", warning.field());
            json.writeArrayFieldStart("subjects");
            for (String subject : warning.subjectIds()) {
                json.writeString(subject);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void flow(JsonGenerator json, Flow flow) throws IOException {
        json.writeStartObject();
        json.writeFieldName("source");
        end(json, flow.source(), flow.sourceAddress());
        json.writeFieldName("destination");
        end(json, flow.destination(), flow.destinationAddress());
        json.writeStringField("protocol", flow.protocol().name());
        nullableNumber(json, "ipProtocol", flow.ipProtocol());
        json.writeFieldName("ports");
        ports(json, flow.ports());
        json.writeStringField("portNote", flow.portNote());
        json.writeStringField("purpose", flow.purpose());
        json.writeStringField("rule", flow.ruleId());
        json.writeFieldName("reference");
        reference(json, flow.reference());
        json.writeArrayFieldStart("references");
        for (Reference reference : flow.references()) {
            reference(json, reference);
        }
        json.writeEndArray();
        json.writeStringField("condition", flow.condition());
        json.writeBooleanField("optional", flow.optional());
        json.writeBooleanField("temporary", flow.temporary());
        reasons(json, flow.reasons());
        json.writeStringField("state", state(flow));
        json.writeBooleanField("crossing", flow.needsRule());
        json.writeBooleanField("unroutable", flow.crossing() == io.portolan.engine.Crossing.UNROUTABLE);
        json.writeArrayFieldStart("path");
        for (Hop hop : flow.route().hops()) {
            json.writeStartObject();
            json.writeStringField("firewall", hop.boundary().name());
            json.writeStringField("from", zoneName(hop.fromZoneId()));
            json.writeStringField("to", zoneName(hop.toZoneId()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void reasons(JsonGenerator json, List<FlowReason> reasons) throws IOException {
        json.writeArrayFieldStart("reasons");
        for (FlowReason reason : reasons) {
            json.writeStartObject();
            json.writeStringField("rule", reason.ruleId());
            json.writeStringField("purpose", reason.purpose());
            json.writeStringField("condition", reason.condition());
            json.writeBooleanField("optional", reason.optional());
            json.writeFieldName("reference");
            reference(json, reason.reference());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code crossing}, {@code same-zone}, {@code unroutable} or {@code unzoned}. */
    static String state(Flow flow) {
        return flow.crossing().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void end(JsonGenerator json, Node node, String address) throws IOException {
        Optional<Zone> zone = analysis.design().zone(node.zoneId());
        json.writeStartObject();
        json.writeStringField("id", node.id());
        json.writeStringField("name", node.name());
        json.writeStringField("type", node.typeId());
        json.writeStringField("zone", zone.map(Zone::name).orElse(null));
        json.writeStringField("zoneKind", zone.map(z -> z.kind().name()).orElse(null));
        json.writeStringField("host", analysis.hostOf(node));
        json.writeStringField("address", node.address());
        json.writeStringField("outboundAddress", node.outboundAddress());
        json.writeStringField("managementAddress", node.managementAddress());
        json.writeStringField("memberAddresses", node.memberAddresses());
        json.writeStringField("flowAddress", address);
        json.writeEndObject();
    }

    /** Writes the ports as {@code [[low, high], ...]}. */
    static void ports(JsonGenerator json, PortSet ports) throws IOException {
        json.writeStartArray();
        for (PortRange range : ports.ranges()) {
            json.writeStartArray();
            json.writeNumber(range.low());
            json.writeNumber(range.high());
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** Writes a reference as {@code {"document", "section", "note"}}, or null for a custom flow. */
    static void reference(JsonGenerator json, Reference reference) throws IOException {
        if (reference == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("document", reference.document());
        json.writeStringField("section", reference.section());
        json.writeStringField("note", reference.note());
        json.writeEndObject();
    }

    private static void nullableNumber(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private String zoneName(String zoneId) {
        return analysis.design().zone(zoneId).map(Zone::name).orElse(zoneId);
    }
}
