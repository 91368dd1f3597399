package io.portolan.cli;

import io.portolan.engine.Boundary;
import io.portolan.engine.BoundaryRules;
import io.portolan.engine.Crossing;
import io.portolan.engine.DesignWarning;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.Hop;
import io.portolan.io.export.Csv;
import io.portolan.io.design.DesignFileException;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code portolan flows}: every flow a design needs, with the firewalls each one passes. */
@Command(name = "flows", mixinStandardHelpOptions = true,
        description = {"Lists the flows of a design: source, destination, service, vendor rule and the firewalls passed.",
            "Warnings go to stderr with --format table or csv, and into the document with --format json."})
final class FlowsCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    static final List<String> CSV_HEADER = List.of("source id", "source", "source type", "source zone", "source zone kind",
            "source host", "source address", "destination id", "destination", "destination type", "destination zone",
            "destination zone kind", "destination host", "destination address", "protocol", "ports", "purpose", "rule",
            "document", "section", "optional", "crossing", "unroutable", "path");

    @ParentCommand
    PortolanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (.portolan).")
    Path file;

    @Option(names = "--crossing-only", description = "Only the flows that leave their zone.")
    boolean crossingOnly;

    @Option(names = "--firewall", paramLabel = "NAME",
            description = "Only the flows passing this firewall or implicit boundary (its name, any case).")
    String firewall;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws DesignFileException {
        FlowAnalysis analysis = root.analyze(file);
        Design design = analysis.design();
        List<Flow> flows = analysis.flows();
        if (crossingOnly) {
            flows = flows.stream().filter(Flow::needsRule).toList();
        }
        if (firewall != null) {
            Boundary boundary = boundary(analysis, firewall);
            flows = flows.stream().filter(f -> passes(f, boundary)).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(new FlowsJson(design).write(flows, analysis.warnings()));
            case csv -> printCsv(out, design, flows);
            case table -> printTable(out, design, flows);
        }
        out.flush();
        if (format != Format.json) {
            printWarnings(analysis.warnings());
        }
        return 0;
    }

    /** The firewall or implicit boundary of the analysis with the name, compared case-insensitively. */
    private Boundary boundary(FlowAnalysis analysis, String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        List<Boundary> boundaries = analysis.byFirewall().stream().map(BoundaryRules::boundary).toList();
        return boundaries.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown firewall '" + name + "'; "
                        + (boundaries.isEmpty() ? "the design has no firewall and no flow crosses a zone boundary"
                        : "the design has: " + boundaries.stream().map(Boundary::name).collect(Collectors.joining(", ")))));
    }

    private static boolean passes(Flow flow, Boundary boundary) {
        return flow.route().hops().stream().anyMatch(h -> h.boundary().equals(boundary));
    }

    private void printWarnings(List<DesignWarning> warnings) {
        PrintWriter err = spec.commandLine().getErr();
        for (DesignWarning warning : warnings) {
            err.println("warning: " + warning.message());
        }
        err.flush();
    }

    private static void printCsv(PrintWriter out, Design design, List<Flow> flows) {
        out.print(Csv.line(CSV_HEADER));
        for (Flow flow : flows) {
            List<String> cells = new ArrayList<>(CSV_HEADER.size());
            addEnd(cells, design, flow.source(), flow.source().sourceAddress());
            addEnd(cells, design, flow.destination(), flow.destination().address());
            cells.add(flow.protocolText());
            cells.add(flow.portText());
            cells.add(flow.purpose());
            cells.add(flow.ruleId());
            cells.add(flow.reference() == null ? "" : flow.reference().document());
            cells.add(flow.reference() == null ? "" : flow.reference().section());
            cells.add(Boolean.toString(flow.optional()));
            cells.add(Boolean.toString(flow.needsRule()));
            cells.add(Boolean.toString(flow.needsRule() && flow.route().hops().isEmpty()));
            cells.add(path(design, flow));
            out.print(Csv.line(cells));
        }
    }

    /** The end's columns; {@code address} is where its packets come from or go to. */
    private static void addEnd(List<String> cells, Design design, Node node, String address) {
        cells.add(node.id());
        cells.add(node.name());
        cells.add(node.typeId());
        cells.add(design.zone(node.zoneId()).map(Zone::name).orElse(""));
        cells.add(design.zone(node.zoneId()).map(z -> z.kind().name()).orElse(""));
        cells.add(node.host());
        cells.add(address);
    }

    private static void printTable(PrintWriter out, Design design, List<Flow> flows) {
        TextTable table = new TextTable("SOURCE", "FROM ZONE", "DESTINATION", "TO ZONE", "SERVICE", "PATH", "RULE");
        for (Flow flow : flows) {
            String service = (flow.protocolText() + " " + flow.portText()).trim() + (flow.optional() ? " (optional)" : "");
            table.row(flow.source().name(), zoneName(design, flow.source()), flow.destination().name(),
                    zoneName(design, flow.destination()), service, path(design, flow), flow.ruleId());
        }
        long crossing = flows.stream().filter(Flow::needsRule).count();
        out.println(flows.size() + (flows.size() == 1 ? " flow, " : " flows, ") + crossing + " leaving their zone");
        out.print(table);
    }

    private static String zoneName(Design design, Node node) {
        return design.zone(node.zoneId()).map(Zone::name).orElse("(outside zones)");
    }

    /** {@code Edge firewall (Internet > DMZ); Internal firewall (DMZ > Internal)}, or what stands for no path. */
    static String path(Design design, Flow flow) {
        Crossing crossing = flow.crossing();
        if (crossing == Crossing.SAME_ZONE) {
            return "same zone";
        }
        if (crossing == Crossing.UNROUTABLE) {
            return "unroutable";
        }
        if (crossing == Crossing.UNZONED) {
            return "outside zones";
        }
        List<String> hops = new ArrayList<>();
        for (Hop hop : flow.route().hops()) {
            hops.add(hop.boundary().name() + " (" + name(design, hop.fromZoneId()) + " > " + name(design, hop.toZoneId()) + ")");
        }
        return String.join("; ", hops);
    }

    private static String name(Design design, String zoneId) {
        return design.zone(zoneId).map(Zone::name).orElse(zoneId);
    }
}
