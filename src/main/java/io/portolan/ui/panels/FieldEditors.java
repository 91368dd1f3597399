package io.portolan.ui.panels;

import io.portolan.model.PortRange;
import io.portolan.ui.theme.Styles;
import io.portolan.ui.panels.InspectorField.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The inspector's editors. Text commits on Enter or when the field loses focus, so that typing a name is
 * one undo step, not one per key; a refused value stays in the field, marked invalid, with the reason in
 * its tooltip. Switches, choices and counts commit at once.
 */
final class FieldEditors {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass(Styles.INVALID);
    /** On an editor whose selected nodes hold different values. */
    private static final PseudoClass MIXED = PseudoClass.getPseudoClass(Styles.MIXED);

    private FieldEditors() {
    }

    /** An editor that can show a new value of its field without being rebuilt. */
    interface Editor extends PropertyEditor<Object> {
        /** Shows the field's current value (unless the user is typing in it) and keeps its commit. */
        void refresh(InspectorField field);
    }

    private static final double EDITOR_PREF_WIDTH = 110;
    private static final double SWITCH_PREF_WIDTH = 48;

    static Editor create(InspectorField field) {
        Editor editor = build(field);
        editor.getEditor().setId(field.editorId());
        if (editor.getEditor() instanceof Region region && field.kind() != InspectorField.Kind.LONG_TEXT) {
            // the sheet grows an editor to fill its row anyway; a small preferred width leaves the names
            // beside the editors room to be read in a narrow inspector
            region.setPrefWidth(field.kind() == InspectorField.Kind.SWITCH ? SWITCH_PREF_WIDTH : EDITOR_PREF_WIDTH);
        }
        return editor;
    }

    private static Editor build(InspectorField field) {
        return switch (field.kind()) {
            case TEXT -> new TextEditor(field, new TextField());
            case LONG_TEXT -> {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(4);
                yield new TextEditor(field, area);
            }
            case INTEGER -> new IntegerEditor(field, 1, 100_000);
            case PORT -> new IntegerEditor(field, 1, PortRange.MAX_PORT);
            case SWITCH -> new SwitchEditor(field);
            case CHOICE -> new ChoiceEditor(field);
            case MULTI_CHOICE -> new MultiChoiceEditor(field);
            case READ_ONLY -> new ReadOnlyEditor(field);
        };
    }

    /** Base: keeps the field and reports refused values on the control. */
    private abstract static class Base<C extends Node> implements Editor {
        final C control;
        InspectorField field;
        boolean updating;

        Base(InspectorField field, C control) {
            this.field = field;
            this.control = control;
        }

        @Override
        public Node getEditor() {
            return control;
        }

        @Override
        public Object getValue() {
            return field.value();
        }

        @Override
        public void setValue(Object value) {
            refresh(field);
        }

        void commit(Object value) {
            if (updating || Objects.equals(value, field.value())) {
                mark(Optional.empty());
                return;
            }
            mark(field.commit().apply(value));
        }

        void mark(Optional<String> problem) {
            control.pseudoClassStateChanged(INVALID, problem.isPresent());
            if (control instanceof javafx.scene.control.Control c) {
                c.setTooltip(new Tooltip(problem.orElse(field.description().isEmpty() ? null : field.description())));
                if (problem.isEmpty() && field.description().isEmpty()) {
                    c.setTooltip(null);
                }
            }
        }
    }

    private static final class TextEditor extends Base<TextInputControl> {
        TextEditor(InspectorField field, TextInputControl control) {
            super(field, control);
            control.setText((String) field.value());
            control.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit(control.getText());
                }
            });
            control.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && (control instanceof TextField || e.isShortcutDown())) {
                    commit(control.getText());
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    control.setText((String) this.field.value());
                    mark(Optional.empty());
                }
            });
            mark(Optional.empty());
        }

        @Override
        public void refresh(InspectorField changed) {
            field = changed;
            if (!control.isFocused() || control.getText().equals(changed.value())) {
                control.setText((String) changed.value());
            }
        }
    }

    /**
     * A number. A mixed value shows an empty box that says so; typing a number and Enter, or a tick of the arrows,
     * gives every node that number. Text that is not a number keeps the value the box had.
     */
    private static final class IntegerEditor extends Base<Spinner<Integer>> {
        IntegerEditor(InspectorField field, int min, int max) {
            super(field, new Spinner<>(min, max, field.value() instanceof Integer n ? n : min));
            control.setEditable(true);
            SpinnerValueFactory<Integer> factory = control.getValueFactory();
            factory.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer value) {
                    return value == null ? "" : value.toString();
                }

                @Override
                public Integer fromString(String text) {
                    try {
                        return Integer.valueOf(text.strip());
                    } catch (NumberFormatException e) {
                        return factory.getValue();
                    }
                }
            });
            control.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    commit(b);
                }
            });
            // the value a mixed box holds may be the very number typed, which the spinner would not see as a change
            control.getEditor().addEventHandler(javafx.event.ActionEvent.ACTION, e -> {
                if (this.field.mixed()) {
                    Integer typed = factory.getConverter().fromString(control.getEditor().getText());
                    if (typed != null && !control.getEditor().getText().isBlank()) {
                        commit(typed);
                    }
                }
            });
            refresh(field);
        }

        @Override
        public void refresh(InspectorField changed) {
            field = changed;
            updating = true;
            if (changed.value() instanceof Integer n) {
                control.getValueFactory().setValue(n);
                control.getEditor().setText(n.toString());
            } else {
                control.getEditor().setText("");
            }
            control.getEditor().setPromptText(changed.mixed() ? InspectorField.MIXED_TEXT : null);
            control.pseudoClassStateChanged(MIXED, changed.mixed());
            updating = false;
        }
    }

    /** A switch; a mixed one is off and says so, and switching it on switches every node on. */
    private static final class SwitchEditor extends Base<ToggleSwitch> {
        SwitchEditor(InspectorField field) {
            super(field, new ToggleSwitch());
            refresh(field);
            control.selectedProperty().addListener((o, a, b) -> commit(b));
            mark(Optional.empty());
        }

        @Override
        public void refresh(InspectorField changed) {
            field = changed;
            updating = true;
            control.setSelected(Boolean.TRUE.equals(changed.value()));
            control.setText(changed.mixed() ? InspectorField.MIXED_TEXT : null);
            control.pseudoClassStateChanged(MIXED, changed.mixed());
            updating = false;
        }
    }

    private static final class ChoiceEditor extends Base<ComboBox<Choice>> {
        ChoiceEditor(InspectorField field) {
            super(field, new ComboBox<>());
            control.getItems().setAll(field.choices());
            control.setMaxWidth(Double.MAX_VALUE);
            // says what no choice means (mixed, outside every zone): a combo box cleared to null forgets its prompt
            control.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(Choice item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(item != null ? item.label()
                            : ChoiceEditor.this.field.mixed() ? InspectorField.MIXED_TEXT : ChoiceEditor.this.field.placeholder());
                }
            });
            select(field);
            control.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    commit(b.id());
                }
            });
        }

        private void select(InspectorField f) {
            updating = true;
            control.setValue(f.choices().stream().filter(c -> c.id().equals(f.value())).findFirst().orElse(null));
            control.setPromptText(f.mixed() ? InspectorField.MIXED_TEXT : f.placeholder());
            control.pseudoClassStateChanged(MIXED, f.mixed());
            // a value that stays null draws no new cell, so the cell is told what no choice now means
            if (control.getValue() == null) {
                control.getButtonCell().setText(f.mixed() ? InspectorField.MIXED_TEXT : f.placeholder());
            }
            updating = false;
        }

        @Override
        public void refresh(InspectorField changed) {
            field = changed;
            select(changed);
        }
    }

    private static final class MultiChoiceEditor extends Base<CheckComboBox<Choice>> {
        MultiChoiceEditor(InspectorField field) {
            super(field, new CheckComboBox<>());
            control.getItems().setAll(field.choices());
            control.setMaxWidth(Double.MAX_VALUE);
            check(field);
            control.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) c -> {
                if (!updating) {
                    List<String> ids = new ArrayList<>();
                    control.getCheckModel().getCheckedItems().forEach(choice -> ids.add(choice.id()));
                    commit(ids);
                }
            });
        }

        @SuppressWarnings("unchecked")
        private void check(InspectorField f) {
            updating = true;
            control.getCheckModel().clearChecks();
            for (String id : (List<String>) f.value()) {
                f.choices().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(control.getCheckModel()::check);
            }
            updating = false;
        }

        @Override
        public void refresh(InspectorField changed) {
            field = changed;
            check(changed);
        }
    }

    private static final class ReadOnlyEditor extends Base<Label> {
        ReadOnlyEditor(InspectorField field) {
            super(field, new Label((String) field.value()));
        }

        @Override
        public void refresh(InspectorField changed) {
            field = changed;
            control.setText((String) changed.value());
        }
    }
}
