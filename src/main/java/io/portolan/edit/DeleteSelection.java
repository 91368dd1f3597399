package io.portolan.edit;

import io.portolan.model.Design;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deletes the selected nodes, zones and firewalls (see {@link Design#without}): nodes of a deleted zone
 * stay where they are and belong to the zone now under them (an enclosing zone), or to none; firewalls
 * lose their links to deleted zones; flow overrides naming a deleted node go with it.
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
        if (ids.isEmpty()) {
            return design;
        }
        Design result = design.without(ids);
        List<Node> replaced = new ArrayList<>();
        for (Node node : design.nodes()) {
            if (!ids.contains(node.id()) && node.zoneId() != null && ids.contains(node.zoneId())) {
                replaced.add(node.withZoneId(ZoneMembership.zoneIdAt(result, node.position())));
            }
        }
        return replaced.isEmpty() ? result : result.withNodes(replaced);
    }

    @Override
    public String description() {
        return "Delete " + what;
    }
}
