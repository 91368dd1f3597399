package io.portolan.ui.panels;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One property the inspector shows: its group, name, help text, the kind of editor, its current value and
 * what committing a new value does.
 *
 * @param category the group heading ({@code Node}, {@code Features})
 * @param name the property name
 * @param description help text for the tooltip; may be empty
 * @param kind the editor it needs
 * @param value the current value: a String, Integer, Boolean, the chosen {@link Choice} id, or a List of ids; null
 *              for no choice; {@link #MIXED} where the selected nodes differ
 * @param choices the options for choice editors; empty otherwise
 * @param commit applies a new value as one command; returns why it was refused, or empty when it was applied
 * @param placeholder what a choice editor shows when nothing is chosen ({@code Outside every zone}); may be empty
 */
public record InspectorField(String category, String name, String description, Kind kind, Object value,
                             List<Choice> choices, Function<Object, Optional<String>> commit, String placeholder) {

    /** The value of a field whose selected nodes hold different values: the editor shows it as indeterminate. */
    public static final Object MIXED = Mixed.VALUE;
    /** What an editor says of a mixed value. */
    public static final String MIXED_TEXT = "Mixed";

    /** The mixed value's type: one value, equal only to itself. */
    private enum Mixed { VALUE }

    /** The editors the inspector has. */
    public enum Kind { TEXT, LONG_TEXT, INTEGER, PORT, SWITCH, CHOICE, MULTI_CHOICE, READ_ONLY }

    /**
     * An option of a choice editor.
     *
     * @param id what the value holds
     * @param label what the user reads
     */
    public record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public InspectorField {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        Objects.requireNonNull(commit, "commit");
        placeholder = placeholder == null ? "" : placeholder;
    }

    /** A field whose editor needs no placeholder. */
    public InspectorField(String category, String name, String description, Kind kind, Object value, List<Choice> choices,
                          Function<Object, Optional<String>> commit) {
        this(category, name, description, kind, value, choices, commit, "");
    }

    /** True when the selected nodes hold different values of the field. */
    public boolean mixed() {
        return value == MIXED;
    }

    /** A field that cannot be edited. */
    public static InspectorField readOnly(String category, String name, String value) {
        return new InspectorField(category, name, "", Kind.READ_ONLY, value, List.of(), v -> Optional.empty());
    }

    /** The id of the field's editor control: {@code field-host-name}, for tests and accessibility tools. */
    public String editorId() {
        return "field-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** True when the other field is edited the same way, so an editor can be kept and refreshed. */
    public boolean sameShape(InspectorField other) {
        return category.equals(other.category) && name.equals(other.name) && kind == other.kind && choices.equals(other.choices);
    }
}
