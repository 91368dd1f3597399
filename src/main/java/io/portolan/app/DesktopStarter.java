package io.portolan.app;

import io.portolan.cli.CommandName;
import io.portolan.ui.PortolanApp;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the JavaFX window; kept apart from {@link Launcher} so the command line never loads JavaFX. */
final class DesktopStarter {

    /**
     * Held so that the filter below stays on the logger: JUL keeps loggers only weakly.
     * See docs/decisions/0009-javafx-on-the-class-path.md.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private DesktopStarter() {
    }

    /**
     * Opens the window and returns when it closes. When the machine cannot show a window at all (no
     * display, no GTK on Linux), it says so in a line and what to do, instead of a stack trace, and exits 1.
     */
    static void start(String[] args) {
        JAVAFX_LOG.setFilter(record -> !String.valueOf(record.getMessage()).startsWith(CLASS_PATH_WARNING));
        try {
            PortolanApp.readAhead(args);
            Application.launch(PortolanApp.class, args);
        } catch (RuntimeException e) {
            Optional<String> advice = displayProblem(e);
            if (advice.isEmpty()) {
                throw e;
            }
            System.err.println(advice.get());
            System.exit(1);
        }
    }

    /** JavaFX's start-up warning when it runs from the class path, as the one-jar build and the installer do on purpose. */
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    /** What to tell the user when the toolkit could not start for want of a display or its libraries. */
    static Optional<String> displayProblem(Throwable error) {
        String message = String.valueOf(error.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        String commandLine = " The command line works without a display: " + CommandName.current() + " --help";
        if (lower.contains("gtk")) {
            return Optional.of("portolan: the window cannot start: " + message + " Portolan's window needs the GTK 3 libraries"
                    + " on Linux (Debian and Ubuntu: sudo apt-get install libgtk-3-0)." + commandLine);
        }
        if (lower.contains("display")) {
            return Optional.of("portolan: the window cannot start: " + message + ". Run it in a desktop session, or set DISPLAY."
                    + commandLine);
        }
        return Optional.empty();
    }
}
