package io.portolan.edit;

import io.portolan.model.Design;
import java.util.Set;

/**
 * Deletes the selected nodes, zones and firewalls (see {@link Design#without}): nodes of a deleted zone
 * stay, outside every zone; firewalls lose their links to deleted zones; flow overrides naming a deleted
 * node go with it.
 *
 * @param ids the ids to delete; ids not in the design are ignored
 * @param what what is deleted, in words, for the description
 */
public record DeleteSelection(Set<String> ids, String what) implements Command {

    public DeleteSelection {
        ids = Set.copyOf(ids);
    }

    /** The deletion of the ids in the design, described by what they name there. */
    public static DeleteSelection of(Design design, Set<String> ids) {
        return new DeleteSelection(ids, Selections.describe(design, ids));
    }

    @Override
    public Design apply(Design design) {
        return ids.isEmpty() ? design : design.without(ids);
    }

    @Override
    public String description() {
        return "Delete " + what;
    }
}
