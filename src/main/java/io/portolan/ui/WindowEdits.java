package io.portolan.ui;

import io.portolan.model.Design;
import io.portolan.model.Point;
import io.portolan.model.ZoneKind;
import io.portolan.ui.canvas.DiagramView;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.EditActions;
import io.portolan.ui.document.Selection;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * What the Edit and Insert menus, the toolbar and the canvas's menus do. Edit actions go to the text field
 * being typed in when there is one, else to the diagram; inserted zones and firewalls land where asked, or
 * in the middle of the view, on the grid.
 */
final class WindowEdits {

    private final DesignDocument document;
    private final Selection selection;
    private final EditActions edits;
    private final DiagramView canvas;
    private final Dialogs dialogs;

    WindowEdits(DesignDocument document, Selection selection, EditActions edits, DiagramView canvas, Dialogs dialogs) {
        this.document = document;
        this.selection = selection;
        this.edits = edits;
        this.canvas = canvas;
        this.dialogs = dialogs;
    }

    /** What Undo would take back, for the menu item; empty when there is nothing to undo. */
    ReadOnlyStringProperty undoTextProperty() {
        return document.undoTextProperty();
    }

    /** What Redo would do again, for the menu item; empty when there is nothing to redo. */
    ReadOnlyStringProperty redoTextProperty() {
        return document.redoTextProperty();
    }

    void undo() {
        either(TextInputControl::undo, document::undo);
    }

    void redo() {
        either(TextInputControl::redo, document::redo);
    }

    void cut() {
        either(TextInputControl::cut, edits::cut);
    }

    void copy() {
        either(TextInputControl::copy, edits::copy);
    }

    void paste() {
        either(TextInputControl::paste, edits::paste);
    }

    void delete() {
        either(TextInputControl::deleteNextChar, edits::delete);
    }

    void selectAll() {
        either(TextInputControl::selectAll, edits::selectAll);
    }

    /** Acts on the text field being typed in, if any, else on the diagram. */
    private void either(Consumer<TextInputControl> onText, Runnable onDiagram) {
        Scene scene = canvas.getScene();
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl text) {
            onText.accept(text);
        } else {
            onDiagram.run();
        }
    }

    /** Draws a zone of the kind centred on the canvas point, or in the middle of the view for null. */
    void addZone(ZoneKind kind, Point at) {
        edits.addZone(kind, canvas.placement(at));
    }

    /** Places a firewall at the canvas point, or in the middle of the view for null. */
    void addFirewall(Point at) {
        edits.addFirewall(canvas.placement(at));
    }

    /**
     * Arrange > Tidy: lays the design out in its zones (the Eclipse Layout Kernel's layered layout), one undo step, and
     * fits it to the view.
     */
    void tidy() {
        if (edits.tidy()) {
            canvas.fit();
        }
    }

    /** Asks for a custom flow (between the given nodes when known, else the selected ones) and adds it. */
    void addCustomFlow(String sourceId, String destinationId) {
        Design design = document.design();
        if (design.nodes().isEmpty()) {
            dialogs.showError("Cannot add a flow", "Place at least one node first: a flow runs from one node to another.");
            return;
        }
        String from = sourceId;
        String to = destinationId;
        List<String> picked = selection.nodeIds(design);
        if (from == null && !picked.isEmpty()) {
            from = picked.get(0);
            to = picked.size() > 1 ? picked.get(1) : null;
        }
        dialogs.askCustomFlow(design, from, to).ifPresent(document::execute);
    }
}
