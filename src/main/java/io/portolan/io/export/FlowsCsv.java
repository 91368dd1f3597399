package io.portolan.io.export;

import io.portolan.catalog.Reference;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The flows of an analysis as CSV, one line per flow, written as a stream. A source's address is the one its
 * connections come from; the references column holds every reference behind the flow, one per line.
 */
public final class FlowsCsv {

    /** The header line's cells. */
    public static final List<String> HEADER = List.of("source id", "source", "source type", "source zone", "source zone kind",
            "source host", "source address", "destination id", "destination", "destination type", "destination zone",
            "destination zone kind", "destination host", "destination address", "protocol", "ports", "port note", "purpose",
            "rule", "condition", "optional", "temporary", "document", "section", "references", "state", "crossing", "path");

    private final FlowAnalysis analysis;
    private final RuleText text;

    /** The writer of an analysed design's flows. */
    public FlowsCsv(FlowAnalysis analysis) {
        this.analysis = analysis;
        this.text = new RuleText(analysis);
    }

    /** Writes the header and a line per flow. */
    public void write(List<Flow> flows, Writer out) throws IOException {
        out.write(Csv.line(HEADER));
        List<String> cells = new ArrayList<>(HEADER.size());
        for (Flow flow : flows) {
            cells.clear();
            end(cells, flow.source(), flow.sourceAddress());
            end(cells, flow.destination(), flow.destinationAddress());
            cells.add(flow.protocolText());
            cells.add(flow.ports().toString());
            cells.add(flow.portNote() == null ? "" : flow.portNote());
            cells.add(flow.purpose());
            cells.add(flow.ruleId());
            cells.add(flow.condition());
            cells.add(Boolean.toString(flow.optional()));
            cells.add(Boolean.toString(flow.temporary()));
            Reference first = flow.reference();
            cells.add(first == null ? "" : first.document());
            cells.add(first == null ? "" : first.section());
            cells.add(String.join("\n", flow.references().stream().map(text::reference).toList()));
            cells.add(FlowsJson.state(flow));
            cells.add(Boolean.toString(flow.needsRule()));
            cells.add(FlowPaths.path(analysis.design(), flow));
            out.write(Csv.line(cells));
        }
    }

    /** The end's columns; {@code address} is where its packets come from or go to. */
    private void end(List<String> cells, Node node, String address) {
        cells.add(node.id());
        cells.add(node.name());
        cells.add(node.typeId());
        cells.add(analysis.design().zone(node.zoneId()).map(Zone::name).orElse(""));
        cells.add(analysis.design().zone(node.zoneId()).map(z -> z.kind().name()).orElse(""));
        cells.add(text.host(node));
        cells.add(address);
    }
}
