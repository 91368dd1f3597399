package io.portolan.ui.document;

import io.portolan.catalog.ComponentType;
import io.portolan.diagram.Arrangement;
import io.portolan.diagram.FreeSpace;
import io.portolan.diagram.Tidy;
import io.portolan.edit.AddFirewall;
import io.portolan.edit.AddNode;
import io.portolan.edit.AddZone;
import io.portolan.edit.DeleteSelection;
import io.portolan.edit.Fragment;
import io.portolan.edit.Paste;
import io.portolan.edit.Rearrange;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Point;
import io.portolan.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The Edit menu's actions on the document and the selection: add, delete, cut, copy, paste, select all.
 * The clipboard is Portolan's own, so that a copy carries zones, firewalls and nodes whole.
 */
public final class EditActions {

    /** How far each paste moves the copies from the previous one. */
    public static final double PASTE_OFFSET = 40;
    /** The size of a zone placed with one click. */
    public static final double NEW_ZONE_WIDTH = 320;
    public static final double NEW_ZONE_HEIGHT = 240;

    private final DesignDocument document;
    private final Selection selection;
    private final ReadOnlyBooleanWrapper canPaste = new ReadOnlyBooleanWrapper(this, "canPaste");
    private Fragment clipboard;
    private int pasteCount;

    public EditActions(DesignDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
    }

    /** True when something was copied. */
    public ReadOnlyBooleanProperty canPasteProperty() {
        return canPaste.getReadOnlyProperty();
    }

    /** Places a node of the type at the canvas point and selects it. */
    public void addNode(ComponentType type, Point at) {
        AddNode command = new AddNode(type, at);
        String id = command.newNode(document.design()).id();
        document.execute(command);
        selection.select(id);
    }

    /**
     * Places a node of the type in the free space nearest to the canvas point (not over a node, a firewall or an edge,
     * in the zone under the point), as a node added from the keyboard lands, and selects it.
     */
    public void addNodeInFreeSpace(ComponentType type, Point near) {
        addNode(type, new FreeSpace(document.analysis()).near(near));
    }

    /** Draws a zone of the kind centred on the canvas point and selects it. */
    public void addZone(ZoneKind kind, Point centre) {
        Bounds bounds = new Bounds(centre.x() - NEW_ZONE_WIDTH / 2, centre.y() - NEW_ZONE_HEIGHT / 2, NEW_ZONE_WIDTH, NEW_ZONE_HEIGHT);
        AddZone command = new AddZone(kind, bounds);
        String id = command.newZone(document.design()).id();
        document.execute(command);
        selection.select(id);
    }

    /** Places a firewall at the canvas point and selects it. */
    public void addFirewall(Point at) {
        AddFirewall command = new AddFirewall(at);
        String id = command.newFirewall(document.design()).id();
        document.execute(command);
        selection.select(id);
    }

    /** Deletes the selected zones, firewalls and nodes. */
    public void delete() {
        Set<String> ids = selection.snapshot();
        if (!ids.isEmpty()) {
            document.execute(DeleteSelection.of(document.design(), ids));
            selection.clear();
        }
    }

    /** Copies the selection to Portolan's clipboard. */
    public void copy() {
        Fragment fragment = Fragment.copyOf(document.design(), selection.snapshot());
        if (!fragment.isEmpty()) {
            clipboard = fragment;
            pasteCount = 0;
            canPaste.set(true);
        }
    }

    public void cut() {
        copy();
        delete();
        pasteCount = -1;
    }

    /** Pastes copies of what was copied, each paste a little further along, and selects them. */
    public void paste() {
        if (clipboard == null) {
            return;
        }
        pasteCount++;
        double offset = PASTE_OFFSET * pasteCount;
        Point free = new Point(offset, offset);
        if (clipboard.zones().isEmpty()) {
            // copies of nodes and firewalls land in free space near where the offset puts them: not over the originals'
            // names, not on an edge; copied zones bring their room with them
            List<Point> positions = new ArrayList<>();
            clipboard.nodes().forEach(n -> positions.add(n.position()));
            clipboard.firewalls().forEach(f -> positions.add(f.position()));
            free = new FreeSpace(document.analysis()).offset(positions, offset, offset);
        }
        Paste command = new Paste(clipboard, free.x(), free.y());
        Paste.Result result = command.place(document.design());
        document.execute(command);
        selection.set(result.pastedIds());
    }

    /**
     * Arrange > Tidy: lays the design out in its zones, as one undo step; returns false when there was nothing to lay
     * out.
     */
    public boolean tidy() {
        Design design = document.design();
        if (design.nodes().isEmpty() && design.zones().isEmpty()) {
            return false;
        }
        Arrangement arrangement = Tidy.arrange(document.analysis());
        document.execute(new Rearrange(arrangement.nodes(), arrangement.zones(), arrangement.firewalls(), "Tidy"));
        return true;
    }

    /** Selects every zone, firewall and node. */
    public void selectAll() {
        Design design = document.design();
        List<String> ids = new ArrayList<>();
        design.zones().forEach(z -> ids.add(z.id()));
        design.firewalls().forEach(f -> ids.add(f.id()));
        design.nodes().forEach(n -> ids.add(n.id()));
        selection.set(ids);
    }
}
