package io.portolan.ui.panels;

import io.portolan.catalog.ComponentType;
import io.portolan.model.ZoneKind;
import java.util.Objects;

/**
 * One thing the palette offers: a component type, a zone of a kind, or a firewall.
 *
 * @param type the component type, or null for a zone or a firewall
 * @param zoneKind the zone kind for a zone entry, otherwise null
 * @param name the name the palette shows
 */
public record PaletteEntry(ComponentType type, ZoneKind zoneKind, String name) {

    public PaletteEntry {
        Objects.requireNonNull(name, "name");
    }

    public static PaletteEntry of(ComponentType type) {
        return new PaletteEntry(type, null, type.name());
    }

    public static PaletteEntry zone(ZoneKind kind) {
        return new PaletteEntry(null, kind, kind.label() + " zone");
    }

    public static PaletteEntry firewall() {
        return new PaletteEntry(null, null, "Firewall");
    }

    public boolean isType() {
        return type != null;
    }

    public boolean isZone() {
        return zoneKind != null;
    }

    public boolean isFirewall() {
        return type == null && zoneKind == null;
    }
}
