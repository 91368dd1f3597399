package io.portolan.catalog;

import java.util.Locale;

/** The role a component type plays in a deployment; the palette groups and the icons follow it. */
public enum Category {
    GATEWAY("gateway", "Gateway"),
    BROKER("broker", "Broker"),
    WORKLOAD("workload", "Workload"),
    INFRASTRUCTURE("infrastructure", "Infrastructure"),
    CLIENT("client", "Client"),
    EXTERNAL_SERVICE("external-service", "External service");

    private final String id;
    private final String label;

    Category(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in catalog files, e.g. {@code external-service}. */
    public String id() {
        return id;
    }

    /** The name a user reads. */
    public String label() {
        return label;
    }

    /** The category with the given catalog name, or null. */
    public static Category parse(String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Category category : values()) {
            if (category.id.equals(wanted)) {
                return category;
            }
        }
        return null;
    }
}
