package io.portolan.cli;

import io.portolan.catalog.ConnectionSequence;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.PortLabels;
import io.portolan.engine.walkthrough.Walkthrough;
import io.portolan.engine.walkthrough.WalkthroughSequence;
import io.portolan.engine.walkthrough.WalkthroughStep;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.export.WalkthroughJson;
import io.portolan.model.Node;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code portolan walkthrough}: the connection sequences a design carries, step by step, and the steps it cannot carry. */
@Command(name = "walkthrough", mixinStandardHelpOptions = true,
        description = {"Walks through what happens when a user connects (and in the background): the catalog's sequences that"
            + " apply to the design, each step with its flows and the firewalls they pass, and the steps the design cannot"
            + " carry, with what to place."})
final class WalkthroughCommand implements Callable<Integer> {

    enum Format { table, json }

    @ParentCommand
    PortolanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (.portolan).")
    Path file;

    @Option(names = "--sequence", paramLabel = "NAME",
            description = "Only this sequence (its id or name, any case), even one that does not apply to the design.")
    String sequence;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws DesignFileException, IOException {
        FlowAnalysis analysis = root.analyze(file);
        Walkthrough walkthrough = Walkthrough.of(analysis);
        List<WalkthroughSequence> sequences = sequence == null ? walkthrough.sequences()
                : List.of(walkthrough.walk(find(analysis.catalog().sequences())));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            WalkthroughJson.write(sequences, out);
        } else {
            printTables(out, sequences);
        }
        out.flush();
        return 0;
    }

    private ConnectionSequence find(List<ConnectionSequence> known) {
        String wanted = sequence.trim().toLowerCase(Locale.ROOT);
        for (ConnectionSequence candidate : known) {
            if (candidate.id().equals(wanted) || candidate.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return candidate;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "no sequence '" + sequence + "' in the catalog; known: "
                + String.join(", ", known.stream().map(ConnectionSequence::id).toList()));
    }

    private static void printTables(PrintWriter out, List<WalkthroughSequence> sequences) {
        if (sequences.isEmpty()) {
            out.println("No connection sequence of the catalog applies to this design.");
            return;
        }
        for (int i = 0; i < sequences.size(); i++) {
            if (i > 0) {
                out.println();
            }
            printTable(out, sequences.get(i));
        }
    }

    private static void printTable(PrintWriter out, WalkthroughSequence walked) {
        out.println(TerminalText.escaped(walked.name()) + " [" + walked.id() + "], " + walked.sequence().kind().id() + ": "
                + state(walked));
        TextTable table = new TextTable("STEP", "TITLE", "FLOW", "SERVICE", "FIREWALLS");
        for (WalkthroughStep step : walked.steps()) {
            String number = Integer.toString(step.number());
            if (step.missing()) {
                table.row(number, step.title(), (step.step().optional() ? "not in this design (optional): " : "missing: ")
                        + step.hint(), "", "");
                continue;
            }
            boolean first = true;
            for (List<Flow> pair : byNodePair(step.flows())) {
                Flow flow = pair.get(0);
                table.row(first ? number : "", first ? step.title() : "",
                        flow.source().name() + " -> " + flow.destination().name(), PortLabels.label(pair),
                        String.join(" > ", flow.route().boundaryNames()));
                first = false;
            }
        }
        out.print(table);
    }

    private static String state(WalkthroughSequence walked) {
        String state = walked.complete() ? "complete, " + walked.steps().size() + " steps"
                : walked.gaps().size() + " of " + walked.steps().size() + " steps missing";
        return walked.applies() ? state : state + " (does not apply to this design: it requires "
                + String.join(", ", walked.sequence().requires()) + ")";
    }

    /** The flows per directed pair of nodes, in the order of each pair's first flow. */
    private static List<List<Flow>> byNodePair(List<Flow> flows) {
        Map<List<Node>, List<Flow>> pairs = new LinkedHashMap<>();
        for (Flow flow : flows) {
            pairs.computeIfAbsent(List.of(flow.source(), flow.destination()), k -> new ArrayList<>()).add(flow);
        }
        return List.copyOf(pairs.values());
    }
}
