package io.portolan.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The subcommands of {@code portolan}, added to the command line only when a run needs them: building a subcommand's
 * model makes picocli load every class its fields and methods name (Jackson, the engine, the workbook), which costs a
 * short command such as {@code portolan --version} more than the command itself.
 */
final class Subcommands {

    /** The subcommands in the order the help lists them. */
    static final List<String> NAMES = List.of("catalog", "template", "flows", "rules", "validate", "diff", "check", "export",
            "picture", "walkthrough", "help");

    private Subcommands() {
    }

    /** True when the arguments only ask for the version, which needs neither a subcommand nor picocli. */
    static boolean askForVersionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /**
     * Adds what the arguments need: the named subcommand alone when they name one, and every subcommand otherwise (the
     * help, a usage message, an unknown name, an argument file), so that messages list them all.
     */
    static void addTo(CommandLine root, String[] args) {
        String named = firstPositional(args);
        if (named != null && !named.equals("help") && NAMES.contains(named)) {
            root.addSubcommand(named, create(named));
            return;
        }
        for (String name : NAMES) {
            root.addSubcommand(name, create(name));
        }
    }

    /** The first argument that is not an option of {@code portolan} itself, or null. */
    private static String firstPositional(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--catalog")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static Object create(String name) {
        return switch (name) {
            case "catalog" -> new CatalogCommand();
            case "template" -> new TemplateCommand();
            case "flows" -> new FlowsCommand();
            case "rules" -> new RulesCommand();
            case "validate" -> new ValidateCommand();
            case "diff" -> new DiffCommand();
            case "check" -> new CheckCommand();
            case "export" -> new ExportCommand();
            case "picture" -> new PictureCommand();
            case "walkthrough" -> new WalkthroughCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }
}
