package io.portolan.ui;

import io.portolan.edit.LinkFirewall;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import io.portolan.ui.canvas.CanvasItem;
import io.portolan.ui.canvas.CanvasMenus;
import io.portolan.ui.canvas.DiagramView;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.EditActions;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The canvas's right-click menus: on a node, zone, firewall, edge, or the empty canvas. */
final class CanvasContextMenus implements CanvasMenus {

    private final DesignDocument document;
    private final EditActions edits;
    private final WindowEdits windowEdits;
    private final DiagramView canvas;

    /**
     * @param edits what Copy, Cut and Delete do to the selection
     * @param windowEdits what the menus' other entries do: add a zone, a firewall or a flow, paste, select all
     */
    CanvasContextMenus(DesignDocument document, EditActions edits, WindowEdits windowEdits, DiagramView canvas) {
        this.document = document;
        this.edits = edits;
        this.windowEdits = windowEdits;
        this.canvas = canvas;
    }

    @Override
    public ContextMenu menuFor(CanvasItem item, Point at) {
        if (item == null) {
            return background(at);
        }
        return switch (item.kind()) {
            case NODE -> new ContextMenu(
                    action("Add flow from here\u2026", () -> windowEdits.addCustomFlow(item.id(), null)),
                    focus(), new SeparatorMenuItem(), copy(), cut(), delete());
            case ZONE_HEADER, ZONE_HANDLE -> new ContextMenu(copy(), cut(), delete());
            case FIREWALL, FIREWALL_LINK_HANDLE -> firewall(item.id());
            case EDGE -> new ContextMenu(
                    action("Add flow between these nodes\u2026", () -> windowEdits.addCustomFlow(item.id(), item.other())), focus());
        };
    }

    private ContextMenu background(Point at) {
        Menu zone = new Menu("Add zone here");
        for (ZoneKind kind : ZoneKind.values()) {
            zone.getItems().add(action(kind.label(), () -> windowEdits.addZone(kind, at)));
        }
        MenuItem paste = action("Paste", windowEdits::paste);
        paste.disableProperty().bind(edits.canPasteProperty().not());
        return new ContextMenu(zone, action("Add firewall here", () -> windowEdits.addFirewall(at)), new SeparatorMenuItem(),
                paste, action("Select all", windowEdits::selectAll), action("Fit to window", canvas::fit));
    }

    private ContextMenu firewall(String firewallId) {
        Design design = document.design();
        Firewall firewall = design.firewall(firewallId).orElse(null);
        ContextMenu menu = new ContextMenu();
        if (firewall != null) {
            Menu zones = new Menu("Joins zones");
            for (Zone zone : design.zones()) {
                CheckMenuItem joined = new CheckMenuItem(zone.name());
                joined.setSelected(firewall.joins(zone.id()));
                joined.setOnAction(e -> document.execute(new LinkFirewall(firewallId, zone.id(), joined.isSelected())));
                zones.getItems().add(joined);
            }
            menu.getItems().addAll(zones, new SeparatorMenuItem());
        }
        menu.getItems().addAll(copy(), cut(), delete());
        return menu;
    }

    private MenuItem focus() {
        CheckMenuItem focus = new CheckMenuItem("Focus mode");
        focus.selectedProperty().bindBidirectional(canvas.focusModeProperty());
        return focus;
    }

    private MenuItem copy() {
        return action("Copy", edits::copy);
    }

    private MenuItem cut() {
        return action("Cut", edits::cut);
    }

    private MenuItem delete() {
        return action("Delete", edits::delete);
    }

    private static MenuItem action(String text, Runnable run) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> run.run());
        return item;
    }
}
