package io.portolan.ui.panels;

import io.portolan.engine.walkthrough.WalkthroughSequence;
import io.portolan.engine.walkthrough.WalkthroughStep;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The walkthrough panel: choose a connection sequence, see its steps (carried, missing, or optional and left out),
 * step forward and back while the canvas shows each step, and read the step's narrative and reference.
 */
public final class WalkthroughView extends VBox {

    /** The ids of the parts tests look up. */
    public static final String SEQUENCE_ID = "walkthrough-sequence";
    public static final String STEPS_ID = "walkthrough-steps";
    public static final String NEXT_ID = "walkthrough-next";
    public static final String BACK_ID = "walkthrough-back";

    private final WalkthroughViewModel model;
    private final ListView<WalkthroughStep> steps = new ListView<>();

    /** @param present what the Present button does (presentation mode) */
    public WalkthroughView(WalkthroughViewModel model, Runnable present) {
        this.model = model;
        getStyleClass().add(Styles.WALKTHROUGH);
        setSpacing(6);
        Label title = new Label("Walkthrough");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add(Styles.WALKTHROUGH_SUMMARY);
        summary.setWrapText(true);
        Label description = wrapped(Styles.WALKTHROUGH_DESCRIPTION);
        description.textProperty().bind(Bindings.createStringBinding(() -> model.sequenceProperty().get() == null
                ? "No connection sequence of the catalog applies to this design."
                : model.sequenceProperty().get().sequence().description(), model.sequenceProperty()));
        buildSteps();
        VBox.setVgrow(steps, Priority.ALWAYS);
        getChildren().addAll(title, sequenceChooser(), summary, description, steps, detail(), controls(present));
    }

    private static Label wrapped(String style) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private ComboBox<WalkthroughSequence> sequenceChooser() {
        ComboBox<WalkthroughSequence> box = new ComboBox<>(model.sequences());
        box.setId(SEQUENCE_ID);
        box.valueProperty().bindBidirectional(model.sequenceProperty());
        // as wide as the panel, whatever the names: a long one is cut, never widens the panel
        box.setPrefWidth(100);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText("No sequence applies");
        box.setCellFactory(list -> new SequenceCell());
        box.setButtonCell(new SequenceCell());
        box.setTooltip(new Tooltip("The connection sequences of the catalog that apply to this design"));
        return box;
    }

    private void buildSteps() {
        steps.setId(STEPS_ID);
        steps.setItems(model.steps());
        steps.getStyleClass().add("dense");
        steps.setPlaceholder(new Label("No steps"));
        steps.setCellFactory(list -> new StepCell());
        steps.setPrefHeight(240);
        // the list's selection and the step shown follow each other
        steps.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && b.intValue() != model.stepIndexProperty().get()) {
                model.show(b.intValue());
            }
        });
        model.stepIndexProperty().addListener((o, a, b) -> selectShownStep());
        model.steps().addListener((javafx.collections.ListChangeListener<WalkthroughStep>) c -> selectShownStep());
    }

    private void selectShownStep() {
        int index = model.stepIndexProperty().get();
        if (index < 0) {
            steps.getSelectionModel().clearSelection();
        } else if (steps.getSelectionModel().getSelectedIndex() != index) {
            steps.getSelectionModel().select(index);
            steps.scrollTo(Math.max(0, index - 2));
        }
    }

    /** The shown step's title, narrative, what it lacks and its reference. */
    private VBox detail() {
        Label stepTitle = wrapped(Styles.WALKTHROUGH_STEP_TITLE);
        Label narrative = wrapped(Styles.WALKTHROUGH_NARRATIVE);
        Label missing = wrapped(Styles.WALKTHROUGH_MISSING);
        Label reference = wrapped(Styles.WALKTHROUGH_REFERENCE);
        Runnable fill = () -> {
            WalkthroughStep step = model.stepProperty().get();
            stepTitle.setText(step == null ? "Choose a step, or press Next (Page Down)" : step.title());
            narrative.setText(step == null ? "" : step.step().narrative());
            missing.setText(step == null || !step.missing() ? ""
                    : (step.step().optional() ? "Not in this design (optional): " : "Missing: ") + step.hint());
            reference.setText(step == null ? "" : step.step().reference().citation());
        };
        model.stepProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        missing.visibleProperty().bind(missing.textProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());
        VBox detail = new VBox(3, stepTitle, narrative, missing, reference);
        detail.getStyleClass().add(Styles.WALKTHROUGH_DETAIL);
        return detail;
    }

    private HBox controls(Runnable present) {
        Button back = iconButton("mdal-chevron_left", "Previous step (Left, Up or Page Up)", model::previous);
        back.setId(BACK_ID);
        back.disableProperty().bind(model.canGoBack().not());
        Button next = iconButton("mdal-chevron_right", "Next step (Right, Down or Page Down)", model::next);
        next.setId(NEXT_ID);
        next.disableProperty().bind(model.canGoForward().not());
        Label position = new Label();
        position.textProperty().bind(model.positionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);
        Button stop = iconButton("mdmz-stop_circle", "End the walkthrough: show the whole design again", model::stop);
        stop.disableProperty().bind(model.stepProperty().isNull());
        Button show = iconButton("mdmz-slideshow", "Present: the canvas full screen with larger labels (F5)", present);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox controls = new HBox(6, back, position, next, spring, stop, show);
        controls.setAlignment(Pos.CENTER_LEFT);
        return controls;
    }

    private static Button iconButton(String glyph, String tooltip, Runnable action) {
        Button button = new Button(null, Glyphs.of(glyph, 18));
        button.getStyleClass().add("button-icon");
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A sequence by its name, marked complete or not. */
    private static final class SequenceCell extends ListCell<WalkthroughSequence> {
        @Override
        protected void updateItem(WalkthroughSequence item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
            setGraphic(empty || item == null ? null : mark(item.complete() ? Styles.STEP_CARRIED : Styles.STEP_GAP,
                    item.complete() ? "mdal-check_circle" : "mdal-error"));
        }
    }

    /** A step by its number and title, marked carried, missing, or optional and left out. */
    private static final class StepCell extends ListCell<WalkthroughStep> {
        StepCell() {
            // as wide as the list: a long title is cut rather than scrolled sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(WalkthroughStep item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(item.number() + "  " + item.title());
            String style = !item.missing() ? Styles.STEP_CARRIED : item.gap() ? Styles.STEP_GAP : Styles.STEP_LEFT_OUT;
            setGraphic(mark(style, !item.missing() ? "mdal-check_circle" : item.gap() ? "mdal-error" : "mdmz-remove_circle_outline"));
            setTooltip(item.missing() ? new Tooltip(item.hint()) : null);
        }
    }

    private static FontIcon mark(String style, String glyph) {
        FontIcon icon = Glyphs.of(glyph, 14);
        icon.getStyleClass().add(style);
        return icon;
    }
}
