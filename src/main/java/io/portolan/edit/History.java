package io.portolan.edit;

import io.portolan.model.Design;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The designs a user went through, for undo and redo. Each state has a revision number, unique for the
 * life of the history, so that the unsaved-changes mark is simply "the current revision is not the saved
 * one": undoing back to the saved design clears the mark, and a new edit after an undo never reuses a
 * revision.
 */
public final class History {

    /** The default number of undo steps kept. */
    public static final int DEFAULT_LIMIT = 500;

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Design current;
    private long revision;
    private long nextRevision;
    private long savedRevision;

    /** A history starting at the design, which counts as saved. */
    public History(Design initial) {
        this(initial, DEFAULT_LIMIT);
    }

    /** A history keeping at most {@code limit} undo steps. */
    public History(Design initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the undo limit must be at least 1, not " + limit);
        }
        this.limit = limit;
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

    /** Records that the current design was saved (or freshly opened). */
    public void markSaved() {
        savedRevision = revision;
    }

    /** Forgets every step and starts again at the design, which counts as saved. */
    public void reset(Design design) {
        current = Objects.requireNonNull(design, "design");
        undo.clear();
        redo.clear();
        revision = ++nextRevision;
        savedRevision = revision;
    }

    /**
     * Applies the command and makes its result current. A command that changes nothing leaves no undo step.
     *
     * @return true when the design changed
     */
    public boolean execute(Command command) {
        Design next = command.apply(current);
        if (next.equals(current)) {
            return false;
        }
        undo.push(new Step(current, revision, command.description()));
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        current = next;
        revision = ++nextRevision;
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
        redo.push(new Step(current, revision, step.description()));
        current = step.design();
        revision = step.revision();
        return true;
    }

    /** Goes forward one step; returns false when there is none. */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Step step = redo.pop();
        undo.push(new Step(current, revision, step.description()));
        current = step.design();
        revision = step.revision();
        return true;
    }
}
