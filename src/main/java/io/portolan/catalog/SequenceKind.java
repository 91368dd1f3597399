package io.portolan.catalog;

import java.util.Locale;

/** What a connection sequence tells: a user's connection, or something that runs in the background. */
public enum SequenceKind {
    /** What happens when a user connects: logon, enumeration, launch, session. */
    CONNECTION,
    /** What runs whether or not a user connects: a VDA registering, licenses checked out. */
    BACKGROUND;

    /** The kind's name in a catalog file: {@code connection} or {@code background}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a catalog file names, or null for an unknown name. */
    public static SequenceKind parse(String text) {
        for (SequenceKind kind : values()) {
            if (kind.id().equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
