package io.portolan.catalog;

import java.util.List;

/**
 * One step of a connection sequence: what happens, told in a line, and the catalog rules whose flows carry it.
 *
 * @param title a few words for the step ({@code STA ticket})
 * @param narrative one or two sentences an engineer recognises, as a presenter tells it
 * @param ruleIds the rules that carry the step, alternatives of one another (TCP or UDP HDX): the step is carried
 *     when the design has a flow of at least one of them; a {@code TCP/UDP} row is named by both its rule ids
 * @param from the sources the step's flows are narrowed to (a rule from {@code tag:domain-joined}, told for the
 *     VDA alone); null for any source of its rules
 * @param to the destinations the step's flows are narrowed to; null for any destination of its rules
 * @param place the types a design places for the step to be carried, one of each, named when it is missing
 * @param optional true for a step a design may leave out (second-factor authentication): its absence does not make
 *     the sequence incomplete
 * @param reference the document and section of one of its rules that the narrative cites
 */
public record SequenceStep(String title, String narrative, List<String> ruleIds, TypeSelector from, TypeSelector to,
                           List<String> place, boolean optional, Reference reference) {

    public SequenceStep {
        ruleIds = List.copyOf(ruleIds);
        place = List.copyOf(place);
    }

    /** The same step carried by the given rule ids (a {@code TCP/UDP} row's id replaced by its two rules). */
    public SequenceStep withRuleIds(List<String> resolved) {
        return new SequenceStep(title, narrative, resolved, from, to, place, optional, reference);
    }
}
