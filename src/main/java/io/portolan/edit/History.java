package io.portolan.edit;

import io.portolan.model.Design;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The designs a user went through, for undo and redo. Each state has a revision number, unique for the
 * life of the history, so that the unsaved-changes mark is simply "the current revision is not the saved
 * one": undoing back to the saved design clears the mark, and a new edit after an undo never reuses a
 * revision.
 *
 * <p>A burst of small edits (arrow-key nudges, spinner ticks) is one undo step: a command executed with a
 * {@link MergeKey} merges into the step before it when that step was made with an equal key (the same kind
 * of edit on the same subjects), nothing happened in between (no other edit, undo, redo, save or reset),
 * and less than {@link #MERGE_WINDOW} passed since that step last grew.
 */
public final class History {

    /** The default number of undo steps kept. */
    public static final int DEFAULT_LIMIT = 500;
    /** The longest pause between two edits of one burst. */
    public static final Duration MERGE_WINDOW = Duration.ofSeconds(1);

    private final int limit;
    private final InstantSource clock;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Design current;
    private long revision;
    private long nextRevision;
    private long savedRevision;
    private int changes;
    // the key of the step on top of the undo stack while a burst may still grow it; null when none may
    private MergeKey mergeKey;
    private long mergedAt;

    /**
     * Which edits merge into one undo step: the same kind of edit on the same subjects.
     *
     * @param kind the sort of edit, e.g. {@code nudge} or {@code Node/Count}
     * @param subjects the ids of the zones, firewalls and nodes the edit changes
     */
    public record MergeKey(String kind, Set<String> subjects) {
        public MergeKey {
            Objects.requireNonNull(kind, "kind");
            subjects = Set.copyOf(subjects);
        }
    }

    /** A history starting at the design, which counts as saved. */
    public History(Design initial) {
        this(initial, DEFAULT_LIMIT);
    }

    /** A history keeping at most {@code limit} undo steps. */
    public History(Design initial, int limit) {
        this(initial, limit, InstantSource.system());
    }

    /** A history keeping at most {@code limit} undo steps, timing bursts of edits by the clock. */
    public History(Design initial, int limit, InstantSource clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("the undo limit must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.clock = Objects.requireNonNull(clock, "clock");
        reset(initial);
    }

    /** One state left behind: the design and revision before or after a command, and the command. */
    private record Step(Design design, long revision, String description) {
    }

    /** The design as it is now. */
    public Design current() {
        return current;
    }

    /** The revision of the current design. */
    public long revision() {
        return revision;
    }

    /** True when the current design is not the one last marked saved. */
    public boolean isModified() {
        return revision != savedRevision;
    }

    /**
     * How many changes were made since the design was last saved or opened: each new undo step, undo and redo counts
     * one (a burst merged into one step counts once). Zero whenever the design is the saved one.
     */
    public int changesSinceSaved() {
        return isModified() ? changes : 0;
    }

    /** Records that the current design was saved (or freshly opened). */
    public void markSaved() {
        savedRevision = revision;
        mergeKey = null;
        changes = 0;
    }

    /** Forgets every step and starts again at the design, which counts as saved. */
    public void reset(Design design) {
        current = Objects.requireNonNull(design, "design");
        undo.clear();
        redo.clear();
        revision = ++nextRevision;
        savedRevision = revision;
        mergeKey = null;
        changes = 0;
    }

    /**
     * Forgets every step and starts again at a design that is not saved: one recovered after a crash, with the changes
     * it carried since it was last saved.
     */
    public void resetUnsaved(Design design, int changesCarried) {
        reset(design);
        savedRevision = 0;
        changes = Math.max(1, changesCarried);
    }

    /**
     * Applies the command and makes its result current. A command that changes nothing leaves no undo step.
     *
     * @return true when the design changed
     */
    public boolean execute(Command command) {
        return execute(command, null);
    }

    /**
     * Applies the command and makes its result current, merging it into the step before when it continues
     * that step's burst (see the class comment). A burst that comes back to the design it started from
     * leaves no step at all. A command that changes nothing leaves no undo step and does not end a burst.
     *
     * @param key what the edit is and what it changes; null for an edit that never merges
     * @return true when the design changed
     */
    public boolean execute(Command command, MergeKey key) {
        Design next = command.apply(current);
        if (next.equals(current)) {
            return false;
        }
        long now = clock.millis();
        boolean merging = key != null && key.equals(mergeKey) && now - mergedAt < MERGE_WINDOW.toMillis();
        Step before = merging ? undo.pop() : new Step(current, revision, command.description());
        if (merging && next.equals(before.design())) {
            current = next;
            revision = before.revision();
            mergeKey = null;
            return true;
        }
        undo.push(new Step(before.design(), before.revision(), command.description()));
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        current = next;
        revision = ++nextRevision;
        mergeKey = key;
        mergedAt = now;
        if (!merging) {
            changes++;
        }
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would take back, or empty when there is nothing to undo. */
    public Optional<String> undoDescription() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().description());
    }

    /** What Redo would do again, or empty when there is nothing to redo. */
    public Optional<String> redoDescription() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peek().description());
    }

    /** Goes back one step; returns false when there is none. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Step step = undo.pop();
        mergeKey = null;
        redo.push(new Step(current, revision, step.description()));
        current = step.design();
        revision = step.revision();
        changes++;
        return true;
    }

    /** Goes forward one step; returns false when there is none. */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Step step = redo.pop();
        mergeKey = null;
        undo.push(new Step(current, revision, step.description()));
        current = step.design();
        revision = step.revision();
        changes++;
        return true;
    }
}
