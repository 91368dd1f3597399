package io.portolan.ui.panels;

import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The inspector: a header naming the selection and a ControlsFX property sheet of its fields. When the
 * design changes but the selection does not, the editors stay and only show the new values.
 */
public final class InspectorView extends VBox {

    private final InspectorViewModel model;
    private final Glyphs glyphs;
    private final VBox sections = new VBox();
    private final StackPane tile = new StackPane();
    private final List<FieldItem> items = new ArrayList<>();

    public InspectorView(InspectorViewModel model, Glyphs glyphs) {
        this.model = model;
        this.glyphs = glyphs;
        getStyleClass().add(Styles.INSPECTOR);
        Label panelTitle = new Label("Properties");
        panelTitle.getStyleClass().add(Styles.PANEL_TITLE);
        Label title = new Label();
        title.getStyleClass().add(Styles.INSPECTOR_TITLE);
        title.textProperty().bind(model.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add(Styles.INSPECTOR_SUBTITLE);
        subtitle.textProperty().bind(model.subtitleProperty());
        subtitle.setWrapText(true);
        tile.getStyleClass().add(Styles.PALETTE_TILE);
        VBox names = new VBox(2, title, subtitle);
        HBox header = new HBox(10, tile, names);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.INSPECTOR_HEADER);
        sections.getStyleClass().add("inspector-sections");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(panelTitle, header, scroll);
        model.fields().addListener((ListChangeListener<InspectorField>) c -> show(model.fields()));
        show(model.fields());
    }

    private void show(List<InspectorField> fields) {
        updateTile();
        boolean same = fields.size() == items.size();
        for (int i = 0; same && i < fields.size(); i++) {
            same = items.get(i).field.sameShape(fields.get(i));
        }
        if (same) {
            for (int i = 0; i < fields.size(); i++) {
                items.get(i).field = fields.get(i);
                items.get(i).editor.refresh(fields.get(i));
            }
            return;
        }
        items.clear();
        sections.getChildren().clear();
        java.util.Map<String, List<FieldItem>> byCategory = new java.util.LinkedHashMap<>();
        for (InspectorField field : fields) {
            FieldItem item = new FieldItem(field);
            items.add(item);
            byCategory.computeIfAbsent(field.category(), c -> new ArrayList<>()).add(item);
        }
        // one sheet per category, in the order the view model gives: ControlsFX's category mode would sort
        // the categories and show only one at a time
        byCategory.forEach((category, categoryItems) -> {
            Label heading = new Label(category);
            heading.getStyleClass().add(Styles.INSPECTOR_SECTION);
            PropertySheet sheet = new PropertySheet();
            sheet.setMode(PropertySheet.Mode.NAME);
            sheet.setModeSwitcherVisible(false);
            sheet.setSearchBoxVisible(false);
            sheet.setPropertyEditorFactory(item -> ((FieldItem) item).editor);
            sheet.getItems().setAll(categoryItems);
            sections.getChildren().addAll(heading, sheet);
        });
    }

    private void updateTile() {
        tile.getChildren().clear();
        tile.getStyleClass().setAll(Styles.PALETTE_TILE);
        if (model.selectedType() != null) {
            tile.getStyleClass().add(Glyphs.vendorStyle(model.selectedType().vendor()));
            tile.getChildren().add(glyphs.icon(model.selectedType(), 20));
        } else {
            tile.getChildren().add(Glyphs.of("mdal-assignment", 20));
        }
    }

    /** A field as the property sheet sees it. */
    private static final class FieldItem implements PropertySheet.Item {
        private InspectorField field;
        private final FieldEditors.Editor editor;

        FieldItem(InspectorField field) {
            this.field = field;
            this.editor = FieldEditors.create(field);
        }

        @Override
        public Class<?> getType() {
            return Object.class;
        }

        @Override
        public String getCategory() {
            return field.category();
        }

        @Override
        public String getName() {
            return field.name();
        }

        @Override
        public String getDescription() {
            return field.description();
        }

        @Override
        public Object getValue() {
            return field.value();
        }

        @Override
        public void setValue(Object value) {
            field.commit().apply(value);
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }

        @Override
        public boolean isEditable() {
            return field.kind() != InspectorField.Kind.READ_ONLY;
        }
    }
}
