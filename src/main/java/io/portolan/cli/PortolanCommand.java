package io.portolan.cli;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code portolan catalog}, and the subcommands of later issues. Exit status 0 on
 * success, 1 for warnings where a command says so, 2 for bad arguments and errors.
 */
@Command(name = "portolan",
        mixinStandardHelpOptions = true,
        versionProvider = PortolanCommand.Version.class,
        description = "Designs remote-access and VDI topologies and works out the firewall rules they need.%n"
                + "Without a subcommand, java -jar portolan.jar opens the designer window.",
        subcommands = {CatalogCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class PortolanCommand implements Callable<Integer> {

    /** Exit status for bad arguments and errors. */
    public static final int EXIT_ERROR = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "A folder of extra catalog files, validated like the built-in ones.")
    Path extraCatalog;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean debug;

    private Catalog catalog;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_ERROR;
    }

    /** The catalog: the built-in files plus the {@code --catalog} folder, loaded once. */
    Catalog catalog() {
        if (catalog == null) {
            catalog = CatalogLoader.loadBuiltInWith(extraCatalog);
        }
        return catalog;
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String[] args) {
        PortolanCommand root = new PortolanCommand();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setParameterExceptionHandler((error, unmatched) -> {
            CommandLine cmd = error.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("portolan: " + error.getMessage());
            cmd.usage(err);
            err.flush();
            return EXIT_ERROR;
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("portolan: " + describe(error));
            if (root.debug) {
                error.printStackTrace(err);
            }
            err.flush();
            return EXIT_ERROR;
        });
        return commandLine.execute(args);
    }

    private static String describe(Exception error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        return message;
    }

    /** Reads the version from the jar's manifest; "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PortolanCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Portolan " + (version == null ? "development" : version)};
        }
    }
}
