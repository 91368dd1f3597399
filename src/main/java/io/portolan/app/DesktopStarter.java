package io.portolan.app;

import io.portolan.ui.PortolanApp;
import javafx.application.Application;

/** Starts the JavaFX window; kept apart from {@link Launcher} so the command line never loads JavaFX. */
final class DesktopStarter {

    private DesktopStarter() {
    }

    static void start(String[] args) {
        Application.launch(PortolanApp.class, args);
    }
}
