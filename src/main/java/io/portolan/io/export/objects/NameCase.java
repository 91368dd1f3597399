package io.portolan.io.export.objects;

import java.util.Locale;

/** The case every object name is written in. */
public enum NameCase {
    /** {@code CITRIX_GATEWAY}, as most firewall teams write object names. */
    UPPER,
    /** {@code citrix_gateway}. */
    LOWER;

    /** The text in this case. */
    public String apply(String text) {
        return this == UPPER ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
    }

    /** The case named by the text ({@code upper}, {@code lower}), ignoring case; null for anything else. */
    public static NameCase parse(String text) {
        for (NameCase value : values()) {
            if (value.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return value;
            }
        }
        return null;
    }
}
