package io.portolan.io.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.portolan.catalog.Reference;
import io.portolan.engine.FirewallRule;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The rules of a request as JSON, {@code {"detailed": false, "rules": [...], "suppressed": [...], "warnings": [...]}},
 * written as a
 * stream. Each rule holds the text of every column of the Rules sheet under its key ({@code "sourceZone"}),
 * so that it agrees with the workbook and the CSV cell for cell, and the same values structured: the ports
 * as ranges, every reference, the number of flows merged. {@code suppressed} lists the flows the user left out.
 */
public final class RulesJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private RulesJson() {
    }

    /** Writes the rows {@code from} to {@code to} of a table (all of it, or one firewall's section). */
    public static void write(RuleTable table, int from, int to, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeBooleanField("detailed", table.detailed());
            json.writeArrayFieldStart("rules");
            List<RuleRow> rows = table.rows();
            for (int i = from; i < to; i++) {
                rule(json, i + 1, rows.get(i), table.columns());
            }
            json.writeEndArray();
            suppressed(json, SuppressedFlows.table(table.analysis()));
            FlowsJson.warnings(json, table.analysis().warnings());
            json.writeEndObject();
        }
    }

    /** The flows left out on purpose, each under the keys of {@link SuppressedFlows#KEYS}. */
    private static void suppressed(JsonGenerator json, RuleTable.SideTable suppressed) throws IOException {
        json.writeArrayFieldStart("suppressed");
        for (List<String> row : suppressed.rows()) {
            json.writeStartObject();
            for (int c = 0; c < SuppressedFlows.KEYS.size(); c++) {
                json.writeStringField(SuppressedFlows.KEYS.get(c), row.get(c));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** More fields of a rule, written by the caller before the rule's object closes. */
    @FunctionalInterface
    public interface Fields {
        /** Writes the fields. */
        void write(JsonGenerator json) throws IOException;
    }

    /** One rule: its number, every column's text under the column's key, and its ports and references structured. */
    public static void rule(JsonGenerator json, int number, RuleRow row, List<RequestColumn> columns) throws IOException {
        rule(json, number, row, columns, g -> { });
    }

    /** One rule, with more fields of the caller's at its end. */
    public static void rule(JsonGenerator json, int number, RuleRow row, List<RequestColumn> columns, Fields more)
            throws IOException {
        FirewallRule rule = row.rule();
        json.writeStartObject();
        json.writeNumberField(RuleColumn.NUMBER.key(), number);
        for (RequestColumn column : columns) {
            if (column != RuleColumn.NUMBER) {
                json.writeStringField(column.key(), row.text(column));
            }
        }
        json.writeFieldName("portRanges");
        FlowsJson.ports(json, rule.ports());
        json.writeArrayFieldStart("references");
        for (Reference reference : rule.references()) {
            FlowsJson.reference(json, reference);
        }
        json.writeEndArray();
        json.writeBooleanField("unrouted", rule.unrouted());
        json.writeNumberField("flows", rule.flows().size());
        more.write(json);
        json.writeEndObject();
    }
}
