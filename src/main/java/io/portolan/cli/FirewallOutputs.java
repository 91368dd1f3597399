package io.portolan.cli;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.AtomicFolder;
import io.portolan.io.OutputFileException;
import io.portolan.io.export.capirca.Aclgen;
import io.portolan.io.export.capirca.CapircaException;
import io.portolan.io.export.capirca.CapircaExport;
import io.portolan.io.export.capirca.CapircaOptions;
import io.portolan.io.export.capirca.CapircaResult;
import io.portolan.io.export.capirca.Platform;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.ObjectNameException;
import io.portolan.io.export.objects.ObjectNaming;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The firewall-ready outputs of {@code export}: the objects of the request (for the workbook's Objects sheet and
 * for Capirca), and the Capirca folder, checked before anything is written, rendered with aclgen when the user
 * chose platforms and aclgen is installed.
 */
final class FirewallOutputs {

    private final FlowAnalysis analysis;
    private final ObjectNaming naming;
    private FirewallObjects merged;

    FirewallOutputs(FlowAnalysis analysis, ObjectNaming naming) {
        this.analysis = analysis;
        this.naming = naming;
    }

    /** The objects of the request as the workbook lists it: merged, or one rule per flow and firewall. */
    FirewallObjects objects(boolean detailed) throws ObjectNameException {
        if (detailed) {
            return FirewallObjects.of(analysis.rules(true), analysis.design(), naming);
        }
        if (merged == null) {
            merged = FirewallObjects.of(analysis.rules(false), analysis.design(), naming);
        }
        return merged;
    }

    /** Fails as {@link #writeCapirca} would, before anything is written. */
    void checkCapirca(Path folder, List<Platform> platforms, boolean replace)
            throws OutputFileException, ObjectNameException, CapircaException {
        AtomicFolder.checkTarget(folder, replace);
        CapircaExport.check(analysis, objects(false), platforms);
    }

    /**
     * Writes the Capirca folder and says what it holds.
     *
     * @param render true to run aclgen when it is installed, and to say how to install it when it is not
     */
    void writeCapirca(Path folder, List<Platform> platforms, boolean replace, boolean render, PrintWriter out, PrintWriter err)
            throws OutputFileException, ObjectNameException, CapircaException {
        Optional<Aclgen> aclgen = render ? Aclgen.find() : Optional.empty();
        CapircaResult result = CapircaExport.export(analysis, objects(false),
                new CapircaOptions(platforms, replace, aclgen.orElse(null), null), folder);
        FirewallObjects objects = objects(false);
        long firewalls = result.policies().stream().filter(p -> p.startsWith("policies/pol/")).count();
        out.println("Wrote " + folder + ": Capirca policies for " + firewalls + (firewalls == 1 ? " firewall, " : " firewalls, ")
                + result.terms() + " terms for " + objects.rulesBefore() + " rules of the request, targets " + Platform.join(platforms) + (result.leftOut() > 0 ? "; " + result.leftOut() + " rules left out, listed in its README.md"
                : "") + ".");
        if (result.rendered()) {
            out.println("aclgen wrote " + result.configurations().size() + " platform configurations to " + folder.resolve("out") + ".");
        } else if (render) {
            err.println("portolan: warning: aclgen is not on the PATH, so no platform configurations were written; "
                    + Aclgen.HOW_TO_INSTALL + "; then run in " + folder + ": aclgen --base_directory=policies"
                    + " --definitions_directory=def --output_directory=out");
        }
    }
}
