package io.portolan.ui.canvas;

import io.portolan.engine.Flow;
import io.portolan.engine.PortLabels;
import io.portolan.engine.walkthrough.WalkthroughStep;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The caption of the walkthrough step shown on the canvas: the sequence and the step's place in it, its title and
 * narrative, each pair of nodes with the step's ports and the firewalls passed, or what is missing, and the
 * reference. It floats over the diagram in a corner of the view, and its close button ends the walkthrough.
 */
final class StepCaption extends VBox {

    /** The id of the caption, for tests. */
    static final String ID = "walkthrough-caption";

    private final Label header = new Label();
    private final Label position = new Label();
    private final Label title = label(Styles.CAPTION_TITLE);
    private final Label narrative = label(Styles.CAPTION_NARRATIVE);
    private final VBox flows = new VBox(1);
    private final Label reference = label(Styles.CAPTION_REFERENCE);

    StepCaption(Runnable close) {
        setId(ID);
        getStyleClass().add(Styles.CAPTION);
        setManaged(false);
        setVisible(false);
        Button closeButton = new Button(null, Glyphs.of("mdal-close", 14));
        closeButton.getStyleClass().addAll("flat", "button-icon", Styles.CAPTION_CLOSE);
        closeButton.setTooltip(new Tooltip("End the walkthrough"));
        closeButton.setOnAction(e -> close.run());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        header.getStyleClass().add(Styles.CAPTION_HEADER);
        position.getStyleClass().add(Styles.CAPTION_HEADER);
        position.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, header, position, spring, closeButton);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, title, narrative, flows, reference);
        // a click on the caption is not a click on the diagram under it
        addEventHandler(MouseEvent.ANY, MouseEvent::consume);
    }

    private static Label label(String style) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Shows the spotlight's step, or hides the caption for null. */
    void show(Spotlight spotlight) {
        setVisible(spotlight != null);
        if (spotlight == null) {
            return;
        }
        WalkthroughStep step = spotlight.step();
        header.setText(spotlight.sequence().name());
        position.setText("\u00b7  " + spotlight.position());
        title.setText(step.title());
        narrative.setText(step.step().narrative());
        List<Label> lines = new ArrayList<>();
        if (step.missing()) {
            Label missing = label(Styles.CAPTION_MISSING);
            missing.setText((step.step().optional() ? "Not in this design (optional): " : "Missing: ") + step.hint());
            lines.add(missing);
        }
        for (List<Flow> pair : byNodePair(step.flows())) {
            Flow flow = pair.get(0);
            List<String> firewalls = flow.route().boundaryNames();
            Label line = label(Styles.CAPTION_FLOW);
            line.setText(flow.source().name() + " \u2192 " + flow.destination().name() + "    " + PortLabels.label(pair)
                    + (firewalls.isEmpty() ? "" : "    via " + String.join(" \u203a ", firewalls)));
            lines.add(line);
        }
        flows.getChildren().setAll(lines);
        reference.setText(step.step().reference().citation());
        requestLayout();
    }

    /** The step's flows per directed pair of nodes, in the order of each pair's first flow. */
    private static List<List<Flow>> byNodePair(List<Flow> stepFlows) {
        Map<List<String>, List<Flow>> pairs = new LinkedHashMap<>();
        for (Flow flow : stepFlows) {
            pairs.computeIfAbsent(List.of(flow.source().id(), flow.destination().id()), k -> new ArrayList<>()).add(flow);
        }
        return List.copyOf(pairs.values());
    }

    /** The caption's text, line by line, as shown; empty when hidden. For tests. */
    List<String> lines() {
        if (!isVisible()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(header.getText() + "  " + position.getText(), title.getText(), narrative.getText()));
        flows.getChildren().forEach(n -> lines.add(((Label) n).getText()));
        lines.add(reference.getText());
        return lines;
    }
}
