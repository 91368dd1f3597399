package io.portolan.ui.document;

import io.portolan.edit.Command;
import io.portolan.edit.History;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Design;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open design as the window sees it: the history of edits, the file it belongs to, and the flow
 * analysis of what is shown. During a drag the canvas sets a preview, which is analysed and shown like a
 * design but leaves no step in the history until the gesture commits its one command.
 */
public final class DesignDocument {

    /** The name the title shows for a design that has never been saved. */
    public static final String UNTITLED = "Untitled";

    private final FlowEngine engine;
    private final History history;
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyObjectWrapper<Design> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<FlowAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<FlowAnalysis> settledAnalysis = new ReadOnlyObjectWrapper<>(this, "settledAnalysis");
    /** The analysis of the committed design, which each frame of a preview is worked out from. */
    private FlowAnalysis committedAnalysis;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper displayName = new ReadOnlyStringWrapper(this, "displayName", UNTITLED);
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final javafx.beans.property.ReadOnlyIntegerWrapper loads = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "loads");
    private final javafx.beans.property.ReadOnlyIntegerWrapper changes = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "changes");

    public DesignDocument(FlowEngine engine, Design initial) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.history = new History(initial);
        title.bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> (modified.get() ? "\u2022 " : "") + displayName.get() + " \u2014 Portolan", modified, displayName));
        publish();
    }

    /** The engine the document analyses with. */
    public FlowEngine engine() {
        return engine;
    }

    /** The committed design: what Save writes. */
    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    public Design design() {
        return design.get();
    }

    /** What the canvas shows: the committed design, or the preview of a gesture in progress. */
    public ReadOnlyObjectProperty<Design> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Design shown() {
        return shown.get();
    }

    /** The analysis of the shown design. */
    public ReadOnlyObjectProperty<FlowAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public FlowAnalysis analysis() {
        return analysis.get();
    }

    /** The file the design was opened from or saved to; null for a new design. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** True when the design has changes that are not saved. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** How many changes were made since the design was last saved or opened (see {@link History#changesSinceSaved()}). */
    public javafx.beans.property.ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /**
     * The analysis for the views that read every flow (the flows table, the status bar, the walkthrough): the analysis
     * of the shown design, except that during a preview it waits until the gesture rests ({@link #settlePreview()}) or
     * ends, so that a drag frame on a large design lists no flow again.
     */
    public ReadOnlyObjectProperty<FlowAnalysis> settledAnalysisProperty() {
        return settledAnalysis.getReadOnlyProperty();
    }

    public FlowAnalysis settledAnalysis() {
        return settledAnalysis.get();
    }

    /** Brings the settled analysis up to the preview shown: the gesture has rested long enough for the views to follow. */
    public void settlePreview() {
        settledAnalysis.set(analysis.get());
    }

    /** True while a gesture shows a preview. */
    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    /** The window title: the file name, with a mark when there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The file name, or {@value #UNTITLED}. */
    public ReadOnlyStringProperty displayNameProperty() {
        return displayName.getReadOnlyProperty();
    }

    /** {@code Undo Move 3 nodes}, or empty when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** {@code Redo Move 3 nodes}, or empty when there is nothing to redo. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /**
     * Applies one command as one undo step and re-analyses.
     *
     * @return true when the design changed
     * @throws IllegalArgumentException when the command refuses the edit; the design stays as it was
     */
    public boolean execute(Command command) {
        return execute(command, null);
    }

    /**
     * Applies one command, merged into the undo step before it when it continues a burst of the same edit
     * on the same subjects (see {@link History}), and re-analyses.
     *
     * @param key what the edit is and what it changes; null for an edit that never merges
     * @return true when the design changed
     * @throws IllegalArgumentException when the command refuses the edit; the design stays as it was
     */
    public boolean execute(Command command, History.MergeKey key) {
        clearPreview();
        boolean changed = history.execute(command, key);
        publish();
        return changed;
    }

    /** Shows a design that a gesture in progress would make, analysed, without touching the history. */
    public void preview(Design candidate) {
        previewing.set(true);
        show(candidate);
    }

    /** Drops the preview and shows the committed design again. */
    public void cancelPreview() {
        if (previewing.get()) {
            clearPreview();
            analysis.set(committedAnalysis);
            shown.set(design.get());
            settledAnalysis.set(committedAnalysis);
        }
    }

    private void clearPreview() {
        previewing.set(false);
    }

    public void undo() {
        clearPreview();
        if (history.undo()) {
            publish();
        }
    }

    public void redo() {
        clearPreview();
        if (history.redo()) {
            publish();
        }
    }

    /** Replaces the document with a design from a file (or a template when {@code source} is null). */
    public void load(Design loaded, Path source) {
        clearPreview();
        history.reset(loaded);
        file.set(source);
        displayName.set(source == null ? UNTITLED : source.getFileName().toString());
        publish();
        loads.set(loads.get() + 1);
    }

    /** Counts the designs loaded into the document, so that views can react to a new design (fit it). */
    public javafx.beans.property.ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** Replaces the document with a copy of a template: a new design that has no file yet. */
    public void loadTemplate(Design template, String templateTitle) {
        load(template, null);
        displayName.set(templateTitle);
    }

    /**
     * Replaces the document with a design recovered after a crash: it has unsaved changes, and belongs to its own file
     * (null when it was never saved), so that Save writes it where it belongs.
     *
     * @param name the name the title shows: the file's, or the template's the design started from
     * @param changesCarried how many changes it held since it was last saved
     */
    public void loadRecovered(Design recovered, Path source, String name, int changesCarried) {
        clearPreview();
        history.resetUnsaved(recovered, changesCarried);
        file.set(source);
        displayName.set(source != null ? source.getFileName().toString() : name == null || name.isBlank() ? UNTITLED : name);
        publish();
        loads.set(loads.get() + 1);
    }

    /** Records that the design was saved to the file. */
    public void markSaved(Path target) {
        history.markSaved();
        file.set(target);
        displayName.set(target.getFileName().toString());
        publish();
    }

    private void publish() {
        design.set(history.current());
        show(history.current());
        committedAnalysis = analysis.get();
        modified.set(history.isModified());
        changes.set(history.changesSinceSaved());
        undoText.set(history.undoDescription().map(d -> "Undo " + d).orElse(""));
        redoText.set(history.redoDescription().map(d -> "Redo " + d).orElse(""));
    }

    /**
     * Analyses and shows the design. A preview frame is worked out from the committed design's analysis, not from the
     * frame before, so that no frame merges the flows of the one before it.
     */
    private void show(Design candidate) {
        if (!candidate.equals(shown.get()) || analysis.get() == null) {
            FlowAnalysis result = committedAnalysis != null && candidate.equals(committedAnalysis.design()) ? committedAnalysis
                    : engine.analyze(candidate, previewing.get() && committedAnalysis != null ? committedAnalysis : analysis.get());
            analysis.set(result);
            shown.set(candidate);
        }
        if (!previewing.get()) {
            settledAnalysis.set(analysis.get());
        }
    }
}
