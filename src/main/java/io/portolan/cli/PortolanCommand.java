package io.portolan.cli;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.DesignFileException;
import io.portolan.model.Design;
import io.portolan.trace.StartupTrace;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code portolan catalog}, {@code template}, {@code flows}, {@code rules}, {@code validate},
 * {@code diff}, {@code check}, {@code export}, {@code picture} and {@code walkthrough}. Exit status 0 on success, 1 for warnings where a command
 * says so, 2 for bad arguments and errors. Errors go to stderr as one line each.
 */
@Command(name = "portolan",
        mixinStandardHelpOptions = true,
        versionProvider = PortolanCommand.Version.class)
public final class PortolanCommand implements Callable<Integer> {

    /** Exit status for bad arguments and errors. */
    public static final int EXIT_ERROR = 2;
    /** Exit status for warnings, where a command asks for it ({@code validate --strict}). */
    public static final int EXIT_WARNINGS = 1;

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

    /** Reads a design file against the catalog and works out its flows. */
    FlowAnalysis analyze(Path file) throws DesignFileException {
        Catalog loaded = catalog();
        Design design = DesignFile.read(file, loaded);
        StartupTrace.mark("design read");
        FlowAnalysis analysis = new FlowEngine(loaded).analyze(design);
        StartupTrace.mark("flows worked out");
        return analysis;
    }

    /** The catalog: the built-in files plus the {@code --catalog} folder, loaded once. */
    Catalog catalog() {
        if (catalog == null) {
            catalog = CatalogLoader.loadBuiltInWith(extraCatalog);
            StartupTrace.mark("catalog loaded");
        }
        return catalog;
    }

    /**
     * Runs the command line on the process's stdout and stderr and returns the exit status. Output is UTF-8 whatever
     * the locale (a CI runner's {@code LC_ALL=C} would print Zürich as Z?rich), but on Windows, whose console reads
     * its own code page.
     */
    public static int run(String[] args) {
        Charset charset = System.getProperty("os.name", "").startsWith("Windows") ? Charset.defaultCharset() : StandardCharsets.UTF_8;
        return run(args, new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true));
    }

    /** Runs the command line, printing to the given writers, and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (Subcommands.askForVersionOnly(args)) {
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
            out.flush();
            return 0;
        }
        PortolanCommand root = new PortolanCommand();
        CommandLine commandLine = new CommandLine(root);
        Subcommands.addTo(commandLine, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        String command = CommandName.current();
        commandLine.getCommandSpec().usageMessage().description(
                "Designs remote-access and VDI topologies and works out the firewall rules they need.",
                "Without a subcommand, " + command + " opens the designer window; " + command + " FILE.portolan opens a design in it.");
        commandLine.setParameterExceptionHandler(PortolanCommand.parameterErrors(command));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(Path.class, PortolanCommand::path);
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            PrintWriter errors = cmd.getErr();
            for (String line : describe(error)) {
                errors.println("portolan: " + TerminalText.message(line));
            }
            if (root.debug) {
                error.printStackTrace(errors);
            }
            errors.flush();
            return EXIT_ERROR;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        StartupTrace.mark("command done");
        return status;
    }

    /**
     * Bad arguments: a word that names no command gets the commands there are; anything else its message and the usage
     * of the command it was given to.
     */
    private static CommandLine.IParameterExceptionHandler parameterErrors(String command) {
        return (error, args) -> {
            CommandLine cmd = error.getCommandLine();
            PrintWriter errors = cmd.getErr();
            Optional<String> word = unknownCommand(error);
            if (word.isPresent()) {
                UnknownCommand.print(errors, word.get(), List.copyOf(cmd.getSubcommands().keySet()), command);
                return EXIT_ERROR;
            }
            errors.println("portolan: " + TerminalText.message(error.getMessage()));
            cmd.usage(errors);
            errors.flush();
            return EXIT_ERROR;
        };
    }

    /** The word given where a subcommand belongs that names none, if that is what went wrong. */
    private static Optional<String> unknownCommand(CommandLine.ParameterException error) {
        if (error instanceof CommandLine.UnmatchedArgumentException unmatched && error.getCommandLine().getParent() == null) {
            List<String> words = unmatched.getUnmatched();
            if (!words.isEmpty() && !words.get(0).startsWith("-")) {
                return Optional.of(words.get(0));
            }
        }
        return Optional.empty();
    }

    /** A file name of the command line; one this system cannot encode gets a message saying why. */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            String charset = System.getProperty("sun.jnu.encoding", "");
            throw new CommandLine.TypeConversionException("'" + text + "' is not a file name this system can open"
                    + (charset.equalsIgnoreCase("UTF-8") ? "" : ": its locale reads file names as " + charset
                    + ", so letters outside ASCII are lost; run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8, as the installed "
                    + "portolan command does"));
        }
    }

    /** One line per problem: a design file with several problems gives one line for each. */
    private static List<String> describe(Exception error) {
        if (error instanceof DesignFileException file) {
            return file.problems().stream().map(DesignFileException.Problem::toString).toList();
        }
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return List.of(error.getClass().getSimpleName());
        }
        return message.lines().toList();
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
