package io.portolan.io;

import java.nio.file.Path;

/** An output file that could not be written; any previous file is left as it was. */
public final class OutputFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public OutputFileException(Path file, String problem) {
        super("Cannot write " + file + ": " + problem);
        this.file = file;
    }

    /** The file that was to be written. */
    public Path file() {
        return file;
    }
}
