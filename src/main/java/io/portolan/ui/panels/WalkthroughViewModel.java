package io.portolan.ui.panels;

import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.walkthrough.Walkthrough;
import io.portolan.engine.walkthrough.WalkthroughSequence;
import io.portolan.engine.walkthrough.WalkthroughStep;
import io.portolan.ui.document.DesignDocument;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The walkthrough panel's content: the connection sequences that apply to the shown design, the one chosen, and the
 * step shown on the canvas, stepped forward and back. It follows every edit: the sequences are walked again from the
 * new analysis, and the chosen sequence and step are kept where they still exist.
 */
public final class WalkthroughViewModel {

    /** The step index when no step is shown. */
    public static final int NONE = -1;

    private final DesignDocument document;
    private final ObservableList<WalkthroughSequence> sequences = FXCollections.observableArrayList();
    private final ObjectProperty<WalkthroughSequence> sequence = new SimpleObjectProperty<>(this, "sequence");
    private final ObservableList<WalkthroughStep> steps = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", NONE);
    private final ReadOnlyObjectWrapper<WalkthroughStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private boolean refreshing;

    public WalkthroughViewModel(DesignDocument document) {
        this.document = document;
        sequence.addListener((o, before, chosen) -> chosen(before, chosen));
        stepIndex.addListener((o, a, b) -> publishStep());
        // a walkthrough follows committed designs: steps do not come and go while a node is dragged
        document.settledAnalysisProperty().addListener((o, a, analysis) -> {
            if (!document.previewingProperty().get()) {
                refresh(analysis);
            }
        });
        refresh(document.settledAnalysis());
    }

    /** The sequences of the catalog that apply to the shown design, in catalog order. */
    public ObservableList<WalkthroughSequence> sequences() {
        return sequences;
    }

    /** The sequence chosen; choosing another shows its first step. Null when none applies. */
    public ObjectProperty<WalkthroughSequence> sequenceProperty() {
        return sequence;
    }

    /** The steps of the chosen sequence, each with its flows or what it lacks. */
    public ObservableList<WalkthroughStep> steps() {
        return steps;
    }

    /** The index of the step shown, or {@link #NONE} when the walkthrough is stopped. */
    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    /** The step shown, or null when the walkthrough is stopped. */
    public ReadOnlyObjectProperty<WalkthroughStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** {@code Step 3 of 11}, or empty when stopped. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Whether the design carries the chosen sequence: {@code Complete: 11 steps} or {@code 3 of 11 steps missing}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True when a step before the one shown exists. */
    public BooleanBinding canGoBack() {
        return stepIndex.greaterThan(0);
    }

    /** True when a step after the one shown exists, or the walkthrough is stopped and can start. */
    public BooleanBinding canGoForward() {
        return Bindings.createBooleanBinding(() -> stepIndex.get() < steps.size() - 1, stepIndex, steps);
    }

    /** Shows the next step, or the first when stopped. */
    public void next() {
        if (stepIndex.get() < steps.size() - 1) {
            stepIndex.set(stepIndex.get() + 1);
        }
    }

    /** Shows the step before, if any. */
    public void previous() {
        if (stepIndex.get() > 0) {
            stepIndex.set(stepIndex.get() - 1);
        }
    }

    /** Shows the step at the index of the chosen sequence; an index outside it is ignored. */
    public void show(int index) {
        if (index >= 0 && index < steps.size()) {
            stepIndex.set(index);
        }
    }

    /** Shows the first step of the chosen sequence. */
    public void start() {
        show(0);
    }

    /** Stops the walkthrough: no step is shown. */
    public void stop() {
        stepIndex.set(NONE);
    }

    /** True while a step is shown. */
    public boolean isShowing() {
        return step.get() != null;
    }

    private void refresh(FlowAnalysis analysis) {
        List<WalkthroughSequence> walked = Walkthrough.of(analysis).sequences();
        WalkthroughSequence chosen = sequence.get();
        WalkthroughSequence kept = chosen == null ? null
                : walked.stream().filter(s -> s.id().equals(chosen.id())).findFirst().orElse(null);
        refreshing = true;
        try {
            sequences.setAll(walked);
            sequence.set(kept != null ? kept : walked.isEmpty() ? null : walked.get(0));
        } finally {
            refreshing = false;
        }
    }

    /** A sequence the user chose starts at its first step; the same sequence walked again keeps its step. */
    private void chosen(WalkthroughSequence before, WalkthroughSequence chosen) {
        int index = stepIndex.get();
        steps.setAll(chosen == null ? List.of() : chosen.steps());
        boolean same = before != null && chosen != null && before.id().equals(chosen.id());
        if (chosen == null) {
            index = NONE;
        } else if (!same) {
            index = refreshing && index == NONE ? NONE : 0;
        }
        stepIndex.set(Math.min(index, steps.size() - 1));
        publishStep();
        summary.set(chosen == null ? "" : chosen.complete() ? "Complete: the design carries all " + chosen.steps().size()
                + " steps" : chosen.gaps().size() + " of " + chosen.steps().size() + " steps missing");
    }

    private void publishStep() {
        int index = stepIndex.get();
        step.set(index < 0 || index >= steps.size() ? null : steps.get(index));
        position.set(step.get() == null ? "" : "Step " + (index + 1) + " of " + steps.size());
    }
}
