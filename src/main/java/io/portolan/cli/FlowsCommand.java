package io.portolan.cli;

import io.portolan.engine.Boundary;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.export.FlowPaths;
import io.portolan.io.export.FlowsCsv;
import io.portolan.io.export.FlowsJson;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code portolan flows}: every flow a design needs, with the firewalls each one passes. */
@Command(name = "flows", mixinStandardHelpOptions = true,
        description = {"Lists the flows of a design: source, destination, service, vendor rule and the firewalls passed.",
            "Warnings go to stderr with --format table or csv, and into the document with --format json."})
final class FlowsCommand implements Callable<Integer> {

    enum Format { table, csv, json }

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
    public Integer call() throws DesignFileException, IOException {
        FlowAnalysis analysis = root.analyze(file);
        List<Flow> flows = analysis.flows();
        if (crossingOnly) {
            flows = flows.stream().filter(Flow::needsRule).toList();
        }
        if (firewall != null) {
            Boundary boundary = BoundaryOption.find(analysis, firewall, spec.commandLine());
            flows = flows.stream().filter(f -> f.route().hops().stream().anyMatch(h -> h.boundary().equals(boundary))).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> new FlowsJson(analysis).write(flows, out);
            case csv -> new FlowsCsv(analysis).write(flows, out);
            case table -> printTable(out, analysis.design(), flows);
        }
        out.flush();
        if (format != Format.json) {
            TerminalText.printWarnings(spec.commandLine().getErr(), analysis.warnings());
        }
        return 0;
    }

    private static void printTable(PrintWriter out, Design design, List<Flow> flows) {
        long crossing = flows.stream().filter(Flow::needsRule).count();
        out.println(flows.size() + (flows.size() == 1 ? " flow, " : " flows, ") + crossing + " leaving their zone");
        TextTable.print(out, List.of("SOURCE", "FROM ZONE", "DESTINATION", "TO ZONE", "SERVICE", "PATH", "RULE"), flows, flow -> {
            String service = (flow.protocolText() + " " + flow.portText()).trim() + (flow.optional() ? " (optional)" : "");
            return new String[] {flow.source().name(), zoneName(design, flow.source()), flow.destination().name(),
                zoneName(design, flow.destination()), service, FlowPaths.path(design, flow), flow.ruleId()};
        });
    }

    private static String zoneName(Design design, Node node) {
        return design.zone(node.zoneId()).map(Zone::name).orElse("(outside zones)");
    }
}
