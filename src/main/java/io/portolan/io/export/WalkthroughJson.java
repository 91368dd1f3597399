package io.portolan.io.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.portolan.catalog.ComponentType;
import io.portolan.catalog.SequenceStep;
import io.portolan.engine.Boundary;
import io.portolan.engine.Flow;
import io.portolan.engine.walkthrough.WalkthroughSequence;
import io.portolan.engine.walkthrough.WalkthroughStep;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Connection sequences walked through a design, as JSON: {@code {"sequences": [{"id", "name", "steps": [{"title",
 * "flows": [...], "missing"}]}]}}, each sequence also with its vendor, kind and whether it applies and is complete, and
 * each step with its narrative, reference, rules, firewalls and, when missing, what to place.
 */
public final class WalkthroughJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private WalkthroughJson() {
    }

    /** Writes the document of the sequences. */
    public static void write(List<WalkthroughSequence> sequences, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("sequences");
            for (WalkthroughSequence sequence : sequences) {
                sequence(json, sequence);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void sequence(JsonGenerator json, WalkthroughSequence walked) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", walked.id());
        json.writeStringField("name", walked.name());
        json.writeStringField("vendor", walked.sequence().vendor());
        json.writeStringField("kind", walked.sequence().kind().id());
        json.writeStringField("description", walked.sequence().description());
        json.writeBooleanField("applies", walked.applies());
        json.writeBooleanField("complete", walked.complete());
        json.writeArrayFieldStart("steps");
        for (WalkthroughStep step : walked.steps()) {
            step(json, step);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void step(JsonGenerator json, WalkthroughStep walked) throws IOException {
        SequenceStep step = walked.step();
        json.writeStartObject();
        json.writeNumberField("number", walked.number());
        json.writeStringField("title", step.title());
        json.writeStringField("narrative", step.narrative());
        json.writeBooleanField("optional", step.optional());
        json.writeBooleanField("missing", walked.missing());
        json.writeStringField("hint", walked.hint());
        strings(json, "place", walked.toPlace().stream().map(ComponentType::id).toList());
        json.writeFieldName("reference");
        FlowsJson.reference(json, step.reference());
        strings(json, "rules", step.ruleIds());
        strings(json, "firewalls", walked.firewalls().stream().map(Boundary::name).toList());
        json.writeArrayFieldStart("flows");
        for (Flow flow : walked.flows()) {
            flow(json, flow);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void flow(JsonGenerator json, Flow flow) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", flow.source().name());
        json.writeStringField("sourceId", flow.source().id());
        json.writeStringField("destination", flow.destination().name());
        json.writeStringField("destinationId", flow.destination().id());
        json.writeStringField("protocol", flow.protocolText());
        json.writeStringField("ports", flow.portText());
        json.writeStringField("state", FlowsJson.state(flow));
        strings(json, "rules", flow.ruleIds());
        strings(json, "firewalls", flow.route().boundaryNames());
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
