package io.portolan.model;

import java.util.Arrays;
import java.util.Locale;

/** What a network zone is for; drives its colour on the canvas and the warnings a reviewer sees. */
public enum ZoneKind {
    INTERNET("Internet"),
    DMZ("DMZ"),
    INTERNAL("Internal"),
    CLOUD("Cloud"),
    MANAGEMENT("Management"),
    CUSTOM("Custom");

    private final String label;

    ZoneKind(String label) {
        this.label = label;
    }

    /** The name a user reads, e.g. {@code Internal}. */
    public String label() {
        return label;
    }

    /** True for zones that hold servers which must not be reached from the internet directly. */
    public boolean isProtected() {
        return this == INTERNAL || this == MANAGEMENT;
    }

    /** Why the text names no kind, listing the kinds: {@code unknown zone kind 'X'; use INTERNET, ... or CUSTOM}. */
    public static String unknown(String text) {
        String[] names = Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
        return "unknown zone kind '" + text + "'; use " + String.join(", ", Arrays.copyOf(names, names.length - 1))
                + " or " + names[names.length - 1];
    }

    /** Parses a kind by its enum name, case-insensitively; returns null when there is none. */
    public static ZoneKind parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
