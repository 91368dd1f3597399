package io.portolan.ui.panels;

import io.portolan.engine.DesignWarning;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Design;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.document.Selection;
import io.portolan.ui.theme.Styles;
import java.util.List;
import javafx.beans.value.ObservableNumberValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.PopOver;

/**
 * The status bar: counts of nodes, zones, flows and crossing flows, and the warnings one click away
 * (clicking a warning selects what it is about).
 */
public final class StatusBarView extends HBox {

    /** The id of the warnings button, for tests. */
    public static final String WARNINGS_ID = "status-warnings";

    private final Label nodes = item();
    private final Label zones = item();
    private final Label flows = item();
    private final Label crossing = item();
    private final Button warnings = new Button();
    private final Label zoom = item();
    private final ListView<DesignWarning> list = new ListView<>();
    private final PopOver popOver = new PopOver(list);

    public StatusBarView(DesignDocument document, Selection selection, ObservableNumberValue zoomFactor) {
        getStyleClass().add(Styles.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        warnings.setId(WARNINGS_ID);
        warnings.getStyleClass().addAll(Styles.STATUS_WARNINGS, "flat");
        warnings.setGraphic(Glyphs.of("mdmz-warning", 14));
        warnings.setOnAction(e -> {
            if (!list.getItems().isEmpty()) {
                popOver.show(warnings);
            }
        });
        buildWarningList(document, selection);
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_LEFT);
        popOver.setTitle("Warnings");
        popOver.setHeaderAlwaysVisible(true);
        popOver.setDetachable(false);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        zoom.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Math.round(zoomFactor.doubleValue() * 100) + "%", zoomFactor));
        getChildren().addAll(nodes, zones, flows, crossing, warnings, spring, zoom);
        document.settledAnalysisProperty().addListener((o, a, b) -> show(b));
        show(document.settledAnalysis());
    }

    /** The list of warnings in the pop-over; clicking one selects what it is about. */
    private void buildWarningList(DesignDocument document, Selection selection) {
        list.setPrefSize(560, 220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DesignWarning warning, boolean empty) {
                super.updateItem(warning, empty);
                setText(empty || warning == null ? null : warning.message());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setOnMouseClicked(e -> {
            DesignWarning warning = list.getSelectionModel().getSelectedItem();
            if (warning != null) {
                Design design = document.design();
                selection.set(warning.subjectIds().stream().filter(design::containsId).toList());
                popOver.hide();
            }
        });
    }

    private static Label item() {
        Label label = new Label();
        label.getStyleClass().add(Styles.STATUS_ITEM);
        return label;
    }

    private void show(FlowAnalysis analysis) {
        Design design = analysis.design();
        nodes.setText(count(design.nodes().size(), "node", "nodes"));
        zones.setText(count(design.zones().size(), "zone", "zones") + ", " + count(design.firewalls().size(), "firewall", "firewalls"));
        flows.setText(count(analysis.flows().size(), "flow", "flows"));
        long crossingCount = analysis.flows().stream().filter(f -> f.needsRule()).count();
        crossing.setText(crossingCount + " crossing");
        List<DesignWarning> all = analysis.warnings();
        warnings.setText(count(all.size(), "warning", "warnings"));
        warnings.setDisable(all.isEmpty());
        warnings.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("active"), !all.isEmpty());
        list.getItems().setAll(all);
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
