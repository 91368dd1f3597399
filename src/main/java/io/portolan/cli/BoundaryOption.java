package io.portolan.cli;

import io.portolan.engine.Boundary;
import io.portolan.engine.BoundaryRules;
import io.portolan.engine.FlowAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The {@code --firewall NAME} option of the commands that list flows or rules: a firewall or implicit boundary by name. */
final class BoundaryOption {

    private BoundaryOption() {
    }

    /** The firewall or implicit boundary of the analysis with the name, compared case-insensitively. */
    static Boundary find(FlowAnalysis analysis, String name, CommandLine commandLine) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        List<Boundary> boundaries = analysis.byFirewall().stream().map(BoundaryRules::boundary).toList();
        return boundaries.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> new ParameterException(commandLine, "unknown firewall '" + name + "'; "
                        + (boundaries.isEmpty() ? "the design has no firewall and no flow crosses a zone boundary"
                        : "the design has: " + boundaries.stream().map(Boundary::name).collect(Collectors.joining(", ")))));
    }
}
