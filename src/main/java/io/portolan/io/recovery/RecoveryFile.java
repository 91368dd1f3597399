package io.portolan.io.recovery;

import io.portolan.catalog.Catalog;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.DesignFileException;
import io.portolan.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A design that a window of a process no longer running left unsaved, offered at the next start. This process holds
 * its lock until it is recovered, discarded or left for later, so that two Portolans starting together never offer
 * the same design twice.
 */
public final class RecoveryFile {

    private final RecoverySlot slot;
    private final RecoveryFormat.Header header;

    RecoveryFile(RecoverySlot slot, RecoveryFormat.Header header) {
        this.slot = slot;
        this.header = header;
    }

    /** The recovery file itself. */
    public Path file() {
        return slot.file();
    }

    /** What the window called the design: its file name or a template's title; the recovery file's name when it does not say. */
    public String name() {
        return header.name().isBlank() ? slot.file().getFileName().toString() : header.name();
    }

    /** The design's own file, where Save writes it; empty for a design never saved. */
    public Optional<Path> original() {
        return Optional.ofNullable(header.original());
    }

    /** When the design was last changed; empty when the file does not say. */
    public Optional<Instant> lastChanged() {
        return Optional.ofNullable(header.lastChanged());
    }

    /** How many changes were made since the design was last saved. */
    public int changes() {
        return header.changes();
    }

    /**
     * Reads the design the file holds, checked against the catalog as a design file is.
     *
     * @throws DesignFileException naming the recovery file and what is wrong
     */
    public Design design(Catalog catalog) throws DesignFileException {
        if (header.design() == null) {
            throw new DesignFileException(List.of(new DesignFileException.Problem(file().toString(), "$.design",
                    "the recovery file holds no design")));
        }
        return DesignFile.parse(header.design(), file().toString(), catalog);
    }

    /**
     * Takes the file over for this process's window: it stays locked, and the window's next autosave writes over it.
     *
     * @return the slot the window autosaves to from now on
     */
    public RecoverySlot recover() {
        return slot;
    }

    /** Deletes the file: its changes are given up. */
    public void discard() throws IOException {
        try {
            slot.delete();
        } finally {
            slot.close();
        }
    }

    /** Keeps the file for the next start, and lets another process offer it meanwhile. */
    public void later() throws IOException {
        slot.close();
    }
}
