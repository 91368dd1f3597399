package io.portolan.app;

import io.portolan.cli.PortolanCommand;
import io.portolan.trace.StartupTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The program's entry point. With no arguments, or with a design file to open, it starts the window;
 * with a subcommand it runs the command line and never touches the display.
 *
 * <p>It deliberately does not extend {@code javafx.application.Application}, so that the shaded jar
 * starts on a class path without the JavaFX launcher checks, and the command line loads no JavaFX class.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Starts the window, or runs the command line when the arguments name a subcommand. */
    public static void main(String[] args) {
        StartupTrace.mark("main entered");
        quietenPoiLogging();
        if (opensWindow(args)) {
            DesktopStarter.start(args);
        } else {
            System.exit(PortolanCommand.run(args));
        }
    }

    /** True when the arguments ask for the window: none at all, or only a design file to open. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length == 1 && !args[0].startsWith("-")) {
            String name = args[0].toLowerCase(Locale.ROOT);
            return name.endsWith(".portolan") || name.endsWith(".json") && Files.isRegularFile(Path.of(args[0]));
        }
        return false;
    }

    /** Keeps POI's logging quiet; the training run of the class-data archive calls it too. */
    static void quietenPoiLogging() {
        // POI logs through log4j-api; without a provider log4j prints a warning on every start.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // POI logs a failed write (a full disk) as an error with its stack trace before throwing; Portolan reports the
        // failure itself, in one line naming the file
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }
}
