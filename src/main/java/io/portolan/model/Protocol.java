package io.portolan.model;

import java.util.Locale;

/** The transport of a port rule. {@link #IP} carries an IP protocol number instead of ports (112 for VRRP). */
public enum Protocol {
    TCP,
    UDP,
    ICMP,
    IP;

    /** True when the protocol is addressed by port numbers. */
    public boolean hasPorts() {
        return this == TCP || this == UDP;
    }

    /** Parses a single protocol name case-insensitively; returns null when it is not one of the four. */
    public static Protocol parse(String text) {
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
