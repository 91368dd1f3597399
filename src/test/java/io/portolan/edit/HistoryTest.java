package io.portolan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.Design;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private final Design start = TestDesigns.threeZones();

    @Test
    void undoAndRedoWalkTheDesignsExactly() {
        History history = new History(start);
        history.execute(MoveSelection.of(start, Set.of("gw"), 10, 0));
        Design moved = history.current();
        history.execute(DeleteSelection.of(moved, Set.of("sf")));
        Design deleted = history.current();

        assertThat(history.undo()).isTrue();
        assertThat(history.current()).isEqualTo(moved);
        assertThat(history.undo()).isTrue();
        assertThat(history.current()).isEqualTo(start);
        assertThat(history.undo()).isFalse();
        assertThat(history.redo()).isTrue();
        assertThat(history.redo()).isTrue();
        assertThat(history.current()).isEqualTo(deleted);
        assertThat(history.redo()).isFalse();
    }

    @Test
    void descriptionsNameWhatUndoAndRedoWouldDo() {
        History history = new History(start);
        history.execute(MoveSelection.of(start, Set.of("gw", "sf"), 5, 5));
        assertThat(history.undoDescription()).contains("Move 2 nodes");
        history.undo();
        assertThat(history.redoDescription()).contains("Move 2 nodes");
        assertThat(history.undoDescription()).isEmpty();
    }

    @Test
    void undoingBackToTheSavedDesignClearsTheUnsavedMark() {
        History history = new History(start);
        assertThat(history.isModified()).isFalse();
        history.execute(MoveSelection.of(start, Set.of("gw"), 10, 0));
        assertThat(history.isModified()).isTrue();
        history.undo();
        assertThat(history.isModified()).isFalse();
        history.redo();
        history.markSaved();
        assertThat(history.isModified()).isFalse();
        history.undo();
        assertThat(history.isModified()).isTrue();
    }

    @Test
    void aNewEditAfterUndoNeverReusesTheSavedRevision() {
        History history = new History(start);
        history.execute(MoveSelection.of(start, Set.of("gw"), 10, 0));
        history.markSaved();
        history.undo();
        history.execute(MoveSelection.of(start, Set.of("gw"), 20, 0));
        assertThat(history.isModified()).isTrue();
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aCommandThatChangesNothingLeavesNoUndoStep() {
        History history = new History(start);
        boolean changed = history.execute(MoveSelection.of(start, Set.of("gw"), 0, 0));
        assertThat(changed).isFalse();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isModified()).isFalse();
    }

    @Test
    void theOldestStepsGoPastTheLimit() {
        History history = new History(start, 2);
        for (int i = 1; i <= 3; i++) {
            history.execute(MoveSelection.of(history.current(), Set.of("gw"), 1, 0));
        }
        assertThat(history.undo()).isTrue();
        assertThat(history.undo()).isTrue();
        assertThat(history.undo()).isFalse();
        assertThat(history.current().node("gw").orElseThrow().position().x()).isEqualTo(101);
    }
}
