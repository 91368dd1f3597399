package io.portolan.ui;

import io.portolan.io.design.Templates;
import io.portolan.io.export.diagram.DiagramFormat;
import io.portolan.io.export.workbook.PaperSize;
import io.portolan.model.ZoneKind;
import io.portolan.ui.canvas.DiagramView;
import io.portolan.ui.theme.Glyphs;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/** The menu bar and the toolbar, with the shortcuts of a desktop editor. */
final class MainMenus {

    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;

    /** Redo's second shortcut, as on most desktop editors; the menu item shows the first, Ctrl+Y. */
    static final KeyCombination REDO_AGAIN = new KeyCodeCombination(KeyCode.Z, SHORTCUT, SHIFT);

    private final FileActions files;
    private final WorkbookExport exports;
    private final CompareActions compare;
    private final FirewallExport firewall;
    private final CatalogFolder catalogFolder;
    private final WindowEdits edits;
    private final DiagramView canvas;
    private final BooleanProperty darkTheme;
    private final Dialogs dialogs;
    private DiagramPrint print;
    private Runnable showWalkthrough = () -> { };
    private Runnable togglePresentation = () -> { };
    private Runnable quit;
    private BooleanProperty reopenLast;

    /**
     * @param firewall what Export > Firewall Configuration does
     * @param catalogFolder what the File menu's catalog entries change
     * @param edits what the Edit and Insert menus do
     * @param darkTheme true for the dark theme, false for the light one
     * @param dialogs where About shows
     */
    MainMenus(FileActions files, WorkbookExport exports, CompareActions compare, FirewallExport firewall, CatalogFolder catalogFolder,
              WindowEdits edits, DiagramView canvas, BooleanProperty darkTheme, Dialogs dialogs) {
        this.files = files;
        this.exports = exports;
        this.compare = compare;
        this.firewall = firewall;
        this.catalogFolder = catalogFolder;
        this.edits = edits;
        this.canvas = canvas;
        this.darkTheme = darkTheme;
        this.dialogs = dialogs;
    }

    /** What File > Page Setup and Print do; set before the menus are built. */
    void setPrint(DiagramPrint diagramPrint) {
        print = diagramPrint;
    }

    /** What the View menu's Walkthrough and Presentation Mode items do; set before the menus are built. */
    void setWalkthrough(Runnable show, Runnable present) {
        showWalkthrough = show;
        togglePresentation = present;
    }

    /**
     * What File > Quit does (close every window, asking about unsaved changes), and the setting File > Reopen Last
     * Design on Start switches; set before the menus are built.
     */
    void setSession(Runnable quitAll, BooleanProperty reopen) {
        quit = quitAll;
        reopenLast = reopen;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        bar.getMenus().addAll(fileMenu(bar), editMenu(), viewMenu(), insertMenu(), arrangeMenu(), helpMenu(bar));
        bar.setUseSystemMenuBar(true);
        // a menu item has one accelerator: the second shortcut of Redo goes to the scene the bar is shown in
        bar.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(REDO_AGAIN);
            }
            if (scene != null) {
                scene.getAccelerators().put(REDO_AGAIN, edits::redo);
            }
        });
        return bar;
    }

    private Menu fileMenu(MenuBar bar) {
        MenuItem builtInOnly = new MenuItem("Use Built-in Catalog Only");
        builtInOnly.setDisable(!catalogFolder.isSet());
        builtInOnly.setOnAction(e -> builtInOnly.setDisable(catalogFolder.clear()));
        MenuItem chooseCatalog = item("Catalog Folder\u2026", "mdal-library_books", null,
                () -> builtInOnly.setDisable(!catalogFolder.choose() && !catalogFolder.isSet()));
        MenuItem quitItem = item("Quit", "mdal-exit_to_app", new KeyCodeCombination(KeyCode.Q, SHORTCUT), () -> quit.run());
        CheckMenuItem reopen = new CheckMenuItem("Reopen Last Design on Start");
        reopen.selectedProperty().bindBidirectional(reopenLast);
        return new Menu("File", null, newMenu(),
                item("Open\u2026", "mdal-folder_open", new KeyCodeCombination(KeyCode.O, SHORTCUT), files::open),
                recentMenu(), item("Close", "mdal-close", new KeyCodeCombination(KeyCode.W, SHORTCUT), files::close),
                new SeparatorMenuItem(),
                item("Save", "mdmz-save", new KeyCodeCombination(KeyCode.S, SHORTCUT), files::save),
                item("Save As\u2026", null, new KeyCodeCombination(KeyCode.S, SHORTCUT, SHIFT), files::saveAs),
                new SeparatorMenuItem(),
                exportMenu(), compareMenu(), new SeparatorMenuItem(),
                item("Page Setup\u2026", null, null, () -> print.pageSetup(bar.getScene().getWindow())),
                item("Print\u2026", "mdmz-print", new KeyCodeCombination(KeyCode.P, SHORTCUT), () -> print.print(bar.getScene().getWindow())),
                new SeparatorMenuItem(), chooseCatalog, builtInOnly, reopen,
                new SeparatorMenuItem(), quitItem);
    }

    /**
     * Export: the workbook (plain, detailed, with objects), the rules as CSV, the request compared, the firewall
     * configuration, the picture as PNG, SVG or PDF.
     */
    private Menu exportMenu() {
        return new Menu("Export", Glyphs.of("mdal-file_upload", 16),
                item("Workbook\u2026", "mdmz-table_chart", new KeyCodeCombination(KeyCode.E, SHORTCUT), () -> exports.export(false)),
                item("Detailed Workbook\u2026", null, null, () -> exports.export(true)),
                item("Workbook with Objects\u2026", null, null, () -> exports.export(false, firewall.naming())),
                item("Rules CSV\u2026", null, null, exports::exportCsv), paperMenu(),
                new SeparatorMenuItem(),
                item("Compared Request\u2026", null, null, compare::exportCompared),
                item("Compared Rules CSV\u2026", null, null, compare::exportComparedCsv),
                new SeparatorMenuItem(),
                item("Firewall Configuration\u2026", "mdmz-security", null, firewall::export),
                new SeparatorMenuItem(),
                item("PNG\u2026", "mdmz-photo", new KeyCodeCombination(KeyCode.P, SHORTCUT, SHIFT), files::exportPng),
                item("SVG\u2026", null, null, () -> files.exportPicture(DiagramFormat.SVG)),
                item("PDF\u2026", "mdmz-picture_as_pdf", null, () -> files.exportPicture(DiagramFormat.PDF)));
    }

    /** The paper exported workbooks print on, remembered; the locale's until the user chooses. */
    private Menu paperMenu() {
        Menu menu = new Menu("Workbook Paper");
        ToggleGroup group = new ToggleGroup();
        for (PaperSize paper : PaperSize.values()) {
            RadioMenuItem item = new RadioMenuItem(paper.label());
            item.setToggleGroup(group);
            item.setOnAction(e -> files.setWorkbookPaper(paper));
            menu.getItems().add(item);
        }
        menu.setOnShowing(e -> group.getToggles().get(files.workbookPaper().ordinal()).setSelected(true));
        group.getToggles().get(files.workbookPaper().ordinal()).setSelected(true);
        return menu;
    }

    /** Compare With: an earlier design file, the last commit, the rulebase in place; and back to no comparison. */
    private Menu compareMenu() {
        MenuItem lastCommit = item("Last Commit", "mdal-history", null, compare::compareWithLastCommit);
        Menu menu = new Menu("Compare With", Glyphs.of("mdal-compare_arrows", 16),
                item("Design File\u2026", null, null, compare::compareWithFile), lastCommit,
                item("Rulebase in Place (CSV)\u2026", null, null, compare::checkAgainstRulebase), new SeparatorMenuItem(),
                item("Nothing (Clear Comparison)", null, null, compare::clear));
        menu.setOnShowing(e -> lastCommit.setDisable(!compare.canCompareWithLastCommit()));
        return menu;
    }

    /** New: a blank design, or one of the templates. */
    private Menu newMenu() {
        Menu menu = new Menu("New", Glyphs.of("mdmz-note_add", 16));
        MenuItem blank = item("Blank design", "mdal-insert_drive_file", new KeyCodeCombination(KeyCode.N, SHORTCUT), files::newBlank);
        menu.getItems().addAll(blank, new SeparatorMenuItem());
        for (Templates.Template template : Templates.list()) {
            MenuItem item = new MenuItem(template.title());
            item.setOnAction(e -> files.newFromTemplate(template));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Open Recent, following the list of recent files. */
    private Menu recentMenu() {
        Menu recent = new Menu("Open Recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path file : files.recentFiles()) {
                MenuItem item = new MenuItem(file.getFileName() + "  \u2014  " + file.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> files.openRecent(file));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        files.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        return recent;
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "mdmz-undo", new KeyCodeCombination(KeyCode.Z, SHORTCUT), edits::undo);
        MenuItem redo = item("Redo", "mdmz-redo", new KeyCodeCombination(KeyCode.Y, SHORTCUT), edits::redo);
        undo.textProperty().bind(Bindings.when(edits.undoTextProperty().isEmpty()).then("Undo").otherwise(edits.undoTextProperty()));
        redo.textProperty().bind(Bindings.when(edits.redoTextProperty().isEmpty()).then("Redo").otherwise(edits.redoTextProperty()));
        MenuItem paste = item("Paste", "mdal-content_paste", new KeyCodeCombination(KeyCode.V, SHORTCUT), edits::paste);
        return new Menu("Edit", null, undo, redo, new SeparatorMenuItem(),
                item("Cut", "mdal-content_cut", new KeyCodeCombination(KeyCode.X, SHORTCUT), edits::cut),
                item("Copy", "mdal-content_copy", new KeyCodeCombination(KeyCode.C, SHORTCUT), edits::copy),
                paste,
                item("Delete", "mdal-delete", new KeyCodeCombination(KeyCode.DELETE), edits::delete),
                new SeparatorMenuItem(),
                item("Select All", "mdmz-select_all", new KeyCodeCombination(KeyCode.A, SHORTCUT), edits::selectAll),
                new SeparatorMenuItem(),
                item("Add Flow\u2026", "mdal-add", null, () -> edits.addCustomFlow(null, null)));
    }

    private Menu viewMenu() {
        CheckMenuItem sameZone = new CheckMenuItem("Show Same-Zone Edges");
        sameZone.selectedProperty().bindBidirectional(canvas.showSameZoneEdgesProperty());
        sameZone.setAccelerator(new KeyCodeCombination(KeyCode.H, SHORTCUT, SHIFT));
        CheckMenuItem focus = new CheckMenuItem("Focus Mode");
        focus.selectedProperty().bindBidirectional(canvas.focusModeProperty());
        focus.setAccelerator(new KeyCodeCombination(KeyCode.F, SHORTCUT, SHIFT));
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.selectedProperty().bindBidirectional(darkTheme);
        return new Menu("View", null,
                item("Zoom In", "mdmz-zoom_in", new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT), canvas::zoomIn),
                item("Zoom Out", "mdmz-zoom_out", new KeyCodeCombination(KeyCode.MINUS, SHORTCUT), canvas::zoomOut),
                item("Fit to Window", "mdmz-zoom_out_map", new KeyCodeCombination(KeyCode.DIGIT0, SHORTCUT), canvas::fit),
                item("Actual Size", null, new KeyCodeCombination(KeyCode.DIGIT1, SHORTCUT), canvas::actualSize),
                new SeparatorMenuItem(), sameZone, focus, snap, new SeparatorMenuItem(),
                item("Walkthrough", "mdmz-playlist_play", new KeyCodeCombination(KeyCode.W, SHORTCUT, SHIFT), () -> showWalkthrough.run()),
                item("Presentation Mode", "mdmz-slideshow", new KeyCodeCombination(KeyCode.F5), () -> togglePresentation.run()),
                new SeparatorMenuItem(), dark);
    }

    private Menu insertMenu() {
        Menu insert = new Menu("Insert");
        for (ZoneKind kind : ZoneKind.values()) {
            insert.getItems().add(item(kind.label() + " Zone", null, null, () -> edits.addZone(kind, null)));
        }
        insert.getItems().addAll(new SeparatorMenuItem(), item("Firewall", "mdmz-security", null, () -> edits.addFirewall(null)));
        return insert;
    }

    private Menu arrangeMenu() {
        return new Menu("Arrange", null, item("Tidy", "mdal-account_tree", new KeyCodeCombination(KeyCode.L, SHORTCUT, SHIFT),
                edits::tidy));
    }

    private Menu helpMenu(MenuBar bar) {
        return new Menu("Help", null,
                item("Keyboard Shortcuts", "mdal-keyboard", new KeyCodeCombination(KeyCode.F1),
                        () -> dialogs.showShortcuts(ShortcutsHelp.of(bar, java.util.Map.of(REDO_AGAIN, "Redo")))),
                item("About Portolan", "mdal-info", null, dialogs::showAbout));
    }

    ToolBar toolBar() {
        Button undo = button("mdmz-undo", "Undo (Ctrl+Z)", edits::undo);
        undo.disableProperty().bind(edits.undoTextProperty().isEmpty());
        Button redo = button("mdmz-redo", "Redo (Ctrl+Y)", edits::redo);
        redo.disableProperty().bind(edits.redoTextProperty().isEmpty());
        MenuButton zone = new MenuButton("Zone", Glyphs.of("mdal-crop_square", 16));
        zone.setTooltip(new Tooltip("Add a zone in the middle of the view"));
        for (ZoneKind kind : ZoneKind.values()) {
            zone.getItems().add(item(kind.label(), null, null, () -> edits.addZone(kind, null)));
        }
        Button firewall = new Button("Firewall", Glyphs.of("mdmz-security", 16));
        firewall.setTooltip(new Tooltip("Add a firewall in the middle of the view"));
        firewall.setOnAction(e -> edits.addFirewall(null));
        ToggleButton sameZone = toggle("mdal-compare_arrows", "Show edges between nodes in the same zone");
        sameZone.selectedProperty().bindBidirectional(canvas.showSameZoneEdgesProperty());
        ToggleButton focus = toggle("mdal-center_focus_strong", "Focus mode: fade everything not connected to the selection");
        focus.selectedProperty().bindBidirectional(canvas.focusModeProperty());
        ToggleButton snap = toggle("mdal-grid_on", "Snap to grid");
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        Button export = new Button("Export workbook", Glyphs.of("mdmz-table_chart", 16));
        export.getStyleClass().add("export-button");
        export.setTooltip(new Tooltip("Write the firewall change-request workbook (Ctrl+E)"));
        export.setOnAction(e -> exports.export(false));
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        return new ToolBar(
                button("mdal-insert_drive_file", "New blank design (Ctrl+N)", files::newBlank),
                button("mdal-folder_open", "Open a design (Ctrl+O)", files::open),
                button("mdmz-save", "Save (Ctrl+S)", files::save),
                new Separator(), undo, redo, new Separator(), zone, firewall, new Separator(),
                button("mdmz-zoom_out", "Zoom out (Ctrl+-)", canvas::zoomOut),
                button("mdmz-zoom_in", "Zoom in (Ctrl++)", canvas::zoomIn),
                button("mdmz-zoom_out_map", "Fit to window (Ctrl+0)", canvas::fit),
                new Separator(), sameZone, focus, snap, spring, export);
    }

    private static MenuItem item(String text, String glyph, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, glyph == null ? null : Glyphs.of(glyph, 16));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String glyph, String tooltip, Runnable action) {
        Button button = new Button(null, Glyphs.of(glyph, 18));
        button.getStyleClass().addAll("flat", "button-icon");
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static ToggleButton toggle(String glyph, String tooltip) {
        ToggleButton button = new ToggleButton(null, Glyphs.of(glyph, 18));
        button.getStyleClass().add("button-icon");
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
