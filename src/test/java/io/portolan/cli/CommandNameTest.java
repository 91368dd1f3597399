package io.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.testing.CommandLineRun;
import org.junit.jupiter.api.Test;

/** Help and advice name the command the user ran: the installed launcher's, or the jar's. */
class CommandNameTest {

    @Test
    void thePropertyNamesTheCommandBeforeTheEnvironment() {
        assertThat(CommandName.of("portolan-cli", "portolan")).isEqualTo("portolan-cli");
    }

    @Test
    void theEnvironmentNamesTheCommandWithoutTheProperty() {
        assertThat(CommandName.of(null, "portolan")).isEqualTo("portolan");
        assertThat(CommandName.of("  ", "portolan")).isEqualTo("portolan");
    }

    @Test
    void withoutEitherTheCommandIsTheJar() {
        assertThat(CommandName.of(null, null)).isEqualTo("java -jar portolan.jar");
        assertThat(CommandName.of("", "\u001b[2J")).isEqualTo("java -jar portolan.jar");
    }

    @Test
    void helpNamesTheCommandOfTheProperty() {
        String before = System.getProperty(CommandName.PROPERTY);
        System.setProperty(CommandName.PROPERTY, "portolan");
        try {
            CommandLineRun run = CommandLineRun.run("--help");

            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("Without a subcommand, portolan opens the designer window")
                    .doesNotContain("java -jar");
        } finally {
            restore(before);
        }
    }

    @Test
    void helpNamesTheJarWithoutALauncher() {
        String before = System.getProperty(CommandName.PROPERTY);
        System.clearProperty(CommandName.PROPERTY);
        try {
            CommandLineRun run = CommandLineRun.run("--help");

            assertThat(run.out()).contains(CommandName.of(null, System.getenv(CommandName.ENVIRONMENT)) + " opens the designer window");
        } finally {
            restore(before);
        }
    }

    private static void restore(String before) {
        if (before == null) {
            System.clearProperty(CommandName.PROPERTY);
        } else {
            System.setProperty(CommandName.PROPERTY, before);
        }
    }
}
