package io.portolan.io.recovery;

import io.portolan.model.Design;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What a window writes so that its unsaved changes survive a crash.
 *
 * @param design the design with the unsaved changes
 * @param original the design's own file, or null for a design never saved
 * @param name what the window calls the design: its file name, or a template's title
 * @param lastChanged when the design was last changed
 * @param changes how many changes were made since it was last saved
 */
public record RecoveryRecord(Design design, Path original, String name, Instant lastChanged, int changes) {

    public RecoveryRecord {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lastChanged, "lastChanged");
        if (changes < 0) {
            throw new IllegalArgumentException("changes cannot be negative: " + changes);
        }
    }
}
