package io.portolan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.portolan.engine.Boundary;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.export.CheckedTable;
import io.portolan.io.export.CompareColumn;
import io.portolan.io.export.RuleColumn;
import io.portolan.io.export.RuleRow;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.RulesCsv;
import io.portolan.io.export.RulesJson;
import io.portolan.rulebase.CheckResult;
import io.portolan.rulebase.ExistingRule;
import io.portolan.rulebase.RuleCheck;
import io.portolan.rulebase.RulebaseCheck;
import io.portolan.rulebase.RulebaseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code portolan check FILE --rulebase RULES.csv}: which rules of the request the firewalls already allow. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks the rules of a design's request against the rulebase in place, as a firewall evaluates it:"
            + " first match wins, a deny above an allow hides it, a block allows the hosts inside it and a range the ports within.",
            "Each rule is allowed (by which rules in place), partly allowed (what is missing) or missing; the rules in place that"
                + " touch the design's addresses but that nothing needs are listed for review. The rulebase is only read.",
            "Exit status: 0 when every rule is allowed, 1 when any is missing or partly allowed, 2 on errors."})
final class CheckCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    private static final JsonFactory JSON = new JsonFactory();

    @ParentCommand
    PortolanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (.portolan).")
    Path file;

    @Mixin
    RulebaseOptions rulebase;

    @Option(names = "--objects", paramLabel = "OBJECTS.csv", description = RulebaseOptions.OBJECTS_DESCRIPTION)
    Path objects;

    @Option(names = "--detailed", description = "Check one rule per flow and firewall instead of merged rules.")
    boolean detailed;

    @Option(names = "--firewall", paramLabel = "NAME", description = "Only the rules of this firewall or implicit boundary.")
    String firewall;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws DesignFileException, RulebaseException, IOException {
        if (!rulebase.given()) {
            throw new ParameterException(spec.commandLine(), "give the rulebase in place: --rulebase RULES.csv");
        }
        FlowAnalysis analysis = root.analyze(file);
        CheckResult result = RulebaseCheck.check(analysis, detailed, rulebase.read(objects));
        RuleTable table = CheckedTable.of(RuleTable.of(analysis, detailed), result, false);
        int[] range = range(table, analysis);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> RulesCsv.write(table, range[0], range[1], out);
            case json -> json(out, result, table, range);
            case table -> table(out, result, table, range);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (String unknown : result.unknownFirewalls()) {
            err.println("portolan: warning: the rulebase names firewall '" + unknown + "', which the design does not have;"
                    + " its rules are not checked");
        }
        err.flush();
        boolean allAllowed = table.rows().subList(range[0], range[1]).stream()
                .allMatch(row -> result.of(row.rule()).status() == RuleCheck.Status.ALLOWED);
        return allAllowed ? 0 : PortolanCommand.EXIT_WARNINGS;
    }

    private int[] range(RuleTable table, FlowAnalysis analysis) {
        if (firewall == null) {
            return new int[] {0, table.rows().size()};
        }
        Boundary boundary = BoundaryOption.find(analysis, firewall, spec.commandLine());
        RuleTable.Section section = table.sections().stream().filter(s -> s.boundary().equals(boundary)).findFirst().orElseThrow();
        return new int[] {section.from(), section.to()};
    }

    private static void table(PrintWriter out, CheckResult result, RuleTable table, int[] range) {
        out.println("Checked " + (range[1] - range[0]) + " rules against " + result.rulebase().file() + " ("
                + result.rulebase().rules().size() + " rules in place): " + result.count(RuleCheck.Status.ALLOWED) + " allowed, "
                + result.count(RuleCheck.Status.PARTLY) + " partly allowed, " + result.count(RuleCheck.Status.MISSING) + " missing");
        TextTable rules = new TextTable("NO", "FIREWALL", "SOURCE", "DESTINATION", "SERVICE", "ALREADY ALLOWED");
        for (int i = range[0]; i < range[1]; i++) {
            RuleRow row = table.rows().get(i);
            rules.row(Integer.toString(i + 1), row.cell(RuleColumn.FIREWALL),
                    row.cell(RuleColumn.SOURCE_NAME) + " (" + row.cell(RuleColumn.SOURCE_ADDRESS) + ")",
                    row.cell(RuleColumn.DESTINATION_NAME) + " (" + row.cell(RuleColumn.DESTINATION_ADDRESS) + ")",
                    (row.cell(RuleColumn.PROTOCOL) + " " + row.cell(RuleColumn.PORTS)).trim(), row.text(CompareColumn.ALREADY_ALLOWED));
        }
        out.print(rules);
        if (result.unneeded().isEmpty()) {
            return;
        }
        out.println();
        out.println(result.unneeded().size() + " rules in place touch the design's addresses but allow nothing it needs (review):");
        TextTable review = new TextTable("FIREWALL", "RULE", "ROW", "SOURCE", "DESTINATION", "SERVICE");
        for (ExistingRule rule : result.unneeded()) {
            review.row(rule.firewalls().isEmpty() ? "(every firewall)" : String.join(", ", rule.firewalls()), rule.name(),
                    Integer.toString(rule.row()), rule.sourceText(), rule.destinationText(), rule.serviceText());
        }
        out.print(review);
    }

    private static void json(PrintWriter out, CheckResult result, RuleTable table, int[] range) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("rulebase", result.rulebase().file());
            json.writeNumberField("rulesInPlace", result.rulebase().rules().size());
            for (RuleCheck.Status status : RuleCheck.Status.values()) {
                json.writeNumberField(status.name().toLowerCase(java.util.Locale.ROOT), result.count(status));
            }
            json.writeArrayFieldStart("rules");
            for (int i = range[0]; i < range[1]; i++) {
                RuleRow row = table.rows().get(i);
                RuleCheck check = result.of(row.rule());
                RulesJson.rule(json, i + 1, row, table.columns(), g -> status(g, check));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unneeded");
            for (ExistingRule rule : result.unneeded()) {
                existing(json, rule);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void status(JsonGenerator json, RuleCheck check) throws IOException {
        json.writeStringField("status", check.status().name().toLowerCase(java.util.Locale.ROOT));
        json.writeArrayFieldStart("allowedBy");
        for (ExistingRule rule : check.allowedBy()) {
            json.writeString(rule.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("deniedBy");
        for (ExistingRule rule : check.deniedBy()) {
            json.writeString(rule.name());
        }
        json.writeEndArray();
        json.writeStringField("missing", check.note().isEmpty() ? check.missingText() : check.note());
    }

    private static void existing(JsonGenerator json, ExistingRule rule) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("firewalls");
        for (String name : rule.firewalls()) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeStringField("name", rule.name());
        json.writeNumberField("row", rule.row());
        json.writeStringField("source", rule.sourceText());
        json.writeStringField("destination", rule.destinationText());
        json.writeStringField("service", rule.serviceText());
        json.writeStringField("action", rule.actionText());
        json.writeEndObject();
    }
}
