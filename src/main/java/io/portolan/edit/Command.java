package io.portolan.edit;

import io.portolan.model.Design;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One edit a user makes: it turns one design into the next. A command keeps no state of its own
 * between calls, so {@link History} can keep designs rather than inverse operations, and undo cannot
 * drift from what was done.
 */
public interface Command {

    /** The design after the edit; the same design when the edit changes nothing. */
    Design apply(Design design);

    /** What the edit does, in the user's words, for the Undo and Redo menu items: {@code Move 3 nodes}. */
    String description();

    /** A command from a description and a function; for edits that need no class of their own. */
    static Command of(String description, UnaryOperator<Design> edit) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(edit, "edit");
        return new Command() {
            @Override
            public Design apply(Design design) {
                return edit.apply(design);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** {@code 1 node}, {@code 3 nodes}: a count with its noun, for descriptions. */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
