package io.portolan.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.cli.CommandName;
import org.junit.jupiter.api.Test;

/** What the launcher tells a user whose machine cannot show the window. */
class DesktopStarterTest {

    @Test
    void missingGtkLibrariesAreNamedWithThePackageToInstall() {
        assertThat(DesktopStarter.displayProblem(new UnsupportedOperationException("Unable to load glass GTK library.")))
                .hasValueSatisfying(advice -> assertThat(advice)
                        .startsWith("portolan: the window cannot start: Unable to load glass GTK library.")
                        .contains("sudo apt-get install libgtk-3-0").contains(CommandName.current() + " --help"));
    }

    @Test
    void theAdviceNamesTheCommandTheLauncherNamed() {
        String before = System.getProperty(CommandName.PROPERTY);
        System.setProperty(CommandName.PROPERTY, "portolan");
        try {
            assertThat(DesktopStarter.displayProblem(new UnsupportedOperationException("Unable to open DISPLAY")))
                    .hasValueSatisfying(advice -> assertThat(advice).endsWith("without a display: portolan --help")
                            .doesNotContain("java -jar"));
        } finally {
            if (before == null) {
                System.clearProperty(CommandName.PROPERTY);
            } else {
                System.setProperty(CommandName.PROPERTY, before);
            }
        }
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
