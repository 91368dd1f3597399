package io.portolan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @Test
    void noArgumentsOpenTheWindow() {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
    }

    @Test
    void aDesignFileToOpenOpensTheWindow() {
        assertThat(Launcher.opensWindow(new String[] {"/home/me/Contoso remote access.portolan"})).isTrue();
    }

    @Test
    void anExistingJsonFileOpensTheWindow(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("design.json"), "{}");

        assertThat(Launcher.opensWindow(new String[] {file.toString()})).isTrue();
    }

    @Test
    void aSubcommandRunsTheCommandLine() {
        assertThat(Launcher.opensWindow(new String[] {"catalog"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"catalog", "--format", "json"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"flows", "a.portolan"})).isFalse();
    }
}
