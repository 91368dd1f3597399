package io.portolan.cli;

import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.AtomicFiles;
import io.portolan.io.Cancellation;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.OutputFileException;
import io.portolan.io.export.diagram.DiagramOptions;
import io.portolan.io.export.diagram.DiagramRenderer;
import io.portolan.compare.RequestComparer;
import io.portolan.io.export.CheckedTable;
import io.portolan.io.export.DeltaTable;
import io.portolan.io.export.RuleTable;
import io.portolan.io.export.RulesCsv;
import io.portolan.io.export.capirca.CapircaException;
import io.portolan.io.export.capirca.Platform;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.NameCase;
import io.portolan.io.export.objects.ObjectNameException;
import io.portolan.io.export.objects.ObjectNaming;
import io.portolan.io.export.workbook.PaperSize;
import io.portolan.io.export.workbook.WorkbookExporter;
import io.portolan.io.export.workbook.WorkbookOptions;
import io.portolan.io.git.RevisionException;
import io.portolan.rulebase.RulebaseCheck;
import io.portolan.rulebase.RulebaseException;
import java.awt.AWTError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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

/**
 * {@code portolan export FILE -o OUT.xlsx}: the firewall change-request workbook of a design, its rules as CSV, its
 * named objects, and Capirca policies per firewall ({@code --capirca DIR}), rendered by aclgen for the platforms chosen.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the firewall change-request workbook of a design (an Excel workbook), its rules as CSV, and Capirca"
            + " policies per firewall, from which Capirca's aclgen writes Cisco, Palo Alto, Juniper, nftables and other configurations.",
            "The Diagram sheet is drawn without a display; --no-diagram leaves it out.",
            "Every output is checked before any is written; an existing file or folder is replaced only once the new one is complete."},
        sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    /** The platforms --platform takes, for the help (a test holds it to Platform.ids()). */
    static final String PLATFORMS = "asa, ios, nxos, iosxr, arista, juniper, srx, paloalto, nftables, iptables, speedway, pf";

    @ParentCommand
    PortolanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (.portolan).")
    Path design;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.xlsx", description = "The workbook to write.")
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

    @Option(names = "--rulebase-objects", paramLabel = "OBJECTS.csv", description = RulebaseOptions.OBJECTS_DESCRIPTION)
    Path rulebaseObjects;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The request date written in the workbook (default: today), for output that does not change from day to day.")
    LocalDate date;

    @Option(names = "--paper", paramLabel = "a4|a3|letter|legal|tabloid", converter = PaperConverter.class,
            description = "The paper the workbook prints on (default: the usual paper where this computer's locale is: Letter in"
                + " the US, Canada, Mexico, the Philippines and other Letter countries, A4 elsewhere).")
    PaperSize paper;

    @Option(names = "--objects", description = "Add an Objects sheet, and name objects instead of addresses in the Rules sheets and the CSV.")
    boolean objects;

    @Option(names = "--capirca", paramLabel = "DIR", description = {"Write Capirca policies per firewall into the folder (def/, policies/,"
        + " README.md); it must be new or empty unless --force."})
    Path capirca;

    @Option(names = "--platform", paramLabel = "LIST",
            description = {"The platforms the policies target, comma-separated: " + ExportCommand.PLATFORMS
                + " (default: asa,paloalto,srx,nftables).",
                "Also runs aclgen, when it is installed, into DIR/out."})
    String platformList;

    @Option(names = "--prefix", paramLabel = "TEXT", defaultValue = "", description = "Put before every object name, e.g. PTL_.")
    String prefix;

    @Option(names = "--case", paramLabel = "upper|lower", defaultValue = "upper", converter = CaseConverter.class,
            description = "The case of object names (default: upper).")
    NameCase nameCase;

    @Option(names = "--force", description = "Replace the --capirca folder when it holds files.")
    boolean force;

    @Override
    public Integer call() throws DesignFileException, OutputFileException, ObjectNameException, CapircaException, RevisionException,
            RulebaseException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkArguments();
        FlowAnalysis analysis = root.analyze(design);
        FirewallOutputs firewall = new FirewallOutputs(analysis, naming());
        FirewallObjects workbookObjects = objects ? firewall.objects(detailed) : null;
        if (output != null) {
            AtomicFiles.checkTarget(output);
        }
        if (csv != null) {
            AtomicFiles.checkTarget(csv);
        }
        if (capirca != null) {
            firewall.checkCapirca(capirca, platforms(), force);
        }
        // the diagram and the warnings the Request sheet lists are drawn and worked out on a second core meanwhile
        Meanwhile meanwhile = output != null ? Meanwhile.start(analysis, noDiagram ? null : day(), err) : null;
        RuleTable table = output != null || csv != null ? table(analysis, workbookObjects) : null;
        writeAll(table, workbookObjects, firewall, meanwhile, out, err);
        long unrouted = analysis.flows().stream().filter(Flow::unrouted).count();
        if (unrouted > 0) {
            err.println("portolan: warning: " + unrouted + " flows have no route (unroutable, or an end outside every zone);"
                    + (capirca != null ? " they are listed in the README.md of the Capirca folder." : " they are listed in the Rules sheet, marked."));
        }
        out.flush();
        err.flush();
        return 0;
    }

    /** Usage errors, caught before the design is read: nothing to write, targets that are one file, wrong extensions. */
    private void checkArguments() {
        if (output == null && csv == null && capirca == null) {
            throw new ParameterException(spec.commandLine(), "nothing to write: give -o OUT.xlsx for the workbook, --csv OUT.csv,"
                    + " --capirca DIR for Capirca policies, or several of them");
        }
        if (platformList != null && capirca == null) {
            throw new ParameterException(spec.commandLine(), "--platform chooses the targets of the Capirca policies: add --capirca DIR");
        }
        if (since != null && against != null) {
            throw new ParameterException(spec.commandLine(), "give --since OLD or --against REV, not both");
        }
        if (objects && (since != null || against != null)) {
            throw new ParameterException(spec.commandLine(), "--objects names the objects of the whole request; a delta request"
                    + " (--since, --against) lists addresses");
        }
        platforms();
        String[] names = {"the workbook (-o)", "the CSV (--csv)", "the Capirca folder (--capirca)"};
        Path[] targets = {output, csv, capirca};
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] != null) {
                refuseSameFile(design, targets[i], "the design file and " + names[i] + " are the same file");
            }
        }
        if (output != null && csv != null) {
            refuseSameFile(output, csv, "the workbook (-o) and the CSV (--csv) are the same file");
        }
        for (Path read : new Path[] {rulebase.rules, rulebaseObjects}) {
            for (int i = 0; i < targets.length; i++) {
                if (read != null && targets[i] != null) {
                    refuseSameFile(read, targets[i], names[i] + " would replace a rulebase file, which is only ever read");
                }
            }
        }
        if (output != null) {
            requireExtension(output, ".xlsx", "the workbook (-o)");
        }
        if (csv != null) {
            requireExtension(csv, ".csv", "the CSV (--csv)");
        }
    }

    private ObjectNaming naming() {
        try {
            return ObjectNaming.of(prefix, nameCase);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The platforms chosen, or the defaults; an unknown one is a usage error naming the ones there are. */
    private List<Platform> platforms() {
        try {
            return platformList == null ? Platform.DEFAULTS : Platform.parseList(platformList);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The rows to write: the full request, or only what changed since the earlier revision, or what is not yet allowed. */
    private RuleTable table(FlowAnalysis analysis, FirewallObjects workbookObjects)
            throws DesignFileException, RevisionException, RulebaseException {
        RuleTable table;
        if (since == null && against == null) {
            table = workbookObjects == null ? RuleTable.of(analysis, detailed)
                    : RuleTable.of(analysis, detailed, workbookObjects.addressNaming());
        } else {
            EarlierRevision earlier = since != null ? EarlierRevision.ofFile(root, since)
                    : EarlierRevision.ofCommit(root, design, against);
            table = DeltaTable.of(RequestComparer.compare(earlier.analysis(), analysis, detailed), earlier.description());
        }
        if (rulebase.given()) {
            table = CheckedTable.of(table, RulebaseCheck.check(analysis, detailed, rulebase.read(rulebaseObjects)), true);
        }
        return table;
    }

    /**
     * Writes the workbook and the CSV whole beside their targets first, and puts them in place only once everything, the
     * Capirca folder included, is written: a failure leaves the old pair, never a new workbook beside an old CSV. Only a
     * process killed in the instant between the two renames can leave them apart.
     */
    private void writeAll(RuleTable table, FirewallObjects workbookObjects, FirewallOutputs firewall, Meanwhile meanwhile,
                          PrintWriter out, PrintWriter err)
            throws OutputFileException, CapircaException, ObjectNameException {
        List<AtomicFiles.Output> files = new ArrayList<>();
        List<String> wrote = new ArrayList<>();
        if (output != null) {
            files.add(workbook(table, workbookObjects, meanwhile, wrote, err));
        }
        if (csv != null) {
            files.add(new AtomicFiles.Output(csv, RulesCsv.writer(table)));
            wrote.add("Wrote " + csv + ": the Rules sheet as CSV" + (objects ? ", naming objects" : "") + ".");
        }
        try (AtomicFiles.Staged staged = AtomicFiles.stage(files, Cancellation.none())) {
            if (capirca != null) {
                firewall.writeCapirca(capirca, platforms(), force, platformList != null, out, err);
            }
            staged.commit();
        }
        wrote.forEach(out::println);
    }

    /** The workbook to write, with the line that says it was written. */
    private AtomicFiles.Output workbook(RuleTable table, FirewallObjects workbookObjects, Meanwhile meanwhile, List<String> wrote,
                                        PrintWriter err)
            throws OutputFileException {
        LocalDate day = day();
        // the rules go on over as many sheets as they need; a sheet that cannot is refused before the diagram is used
        WorkbookExporter.requireFits(table, output);
        byte[] png = noDiagram ? null : meanwhile != null && meanwhile.of(table.analysis()) ? meanwhile.png()
                : diagram(table.analysis(), day, err);
        AtomicFiles.Writer writer = WorkbookExporter.writer(table, new WorkbookOptions(detailed, png, day, paper), workbookObjects,
                output, Cancellation.none());
        wrote.add("Wrote " + output + ": " + summary(table) + (png != null ? ", with the diagram drawn without a display"
                : ", without a Diagram sheet") + (workbookObjects != null ? ", with " + workbookObjects.addresses().size()
                + " address and " + workbookObjects.services().size() + " service objects" : "") + ".");
        return new AtomicFiles.Output(output, writer);
    }

    /** A paper size by name. */
    static final class PaperConverter implements ITypeConverter<PaperSize> {
        @Override
        public PaperSize convert(String value) {
            return PaperSize.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a paper size; write a4, a3, letter, legal or tabloid"));
        }
    }

    /** Upper or lower. */
    static final class CaseConverter implements ITypeConverter<NameCase> {
        @Override
        public NameCase convert(String value) {
            NameCase parsed = NameCase.parse(value);
            if (parsed == null) {
                throw new TypeConversionException("'" + value + "' is not a case of names; write upper or lower");
            }
            return parsed;
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

    private void refuseSameFile(Path a, Path b, String message) {
        refuseSameFile(spec, a, b, message);
    }

    /** Writing one of the files over the other would destroy it; that is a usage error, caught before anything is read. */
    static void refuseSameFile(CommandSpec spec, Path a, Path b, String message) {
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

    private String summary(RuleTable table) {
        if (!table.notes().isEmpty()) {
            String what = since != null || against != null ? "a delta request against " + table.notes().get(0).text()
                    : "a request checked against " + rulebase.rules;
            return what + ", " + table.rows().size() + (table.rows().size() == 1 ? " rule" : " rules")
                    + (rulebase.given() ? " not yet allowed" : " to add, remove or change");
        }
        FlowAnalysis analysis = table.analysis();
        long firewalls = analysis.byFirewall().stream().filter(b -> !b.rules().isEmpty()).count();
        long crossing = analysis.flowsNeedingRules().size();
        return crossing + " flows need rules, on " + firewalls + (firewalls == 1 ? " firewall or boundary" : " firewalls and boundaries");
    }

    /** The diagram drawn without a display, or null with a note on stderr when this machine cannot draw text. */
    private LocalDate day() {
        return date == null ? LocalDate.now() : date;
    }

    static byte[] diagram(FlowAnalysis analysis, LocalDate day, PrintWriter err) {
        System.setProperty("java.awt.headless", "true");
        try {
            return DiagramRenderer.of(analysis, DiagramOptions.of(day)).png();
        } catch (AWTError | UnsatisfiedLinkError | InternalError e) {
            err.println("portolan: the Diagram sheet is left out: this machine cannot draw without a display (" + e.getMessage() + ")");
            return null;
        }
    }
}
