package io.portolan.cli;

import io.portolan.io.AtomicFiles;
import io.portolan.io.design.DesignFile;
import io.portolan.io.OutputFileException;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code portolan template}: lists the reference designs, or writes one to a design file. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Writes a reference design to a design file, or lists the templates.",
            "Example: portolan template citrix-onprem -o remote-access.portolan"})
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    PortolanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The template, e.g. citrix-onprem.")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The design file to write.")
    Path output;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    @Option(names = "--list", description = "List the templates.")
    boolean list;

    @Override
    public Integer call() throws OutputFileException {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            if (name != null || output != null) {
                throw new ParameterException(spec.commandLine(), "--list takes no template name and no output file");
            }
            printList(out);
            return 0;
        }
        if (name == null) {
            throw new ParameterException(spec.commandLine(), "name a template (portolan template --list shows them)");
        }
        if (output == null) {
            throw new ParameterException(spec.commandLine(), "name the design file to write with -o FILE");
        }
        Templates.Template template;
        Design design;
        try {
            template = Templates.find(name);
            design = Templates.load(template.name(), root.catalog());
        } catch (Templates.UnknownTemplateException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, name);
        }
        AtomicFiles.checkTarget(output);
        if (!force && Files.exists(output)) {
            throw new OutputFileException(output, "it exists already; add --force to replace it");
        }
        DesignFile.write(output, design);
        out.println("Wrote the template " + template.name() + " (" + template.title() + ") to " + output);
        out.flush();
        return 0;
    }

    private static void printList(PrintWriter out) {
        TextTable table = new TextTable("NAME", "TITLE", "DESCRIPTION");
        for (Templates.Template template : Templates.list()) {
            table.row(template.name(), template.title(), template.description());
        }
        out.print(table);
        out.flush();
    }
}
