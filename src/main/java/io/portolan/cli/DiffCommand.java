package io.portolan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.portolan.compare.BoundaryDelta;
import io.portolan.compare.RequestComparer;
import io.portolan.compare.RequestDelta;
import io.portolan.compare.RuleChange.Kind;
import io.portolan.engine.Boundary;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.export.CompareColumn;
import io.portolan.io.export.DeltaTable;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleRow;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.RulesCsv;
import io.portolan.io.export.RulesJson;
import io.portolan.io.git.RevisionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code portolan diff OLD NEW}: what a firewall team must add, remove and change between two revisions of a design. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists, per firewall, the rules to add, to remove and to change between two revisions of a design,"
            + " and how many stay. Nodes are matched by meaning: a node renamed or moved is the same node.",
            "With --against REV, compares the design file with the file as committed at a revision of its git working tree.",
            "Exit status: 0 when nothing changed, 1 when something did, 2 on errors."})
final class DiffCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    private static final JsonFactory JSON = new JsonFactory();

    @ParentCommand
    PortolanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "FILE", description = "OLD NEW: the earlier and the later design file;"
            + " with --against, the one design file.")
    List<Path> files;

    @Option(names = "--against", paramLabel = "REV",
            description = "Compare FILE with itself as committed at this git revision (HEAD, HEAD~1, a tag, a commit id).")
    String against;

    @Option(names = "--detailed", description = "Compare one rule per flow and firewall instead of merged rules.")
    boolean detailed;

    @Option(names = "--firewall", paramLabel = "NAME", description = "Only the changes on this firewall or implicit boundary.")
    String firewall;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws DesignFileException, RevisionException, IOException {
        if (against == null && files.size() != 2) {
            throw new ParameterException(spec.commandLine(), "give two design files, OLD NEW, or one with --against REV");
        }
        if (against != null && files.size() != 1) {
            throw new ParameterException(spec.commandLine(), "with --against REV give one design file, not two");
        }
        Path later = files.get(files.size() - 1);
        EarlierRevision earlier = against != null ? EarlierRevision.ofCommit(root, later, against)
                : EarlierRevision.ofFile(root, files.get(0));
        FlowAnalysis after = root.analyze(later);
        RequestDelta delta = RequestComparer.compare(earlier.analysis(), after, detailed);
        RuleTable table = DeltaTable.of(delta, earlier.description());
        int[] range = range(table, after);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> RulesCsv.write(table, range[0], range[1], out);
            case json -> json(out, delta, table, range, earlier.description());
            case table -> table(out, delta, table, range, earlier.description());
        }
        out.flush();
        return range[1] > range[0] ? PortolanCommand.EXIT_WARNINGS : 0;
    }

    /** The rows to print: all, or one firewall's section. */
    private int[] range(RuleTable table, FlowAnalysis after) {
        if (firewall == null) {
            return new int[] {0, table.rows().size()};
        }
        Boundary boundary = BoundaryOption.find(after, firewall, spec.commandLine());
        RuleTable.Section section = table.sections().stream().filter(s -> s.boundary().equals(boundary)).findFirst().orElseThrow();
        return new int[] {section.from(), section.to()};
    }

    private void table(PrintWriter out, RequestDelta delta, RuleTable table, int[] range, String description) {
        out.println("Compared with " + description + ": " + delta.count(Kind.ADD) + " to add, " + delta.count(Kind.REMOVE)
                + " to remove, " + delta.count(Kind.CHANGE) + " to change, " + delta.unchanged() + " stay");
        TextTable summary = new TextTable("FIREWALL", "ADD", "REMOVE", "CHANGE", "STAY");
        for (BoundaryDelta boundary : delta.boundaries()) {
            if (firewall == null || boundary.boundary().name().equalsIgnoreCase(firewall.trim())) {
                summary.row(boundary.boundary().name(), count(boundary, Kind.ADD), count(boundary, Kind.REMOVE),
                        count(boundary, Kind.CHANGE), Integer.toString(boundary.unchanged()));
            }
        }
        out.print(summary);
        if (range[1] == range[0]) {
            return;
        }
        out.println();
        TextTable rows = new TextTable("NO", "CHANGE", "FIREWALL", "SOURCE", "DESTINATION", "SERVICE", "WHAT CHANGED");
        for (int i = range[0]; i < range[1]; i++) {
            RuleRow row = table.rows().get(i);
            rows.row(Integer.toString(i + 1), row.text(CompareColumn.CHANGE), row.cell(RuleColumn.FIREWALL),
                    row.cell(RuleColumn.SOURCE_NAME) + " (" + row.cell(RuleColumn.SOURCE_ADDRESS) + ")",
                    row.cell(RuleColumn.DESTINATION_NAME) + " (" + row.cell(RuleColumn.DESTINATION_ADDRESS) + ")",
                    (row.cell(RuleColumn.PROTOCOL) + " " + row.cell(RuleColumn.PORTS)).trim(), row.text(CompareColumn.WHAT_CHANGED));
        }
        out.print(rows);
    }

    private static String count(BoundaryDelta boundary, Kind kind) {
        return Integer.toString(boundary.count(kind));
    }

    private void json(PrintWriter out, RequestDelta delta, RuleTable table, int[] range, String description) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("against", description);
            json.writeBooleanField("detailed", delta.detailed());
            json.writeBooleanField("changed", range[1] > range[0]);
            json.writeArrayFieldStart("firewalls");
            for (BoundaryDelta boundary : delta.boundaries()) {
                if (firewall == null || boundary.boundary().name().equalsIgnoreCase(firewall.trim())) {
                    json.writeStartObject();
                    json.writeStringField("firewall", boundary.boundary().name());
                    json.writeNumberField("add", boundary.count(Kind.ADD));
                    json.writeNumberField("remove", boundary.count(Kind.REMOVE));
                    json.writeNumberField("change", boundary.count(Kind.CHANGE));
                    json.writeNumberField("stay", boundary.unchanged());
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rules");
            for (int i = range[0]; i < range[1]; i++) {
                RulesJson.rule(json, i + 1, table.rows().get(i), table.columns());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
