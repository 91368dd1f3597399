package io.portolan.cli;

import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.AtomicFiles;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.OutputFileException;
import io.portolan.io.export.diagram.DiagramRenderer;
import io.portolan.compare.RequestComparer;
import io.portolan.io.export.CheckedTable;
import io.portolan.io.export.DeltaTable;
import io.portolan.rulebase.RulebaseCheck;
import io.portolan.rulebase.RulebaseException;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.RulesCsv;
import io.portolan.io.git.RevisionException;
import io.portolan.io.export.workbook.WorkbookExporter;
import io.portolan.io.export.workbook.WorkbookOptions;
import java.awt.AWTError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code portolan export FILE -o OUT.xlsx}: the firewall change-request workbook of a design, and its rules as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the firewall change-request workbook of a design (an Excel workbook), and optionally its rules as CSV.",
            "The Diagram sheet is drawn without a display; --no-diagram leaves it out.",
            "An existing output file is replaced only once the new one is complete."},
        sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    PortolanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (.portolan).")
    Path design;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.xlsx", required = true, description = "The workbook to write.")
    Path output;

    @Option(names = "--detailed", description = "One row per flow and firewall instead of merged rules.")
    boolean detailed;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "Also write the Rules sheet as CSV.")
    Path csv;

    @Option(names = "--no-diagram", description = "Leave the Diagram sheet out.")
    boolean noDiagram;

    @Option(names = "--since", paramLabel = "OLD",
            description = "Write a delta request: only the rules to add, remove and change since this earlier design file.")
    Path since;

    @Option(names = "--against", paramLabel = "REV",
            description = "Write a delta request against the design file as committed at this git revision (HEAD, a tag, ...).")
    String against;

    @Mixin
    RulebaseOptions rulebase;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The request date written in the workbook (default: today), for output that does not change from day to day.")
    LocalDate date;

    @Override
    public Integer call() throws DesignFileException, OutputFileException, RevisionException, RulebaseException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkArguments();
        FlowAnalysis analysis = root.analyze(design);
        AtomicFiles.checkTarget(output);
        if (csv != null) {
            AtomicFiles.checkTarget(csv);
        }
        RuleTable table = table(analysis);
        byte[] png = noDiagram ? null : diagram(analysis, err);
        WorkbookExporter.export(table, new WorkbookOptions(detailed, png, date), output);
        long unrouted = analysis.flows().stream().filter(Flow::unrouted).count();
        out.println("Wrote " + output + ": " + summary(analysis, table) + (png != null ? ", with the diagram drawn without a display"
                : ", without a Diagram sheet") + ".");
        if (csv != null) {
            RulesCsv.export(table, csv);
            out.println("Wrote " + csv + ": the Rules sheet as CSV.");
        }
        if (unrouted > 0) {
            err.println("portolan: warning: " + unrouted + " flows have no route (unroutable, or an end outside every zone);"
                    + " they are listed in the Rules sheet, marked.");
        }
        out.flush();
        err.flush();
        return 0;
    }

    /** Refuses, before anything is read, what would write over the design, the rulebase or one output with another. */
    private void checkArguments() {
        if (since != null && against != null) {
            throw new ParameterException(spec.commandLine(), "give --since OLD or --against REV, not both");
        }
        refuseSameFile(design, output, "the design file and the workbook (-o) are the same file");
        if (csv != null) {
            refuseSameFile(design, csv, "the design file and the CSV (--csv) are the same file");
            refuseSameFile(output, csv, "the workbook (-o) and the CSV (--csv) are the same file");
            for (Path read : new Path[] {rulebase.rules, rulebase.objects}) {
                if (read != null) {
                    refuseSameFile(read, csv, "the CSV (--csv) would replace a rulebase file, which is only ever read");
                }
            }
        }
        requireExtension(output, ".xlsx", "the workbook (-o)");
        if (csv != null) {
            requireExtension(csv, ".csv", "the CSV (--csv)");
        }
    }

    /** A workbook named like a design (or anything else) would replace that file with one no program expects there. */
    private void requireExtension(Path file, String extension, String what) {
        Path name = file.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new ParameterException(spec.commandLine(), "refusing to write: " + what + " must end in " + extension
                    + ", not " + file);
        }
    }

    /** The request date, with a message a user can act on when it is not a date. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-14");
            }
        }
    }

    /** Writing one of the files over the other would destroy it; that is a usage error, caught before anything is read. */
    private void refuseSameFile(Path a, Path b, String message) {
        Path first = a.toAbsolutePath().normalize();
        Path second = b.toAbsolutePath().normalize();
        boolean same = first.equals(second);
        try {
            same |= Files.exists(first) && Files.exists(second) && Files.isSameFile(first, second);
        } catch (IOException e) {
            // a file that cannot be compared is not known to be the same; writing it reports its own error
        }
        if (same) {
            throw new ParameterException(spec.commandLine(), "refusing to write: " + message + " (" + b + ")");
        }
    }

    /** The rows to write: the full request, or only what changed since the earlier revision. */
    private RuleTable table(FlowAnalysis analysis) throws DesignFileException, RevisionException, RulebaseException {
        RuleTable table;
        if (since == null && against == null) {
            table = RuleTable.of(analysis, detailed);
        } else {
            EarlierRevision earlier = since != null ? EarlierRevision.ofFile(root, since)
                    : EarlierRevision.ofCommit(root, design, against);
            table = DeltaTable.of(RequestComparer.compare(earlier.analysis(), analysis, detailed), earlier.description());
        }
        if (rulebase.given()) {
            table = CheckedTable.of(table, RulebaseCheck.check(analysis, detailed, rulebase.read()), true);
        }
        return table;
    }

    private String summary(FlowAnalysis analysis, RuleTable table) {
        if (!table.notes().isEmpty()) {
            String what = since != null || against != null ? "a delta request against " + table.notes().get(0).text()
                    : "a request checked against " + rulebase.rules;
            return what + ", " + table.rows().size() + (table.rows().size() == 1 ? " rule" : " rules")
                    + (rulebase.given() ? " not yet allowed" : " to add, remove or change");
        }
        long firewalls = analysis.byFirewall().stream().filter(b -> !b.rules().isEmpty()).count();
        long crossing = analysis.flowsNeedingRules().size();
        return crossing + " flows need rules, on " + firewalls + (firewalls == 1 ? " firewall or boundary" : " firewalls and boundaries");
    }

    /** The diagram drawn without a display, or null with a note on stderr when this machine cannot draw text. */
    private static byte[] diagram(FlowAnalysis analysis, PrintWriter err) {
        System.setProperty("java.awt.headless", "true");
        try {
            return DiagramRenderer.png(analysis);
        } catch (AWTError | UnsatisfiedLinkError | InternalError e) {
            err.println("portolan: the Diagram sheet is left out: this machine cannot draw without a display (" + e.getMessage() + ")");
            return null;
        }
    }
}
