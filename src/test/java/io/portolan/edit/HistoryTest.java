package io.portolan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.edit.History.MergeKey;
import io.portolan.model.Design;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final MergeKey NUDGE_GATEWAY = new MergeKey("nudge", Set.of("gw"));

    private final Design start = TestDesigns.threeZones();
    private Instant now = Instant.parse("2025-01-01T09:00:00Z");
    /** A history on a clock that the tests move. */
    private final History timed = new History(start, History.DEFAULT_LIMIT, () -> now);

    private void nudgeGateway(History history, double dx) {
        history.execute(MoveSelection.of(history.current(), Set.of("gw"), dx, 0), NUDGE_GATEWAY);
    }

    private double gatewayX(History history) {
        return history.current().node("gw").orElseThrow().position().x();
    }

    private void pause(long millis) {
        now = now.plusMillis(millis);
    }

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

    @Test
    void aBurstOfTheSameEditOnTheSameSubjectsIsOneUndoStep() {
        for (int i = 0; i < 5; i++) {
            nudgeGateway(timed, 1);
            pause(100);
        }
        assertThat(gatewayX(timed)).isEqualTo(105);
        assertThat(timed.undoDescription()).contains("Move 1 node");
        assertThat(timed.undo()).isTrue();
        assertThat(timed.current()).isEqualTo(start);
        assertThat(timed.canUndo()).isFalse();
        assertThat(timed.redo()).isTrue();
        assertThat(gatewayX(timed)).isEqualTo(105);
    }

    @Test
    void anEditOfAnotherKindOrOnOtherSubjectsStartsANewStep() {
        nudgeGateway(timed, 1);
        timed.execute(MoveSelection.of(timed.current(), Set.of("gw", "sf"), 1, 0), new MergeKey("nudge", Set.of("gw", "sf")));
        timed.execute(EditNode.count("gw", 3), new MergeKey("count", Set.of("gw")));
        timed.undo();
        timed.undo();
        assertThat(gatewayX(timed)).isEqualTo(101);
        timed.undo();
        assertThat(timed.current()).isEqualTo(start);
    }

    @Test
    void anotherEditInBetweenEndsTheBurst() {
        nudgeGateway(timed, 1);
        timed.execute(EditNode.name("sf", "Store"));
        nudgeGateway(timed, 1);
        timed.undo();
        assertThat(gatewayX(timed)).isEqualTo(101);
        assertThat(timed.current().node("sf").orElseThrow().name()).isEqualTo("Store");
    }

    @Test
    void undoEndsTheBurstSoTheNextEditCannotGrowAnOlderStep() {
        nudgeGateway(timed, 1);
        timed.execute(EditNode.name("sf", "Store"));
        timed.undo();
        nudgeGateway(timed, 1);
        assertThat(timed.canRedo()).isFalse();
        timed.undo();
        assertThat(gatewayX(timed)).as("the first nudge keeps its own step").isEqualTo(101);
        timed.undo();
        assertThat(timed.current()).isEqualTo(start);
    }

    @Test
    void savingEndsTheBurstSoUndoCanStillReachTheSavedDesign() {
        nudgeGateway(timed, 1);
        timed.markSaved();
        nudgeGateway(timed, 1);
        timed.undo();
        assertThat(gatewayX(timed)).isEqualTo(101);
        assertThat(timed.isModified()).isFalse();
    }

    @Test
    void aPauseLongerThanTheMergeWindowStartsANewStep() {
        nudgeGateway(timed, 1);
        pause(History.MERGE_WINDOW.toMillis() - 1);
        nudgeGateway(timed, 1);
        pause(History.MERGE_WINDOW.toMillis());
        nudgeGateway(timed, 1);
        timed.undo();
        assertThat(gatewayX(timed)).isEqualTo(102);
        timed.undo();
        assertThat(timed.current()).isEqualTo(start);
    }

    @Test
    void aBurstThatComesBackToWhereItStartedLeavesNoStep() {
        timed.execute(EditNode.name("sf", "Store"));
        timed.markSaved();
        nudgeGateway(timed, 1);
        nudgeGateway(timed, -1);
        assertThat(timed.isModified()).isFalse();
        assertThat(timed.undoDescription()).contains("Rename node");
    }

    @Test
    void changesSinceSavedCountEachStepUndoAndRedoAndABurstOnce() {
        nudgeGateway(timed, 1);
        pause(100);
        nudgeGateway(timed, 1);
        pause(100);
        nudgeGateway(timed, 1);
        assertThat(timed.changesSinceSaved()).isEqualTo(1);

        timed.execute(DeleteSelection.of(timed.current(), Set.of("sf")));
        timed.undo();
        timed.redo();

        assertThat(timed.changesSinceSaved()).isEqualTo(4);
        timed.markSaved();
        assertThat(timed.changesSinceSaved()).isZero();
    }

    @Test
    void undoingBackToTheSavedDesignLeavesNoChanges() {
        History history = new History(start);
        history.execute(MoveSelection.of(start, Set.of("gw"), 10, 0));
        history.undo();

        assertThat(history.isModified()).isFalse();
        assertThat(history.changesSinceSaved()).isZero();
    }

    @Test
    void aRecoveredDesignIsUnsavedWithTheChangesItCarried() {
        History history = new History(start);
        Design recovered = MoveSelection.of(start, Set.of("gw"), 10, 0).apply(start);

        history.resetUnsaved(recovered, 7);

        assertThat(history.current()).isEqualTo(recovered);
        assertThat(history.isModified()).isTrue();
        assertThat(history.changesSinceSaved()).isEqualTo(7);
        assertThat(history.canUndo()).isFalse();
        history.execute(DeleteSelection.of(recovered, Set.of("sf")));
        assertThat(history.changesSinceSaved()).isEqualTo(8);
        history.markSaved();
        assertThat(history.isModified()).isFalse();
    }
}
