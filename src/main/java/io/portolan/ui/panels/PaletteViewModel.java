package io.portolan.ui.panels;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The palette's content: zones and firewalls first, then the catalog grouped by vendor and product,
 * filtered as the user types (by name, product, vendor, tag or category; every word must match).
 */
public final class PaletteViewModel {

    /** The heading of the drawing tools group. */
    public static final String SHAPES = "Zones and firewalls";

    /**
     * One group of the palette.
     *
     * @param vendor the vendor heading, or {@link #SHAPES}
     * @param product the product sub-heading; empty for the shapes group
     * @param entries what it offers, in catalog order
     */
    public record Group(String vendor, String product, List<PaletteEntry> entries) {
        public Group {
            entries = List.copyOf(entries);
        }
    }

    private final List<Group> all;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<Group> groups = FXCollections.observableArrayList();

    public PaletteViewModel(Catalog catalog) {
        List<Group> built = new ArrayList<>();
        List<PaletteEntry> shapes = new ArrayList<>();
        for (ZoneKind kind : ZoneKind.values()) {
            shapes.add(PaletteEntry.zone(kind));
        }
        shapes.add(PaletteEntry.firewall());
        built.add(new Group(SHAPES, "", shapes));
        Map<String, Map<String, List<PaletteEntry>>> byVendor = new LinkedHashMap<>();
        for (ComponentType type : catalog.types()) {
            byVendor.computeIfAbsent(type.vendor(), v -> new LinkedHashMap<>())
                    .computeIfAbsent(type.product(), p -> new ArrayList<>()).add(PaletteEntry.of(type));
        }
        byVendor.forEach((vendor, products) -> products.forEach((product, entries) -> built.add(new Group(vendor, product, entries))));
        this.all = List.copyOf(built);
        filter.addListener((o, a, b) -> apply());
        apply();
    }

    /** The search text; blank shows everything. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The groups with their entries that match the filter; groups left empty are dropped. */
    public ObservableList<Group> groups() {
        return groups;
    }

    /** How many entries are shown. */
    public int shownCount() {
        return groups.stream().mapToInt(g -> g.entries().size()).sum();
    }

    private void apply() {
        String[] words = filter.get() == null ? new String[0] : filter.get().trim().toLowerCase(Locale.ROOT).split("\\s+");
        List<Group> shown = new ArrayList<>();
        for (Group group : all) {
            List<PaletteEntry> entries = group.entries().stream().filter(e -> matches(group, e, words)).toList();
            if (!entries.isEmpty()) {
                shown.add(new Group(group.vendor(), group.product(), entries));
            }
        }
        groups.setAll(shown);
    }

    private static boolean matches(Group group, PaletteEntry entry, String[] words) {
        if (words.length == 0 || words.length == 1 && words[0].isEmpty()) {
            return true;
        }
        StringBuilder haystack = new StringBuilder(entry.name());
        if (entry.isType()) {
            haystack.append(' ').append(group.vendor()).append(' ').append(group.product());
        }
        if (entry.isType()) {
            ComponentType type = entry.type();
            haystack.append(' ').append(type.id()).append(' ').append(String.join(" ", type.tags()))
                    .append(' ').append(type.category().label());
        }
        String text = haystack.toString().toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
