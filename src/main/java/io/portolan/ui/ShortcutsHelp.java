package io.portolan.ui;

import io.portolan.ui.theme.CompiledStylesheet;
import io.portolan.ui.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Help > Keyboard Shortcuts (F1): every shortcut of the menus, read from the menu items' accelerators when it is shown,
 * so that the list cannot drift from what the keys do; then the scene's extra shortcuts and the canvas's keys and
 * gestures, which belong to no menu item.
 */
final class ShortcutsHelp {

    /** The group of the keys and gestures of the canvas and the walkthrough. */
    static final String CANVAS = "Canvas and walkthrough";
    /** Wide enough for the two columns, the keys of the canvas's gestures being the longest. */
    private static final double WIDTH = 960;
    /** About the height of a row of the list, a heading's included. */
    private static final double ROW = 28;
    /** The group of the shortcuts no menu item shows. */
    static final String OTHER = "Other shortcuts";

    private ShortcutsHelp() {
    }

    /**
     * The shortcuts, menu by menu in menu order, then the extra ones, then the canvas's.
     *
     * @param extra shortcuts that no menu item shows (a second shortcut of an item), with what they do
     */
    static List<Shortcut> of(MenuBar bar, Map<KeyCombination, String> extra) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText(), "", shortcuts);
        }
        extra.forEach((keys, action) -> alsoBy(shortcuts, action, keys.getDisplayText()));
        String ctrl = shortcutModifier();
        shortcuts.add(new Shortcut(CANVAS, "Zoom in and out", ctrl + "mouse wheel"));
        shortcuts.add(new Shortcut(CANVAS, "Pan", "Middle button drag, or Space+drag"));
        shortcuts.add(new Shortcut(CANVAS, "Nudge the selection", "Arrow keys"));
        shortcuts.add(new Shortcut(CANVAS, "Nudge during a walkthrough", "Shift+arrow keys"));
        shortcuts.add(new Shortcut(CANVAS, "Next walkthrough step", "Right, Page Down"));
        shortcuts.add(new Shortcut(CANVAS, "Previous walkthrough step", "Left, Page Up"));
        shortcuts.add(new Shortcut(CANVAS, "Leave presentation mode", "Escape, F5"));
        return shortcuts;
    }

    /**
     * Adds a second shortcut of an action to the action's row ({@code Ctrl+Y, Ctrl+Shift+Z}), or, when no menu item
     * does it, a row of its own among the other shortcuts.
     */
    private static void alsoBy(List<Shortcut> shortcuts, String action, String keys) {
        for (int i = 0; i < shortcuts.size(); i++) {
            Shortcut shortcut = shortcuts.get(i);
            if (shortcut.action().equals(action)) {
                shortcuts.set(i, new Shortcut(shortcut.group(), action, shortcut.keys() + ", " + keys));
                return;
            }
        }
        shortcuts.add(new Shortcut(OTHER, action, keys));
    }

    /** The items of a menu with a shortcut, under the top menu's name, those of a submenu named after it. */
    private static void collect(Menu menu, String group, String path, List<Shortcut> shortcuts) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, group, path + submenu.getText() + " \u203a ", shortcuts);
            } else if (item.getAccelerator() != null) {
                shortcuts.add(new Shortcut(group, path + item.getText().replace("\u2026", ""), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** {@code Ctrl+} on Linux and Windows, the command key's sign on macOS. */
    private static String shortcutModifier() {
        String text = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN).getDisplayText();
        return text.substring(0, text.length() - 1);
    }

    /** The help window, not yet shown: it stays open beside the designer until closed. */
    static Dialog<Void> dialog(Window owner, List<Shortcut> shortcuts) {
        Dialog<Void> help = new Dialog<>();
        help.initOwner(owner);
        help.initModality(Modality.NONE);
        help.setTitle("Keyboard Shortcuts");
        help.getDialogPane().setContent(pane(shortcuts));
        // wider than the theme lets dialogs be, for two columns (portolan.css lifts the theme's limit)
        help.getDialogPane().getStyleClass().add(Styles.SHORTCUTS_HELP);
        help.getDialogPane().setPrefWidth(WIDTH + 40);
        help.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        help.getDialogPane().getStylesheets().add(CompiledStylesheet.url());
        help.setResizable(true);
        return help;
    }

    /**
     * The list as the help window shows it: a heading per group, then each action with its keys, the groups in two
     * columns of about the same height, keys aligned within a column.
     */
    static Node pane(List<Shortcut> shortcuts) {
        Map<String, List<Shortcut>> groups = new LinkedHashMap<>();
        shortcuts.forEach(s -> groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
        int half = (shortcuts.size() + groups.size()) / 2;
        GridPane left = column();
        GridPane right = column();
        int rows = 0;
        int leftRows = 0;
        for (Map.Entry<String, List<Shortcut>> group : groups.entrySet()) {
            int size = group.getValue().size() + 1;
            boolean onLeft = right.getChildren().isEmpty() && rows + size / 2 <= half;
            add(onLeft ? left : right, group.getKey(), group.getValue());
            rows += size;
            leftRows += onLeft ? size : 0;
        }
        HBox columns = new HBox(48, left, right);
        columns.setPadding(new Insets(4, 12, 8, 12));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(WIDTH);
        double screen = Screen.getPrimary().getVisualBounds().getHeight();
        scroll.setPrefViewportHeight(Math.min(screen - 200, Math.max(leftRows, rows - leftRows) * ROW + 1.5 * ROW));
        return scroll;
    }

    private static GridPane column() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        return grid;
    }

    private static void add(GridPane column, String name, List<Shortcut> shortcuts) {
        int row = column.getRowCount();
        Label heading = new Label(name);
        heading.getStyleClass().add(Styles.SHORTCUT_GROUP);
        column.add(heading, 0, row++, 2, 1);
        for (Shortcut shortcut : shortcuts) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add(Styles.SHORTCUT_KEYS);
            Label action = new Label(shortcut.action());
            // the window sizes itself to the list: no text is ever cut short
            keys.setMinWidth(Region.USE_PREF_SIZE);
            action.setMinWidth(Region.USE_PREF_SIZE);
            column.addRow(row++, action, keys);
        }
    }
}
