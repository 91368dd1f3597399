package io.portolan.catalog;

import java.util.List;

/**
 * The ordered steps of what happens when a user connects through a vendor's components (or of something that runs
 * in the background, such as a VDA registering), each naming the catalog rules that carry it. A design carries the
 * sequence when it has a flow for every step that is not optional.
 *
 * @param id stable id, unique across all catalog files ({@code citrix.gateway-launch})
 * @param name the name a user chooses it by ({@code Citrix through Citrix Gateway})
 * @param vendor the vendor of the file that defines it
 * @param kind a user's connection, or a background sequence
 * @param description one sentence on when it happens; empty when the file gives none, never null
 * @param requires types or tags ({@code tag:NAME}) the design must hold a node of for the sequence to apply, or
 *     with a leading {@code !} must hold none of ({@code !citrix.gateway} for internal access); all must hold
 * @param steps the steps, in the order they happen; at least one
 * @param source the catalog file that defines it
 */
public record ConnectionSequence(String id, String name, String vendor, SequenceKind kind, String description,
                                 List<String> requires, List<SequenceStep> steps, String source) {

    public ConnectionSequence {
        requires = List.copyOf(requires);
        steps = List.copyOf(steps);
        description = description == null ? "" : description;
    }

    /** The same sequence with the given steps (their rule ids resolved). */
    public ConnectionSequence withSteps(List<SequenceStep> resolved) {
        return new ConnectionSequence(id, name, vendor, kind, description, requires, resolved, source);
    }
}
