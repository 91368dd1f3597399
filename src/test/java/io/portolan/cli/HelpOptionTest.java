package io.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.testing.CommandLineRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every subcommand answers {@code --help} with its usage, even without its required arguments. */
class HelpOptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "template", "flows", "rules", "validate", "export", "picture", "walkthrough"})
    void helpPrintsTheUsageAndSucceeds(String command) {
        CommandLineRun run = CommandLineRun.run(command, "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: portolan " + command);
        assertThat(run.err()).isEmpty();
    }
}
