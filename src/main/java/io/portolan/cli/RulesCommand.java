package io.portolan.cli;

import io.portolan.engine.Boundary;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleRow;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.RulesCsv;
import io.portolan.io.export.RulesJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code portolan rules}: the rules of the change request, as the workbook's Rules sheet lists them. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists the rules of the change request, numbered as in the workbook's Rules sheet: per firewall,"
            + " then the flows without a route.",
            "Warnings go to stderr with --format table or csv, and into the document with --format json."})
final class RulesCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @ParentCommand
    PortolanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (.portolan).")
    Path file;

    @Option(names = "--detailed", description = "One rule per flow and firewall instead of merged rules.")
    boolean detailed;

    @Option(names = "--firewall", paramLabel = "NAME",
            description = "Only the rules of this firewall or implicit boundary (its name, any case).")
    String firewall;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws DesignFileException, IOException {
        FlowAnalysis analysis = root.analyze(file);
        RuleTable table = RuleTable.of(analysis, detailed);
        int from = 0;
        int to = table.rows().size();
        if (firewall != null) {
            Boundary boundary = BoundaryOption.find(analysis, firewall, spec.commandLine());
            RuleTable.Section section = table.sections().stream().filter(s -> s.boundary().equals(boundary)).findFirst()
                    .orElseThrow();
            from = section.from();
            to = section.to();
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> RulesJson.write(table, from, to, out);
            case csv -> RulesCsv.write(table, from, to, out);
            case table -> printTable(out, table, from, to);
        }
        out.flush();
        if (format != Format.json) {
            TerminalText.printWarnings(spec.commandLine().getErr(), analysis.warnings());
        }
        return 0;
    }

    private static void printTable(PrintWriter out, RuleTable table, int from, int to) {
        TextTable text = new TextTable("NO", "FIREWALL", "SOURCE", "DESTINATION", "SERVICE", "CONDITION", "NEED");
        for (int i = from; i < to; i++) {
            RuleRow row = table.rows().get(i);
            text.row(Integer.toString(i + 1), row.cell(RuleColumn.FIREWALL),
                    row.cell(RuleColumn.SOURCE_NAME) + " (" + row.cell(RuleColumn.SOURCE_ZONE) + ")",
                    row.cell(RuleColumn.DESTINATION_NAME) + " (" + row.cell(RuleColumn.DESTINATION_ZONE) + ")",
                    (row.cell(RuleColumn.PROTOCOL) + " " + row.cell(RuleColumn.PORTS)).trim(),
                    row.cell(RuleColumn.CONDITION), row.cell(RuleColumn.REQUIRED));
        }
        int count = to - from;
        out.println(count + (count == 1 ? " rule" : " rules") + (table.detailed() ? ", one per flow and firewall" : ""));
        out.print(text);
    }
}
