package io.portolan.io.git;

/** A file that cannot be read as committed at a revision: no git working tree, an unknown revision, a file not in it. */
public final class RevisionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What cannot be read, and why; the message names the file and the revision. */
    public RevisionException(String message) {
        super(message);
    }

    /** What cannot be read, and the error that stopped it. */
    public RevisionException(String message, Throwable cause) {
        super(message, cause);
    }
}
