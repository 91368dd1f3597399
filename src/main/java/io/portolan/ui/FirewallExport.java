package io.portolan.ui;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.export.capirca.Aclgen;
import io.portolan.io.export.capirca.CapircaException;
import io.portolan.io.export.capirca.CapircaExport;
import io.portolan.io.export.capirca.CapircaOptions;
import io.portolan.io.export.capirca.CapircaResult;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.ObjectNameException;
import io.portolan.io.export.objects.ObjectNaming;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.panels.TaskBarViewModel;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Export > Firewall Configuration and Export > Workbook with Objects: asks for the folder, platforms and object
 * names (offering the last choice), checks everything before writing, writes the Capirca policies and runs aclgen
 * off the window's thread, where it can be cancelled, then says what was written or what went wrong.
 */
final class FirewallExport {

    private static final String FAILED = "Cannot export the firewall configuration";

    private final DesignDocument document;
    private final Settings settings;
    private final Dialogs dialogs;
    private final TaskBarViewModel tasks;

    /**
     * @param tasks where the policies are written and aclgen runs, off the window's thread
     */
    FirewallExport(DesignDocument document, Settings settings, Dialogs dialogs, TaskBarViewModel tasks) {
        this.document = document;
        this.settings = settings;
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    /** The object names last chosen, for the workbook with objects. */
    ObjectNaming naming() {
        return new ObjectNaming(settings.objectPrefix(), settings.objectCase());
    }

    /** Asks, checks, then writes the policies in the background. */
    void export() {
        if (!tasks.checkIdle()) {
            return;
        }
        Optional<Aclgen> aclgen = Aclgen.find();
        String note = aclgen.map(a -> "aclgen (" + a.executable() + ") writes the platform configurations into out/.")
                .orElse("aclgen is not installed, so only the policies are written; to have the configurations too, "
                        + Aclgen.HOW_TO_INSTALL + ".");
        Optional<FirewallExportChoice> asked = dialogs.askFirewallExport(suggestion(), note);
        if (asked.isEmpty()) {
            return;
        }
        FirewallExportChoice choice = asked.get();
        settings.setFirewallExport(choice.platforms(), choice.prefix(), choice.nameCase(), choice.folder());
        boolean replace = holdsFiles(choice.folder());
        if (replace && !dialogs.confirm("Replace " + choice.folder().getFileName() + "?", choice.folder()
                + " holds files. Replace everything in it with the policies?", "Replace")) {
            return;
        }
        FlowAnalysis analysis = document.analysis();
        try {
            FirewallObjects objects = FirewallObjects.of(analysis.rules(false), analysis.design(),
                    ObjectNaming.of(choice.prefix(), choice.nameCase()));
            CapircaExport.check(analysis, objects, choice.platforms());
            CapircaOptions options = new CapircaOptions(choice.platforms(), replace, aclgen.orElse(null), null);
            tasks.start("the firewall configuration", choice.folder(), FAILED,
                    cancellation -> summary(CapircaExport.export(analysis, objects, options, choice.folder(), cancellation), objects));
        } catch (ObjectNameException | CapircaException e) {
            dialogs.showError(FAILED, e.getMessage());
        }
    }

    /** What the export says besides where the folder is: how many firewalls and rules, what was left out, what aclgen did. */
    private static String summary(CapircaResult result, FirewallObjects objects) {
        long firewalls = result.policies().stream().filter(p -> p.startsWith("policies/pol/")).count();
        String text = "Capirca policies for " + firewalls + (firewalls == 1 ? " firewall" : " firewalls") + ": " + result.terms()
                + " rules with objects, grouped from " + objects.rulesBefore() + " rules of the request.";
        if (result.leftOut() > 0) {
            text += " " + result.leftOut() + " rules are left out (implicit boundaries, no route, no address); README.md lists them.";
        }
        return text + " " + (result.rendered() ? "aclgen wrote " + result.configurations().size()
                + " platform configurations into out/." : "aclgen did not run: render the policies with it later, as README.md says.");
    }

    private FirewallExportChoice suggestion() {
        Path folder = settings.firewallFolder().orElseGet(() -> settings.lastFolder().map(f -> f.resolve(defaultName())).orElse(null));
        return new FirewallExportChoice(folder, settings.firewallPlatforms(), settings.objectPrefix(), settings.objectCase());
    }

    private String defaultName() {
        String name = document.displayNameProperty().get().replaceFirst("\\.portolan$", "");
        return name.replaceAll("[^A-Za-z0-9._-]+", "-") + "-capirca";
    }

    private static boolean holdsFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
