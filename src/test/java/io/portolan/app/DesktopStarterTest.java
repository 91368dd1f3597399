package io.portolan.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the launcher tells a user whose machine cannot show the window. */
class DesktopStarterTest {

    @Test
    void missingGtkLibrariesAreNamedWithThePackageToInstall() {
        assertThat(DesktopStarter.displayProblem(new UnsupportedOperationException("Unable to load glass GTK library.")))
                .hasValueSatisfying(advice -> assertThat(advice)
                        .startsWith("portolan: the window cannot start: Unable to load glass GTK library.")
                        .contains("sudo apt-get install libgtk-3-0").contains("java -jar portolan.jar --help"));
    }

    @Test
    void missingDisplayIsNamed() {
        assertThat(DesktopStarter.displayProblem(new UnsupportedOperationException("Unable to open DISPLAY")))
                .hasValueSatisfying(advice -> assertThat(advice).contains("Unable to open DISPLAY").contains("set DISPLAY"));
    }

    @Test
    void otherStartFailuresAreLeftToTheirStackTrace() {
        assertThat(DesktopStarter.displayProblem(new RuntimeException("Exception in Application start method"))).isEmpty();
    }
}
