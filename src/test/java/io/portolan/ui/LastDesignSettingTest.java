package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The last design is written to the settings when it changes only: a start that reopens it writes nothing. */
class LastDesignSettingTest {

    private final MemoryPreferences preferences = new MemoryPreferences();
    private final Settings settings = new Settings(preferences);

    @Test
    void theSameLastDesignAgainWritesNothingAndAnotherOrNoneWritesOnce() {
        Path design = Path.of("designs", "contoso.portolan");
        settings.setLastDesign(design);
        int written = preferences.flushes;

        settings.setLastDesign(design.toAbsolutePath());
        assertThat(preferences.flushes).isEqualTo(written);

        settings.setLastDesign(Path.of("designs", "fabrikam.portolan"));
        assertThat(preferences.flushes).isEqualTo(written + 1);
        assertThat(settings.lastDesign()).contains(Path.of("designs", "fabrikam.portolan").toAbsolutePath());

        settings.setLastDesign(null);
        settings.setLastDesign(null);
        assertThat(preferences.flushes).isEqualTo(written + 2);
        assertThat(settings.lastDesign()).isEmpty();
    }
}
