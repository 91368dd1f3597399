package io.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.testing.CommandLineRun;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A word that names no subcommand is called unknown, with the commands there are and the one it most likely meant. */
class UnknownCommandTest {

    private static final List<String> COMMANDS = List.of("catalog", "template", "flows", "rules", "validate", "diff", "check",
            "export", "picture", "walkthrough", "help");

    @Test
    void anUnknownCommandIsNamedWithEveryCommandAndExitStatusTwo() {
        CommandLineRun run = CommandLineRun.run("frobnicate");

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().get(0)).isEqualTo("portolan: unknown command 'frobnicate'");
        assertThat(run.err()).doesNotContain("Unmatched argument").doesNotContain("Did you mean");
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith("Commands: ")
                .contains(String.join(", ", COMMANDS.subList(0, COMMANDS.size() - 1))));
    }

    @Test
    void aSlipOfTheKeyboardGetsTheCommandItMeant() {
        CommandLineRun run = CommandLineRun.run("flow", "design.portolan", "--crossing-only");

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.errLines()).startsWith("portolan: unknown command 'flow'", "Did you mean 'flows'?");
    }

    @Test
    void anUnknownCommandAfterAnInheritedOptionIsStillNamed() {
        CommandLineRun run = CommandLineRun.run("--debug", "exprot", "x.portolan");

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.errLines()).startsWith("portolan: unknown command 'exprot'", "Did you mean 'export'?");
    }

    @Test
    void controlCharactersOfTheWordAreShownEscaped() {
        CommandLineRun run = CommandLineRun.run("\u001b]0;owned\u0007");

        assertThat(run.errLines().get(0)).isEqualTo("portolan: unknown command '\\x1B]0;owned\\x07'");
        assertThat(run.err()).doesNotContain("\u001b");
    }

    @Test
    void anUnknownOptionOfAKnownCommandKeepsItsOwnMessage() {
        CommandLineRun run = CommandLineRun.run("catalog", "--colour");

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).contains("--colour").doesNotContain("unknown command");
    }

    @ParameterizedTest
    @CsvSource({"flow, flows", "rule, rules", "valdiate, validate", "exprot, export", "templates, template",
        "walk, walkthrough", "chekc, check", "Catalog, catalog"})
    void theClosestCommandIsSuggested(String typed, String meant) {
        assertThat(UnknownCommand.closest(typed, COMMANDS)).hasValue(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "x", "design.portolan", "zzz"})
    void nothingIsSuggestedForAWordFarFromEveryCommand(String typed) {
        assertThat(UnknownCommand.closest(typed, COMMANDS)).isEmpty();
    }
}
