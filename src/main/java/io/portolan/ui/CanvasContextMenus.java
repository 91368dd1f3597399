package io.portolan.ui;

import io.portolan.edit.LinkFirewall;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import io.portolan.ui.canvas.CanvasItem;
import io.portolan.ui.canvas.CanvasMenus;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The canvas's right-click menus: on a node, zone, firewall, edge, or the empty canvas. */
final class CanvasContextMenus implements CanvasMenus {

    private final MainWindow window;

    CanvasContextMenus(MainWindow window) {
        this.window = window;
    }

    @Override
    public ContextMenu menuFor(CanvasItem item, Point at) {
        if (item == null) {
            return background(at);
        }
        return switch (item.kind()) {
            case NODE -> new ContextMenu(
                    action("Add flow from here\u2026", () -> window.addCustomFlow(item.id(), null)),
                    focus(), new SeparatorMenuItem(), copy(), cut(), delete());
            case ZONE_HEADER, ZONE_HANDLE -> new ContextMenu(copy(), cut(), delete());
            case FIREWALL, FIREWALL_LINK_HANDLE -> firewall(item.id());
            case EDGE -> new ContextMenu(
                    action("Add flow between these nodes\u2026", () -> window.addCustomFlow(item.id(), item.other())), focus());
        };
    }

    private ContextMenu background(Point at) {
        Menu zone = new Menu("Add zone here");
        for (ZoneKind kind : ZoneKind.values()) {
            zone.getItems().add(action(kind.label(), () -> window.addZone(kind, at)));
        }
        MenuItem paste = action("Paste", window::paste);
        paste.disableProperty().bind(window.edits().canPasteProperty().not());
        return new ContextMenu(zone, action("Add firewall here", () -> window.addFirewall(at)), new SeparatorMenuItem(),
                paste, action("Select all", window::selectAll), action("Fit to window", window.canvas()::fit));
    }

    private ContextMenu firewall(String firewallId) {
        Design design = window.document().design();
        Firewall firewall = design.firewall(firewallId).orElse(null);
        ContextMenu menu = new ContextMenu();
        if (firewall != null) {
            Menu zones = new Menu("Joins zones");
            for (Zone zone : design.zones()) {
                CheckMenuItem joined = new CheckMenuItem(zone.name());
                joined.setSelected(firewall.joins(zone.id()));
                joined.setOnAction(e -> window.document().execute(new LinkFirewall(firewallId, zone.id(), joined.isSelected())));
                zones.getItems().add(joined);
            }
            menu.getItems().addAll(zones, new SeparatorMenuItem());
        }
        menu.getItems().addAll(copy(), cut(), delete());
        return menu;
    }

    private MenuItem focus() {
        CheckMenuItem focus = new CheckMenuItem("Focus mode");
        focus.selectedProperty().bindBidirectional(window.canvas().focusModeProperty());
        return focus;
    }

    private MenuItem copy() {
        return action("Copy", window.edits()::copy);
    }

    private MenuItem cut() {
        return action("Cut", window.edits()::cut);
    }

    private MenuItem delete() {
        return action("Delete", window.edits()::delete);
    }

    private static MenuItem action(String text, Runnable run) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> run.run());
        return item;
    }
}
