package io.portolan.cli;

import io.portolan.engine.DesignWarning;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.design.DesignFileException;
import io.portolan.model.Design;
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

/** {@code portolan validate}: checks a design file and lists what a reviewer should look at. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a design file: errors (stderr, one line each) and warnings (stdout).",
            "Exit status: 0 when the design opens (warnings allowed), 1 with warnings under --strict, 2 on errors."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    PortolanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (.portolan).")
    Path file;

    @Option(names = "--strict", description = "Exit with status 1 when there are warnings.")
    boolean strict;

    @Override
    public Integer call() throws DesignFileException {
        FlowAnalysis analysis = root.analyze(file);
        Design design = analysis.design();
        List<DesignWarning> warnings = analysis.warnings();
        PrintWriter out = spec.commandLine().getOut();
        TerminalText.printWarnings(out, warnings);
        out.println(file + ": " + count(design.zones().size(), "zone") + ", " + count(design.firewalls().size(), "firewall")
                + ", " + count(design.nodes().size(), "node") + ", " + count(analysis.flows().size(), "flow") + " ("
                + analysis.flowsNeedingRules().size() + " leaving their zone), " + count(warnings.size(), "warning"));
        out.flush();
        return strict && !warnings.isEmpty() ? PortolanCommand.EXIT_WARNINGS : 0;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
