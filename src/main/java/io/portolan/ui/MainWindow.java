package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.engine.FlowEngine;
import io.portolan.ui.canvas.DiagramView;
import io.portolan.ui.canvas.PaletteDropTarget;
import io.portolan.ui.document.Comparison;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.EditActions;
import io.portolan.ui.document.Selection;
import io.portolan.ui.panels.FlowsView;
import io.portolan.ui.panels.FlowsViewModel;
import io.portolan.ui.panels.InspectorView;
import io.portolan.ui.panels.InspectorViewModel;
import io.portolan.ui.panels.PaletteView;
import io.portolan.ui.panels.PaletteViewModel;
import io.portolan.ui.panels.StatusBarView;
import io.portolan.ui.panels.TaskBarView;
import io.portolan.ui.panels.TaskBarViewModel;
import io.portolan.ui.panels.WalkthroughView;
import io.portolan.ui.panels.WalkthroughViewModel;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import io.portolan.ui.theme.Theme;
import io.portolan.ui.theme.VendorColours;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The designer window's content: palette, canvas, inspector, flows table and status bar around one
 * {@link DesignDocument}, with the menus and the toolbar. Built in code; it wires the parts together, and
 * every part takes only what it needs through its constructor.
 */
public final class MainWindow {

    /** The style class of a designer window's root, by which the session finds its windows. */
    static final String STYLE_CLASS = "portolan";

    /** The id of the hint over the canvas of a design with no component, for tests. */
    public static final String START_HINT_ID = "start-hint";
    /** The id of the walkthrough panel's tab, for tests. */
    public static final String WALKTHROUGH_TAB_ID = "walkthrough-tab";

    private final Catalog catalog;
    private final Settings settings;
    private final DesignDocument document;
    private final Selection selection = new Selection();
    private final EditActions edits;
    private final FileActions files;
    private final DiagramView canvas;
    private final PaletteViewModel paletteModel;
    private final FlowsViewModel flowsModel;
    private final InspectorViewModel inspectorModel;
    private final Comparison comparison;
    private final CompareActions compareActions;
    private final WalkthroughViewModel walkthroughModel;
    private final Presentation presentation;
    private final SplitPane centre;
    private final TabPane side = new TabPane();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final StackPane root = new StackPane();
    private final FirewallExport firewallExport;
    private final TaskBarViewModel tasks;
    private final BooleanProperty reopenLast = new SimpleBooleanProperty(this, "reopenLast");
    private final DiagramPrint print;

    /**
     * @param start what the window shows first: a file's design, or a template's
     * @param services what the window gets from its session: opening files the system's way, where exports run, quit
     */
    MainWindow(FlowEngine engine, Settings settings, Dialogs dialogs, StartingDesign start, WindowServices services) {
        this.catalog = engine.catalog();
        this.settings = settings;
        this.document = documentOf(engine, start);
        Glyphs glyphs = Glyphs.load();
        this.edits = new EditActions(document, selection);
        this.canvas = new DiagramView(document, selection, catalog, glyphs);
        WindowEdits windowEdits = new WindowEdits(document, selection, edits, canvas, dialogs);
        canvas.setContextMenus(new CanvasContextMenus(document, edits, windowEdits, canvas));
        DiagramPicture picture = new DiagramPicture(document, canvas.showSameZoneEdgesProperty()::get);
        this.tasks = new TaskBarViewModel(services.background(), Platform::runLater, dialogs::showError, services.opener());
        this.files = new FileActions(document, selection, catalog, settings, dialogs, picture, tasks);
        WorkbookExport exports = new WorkbookExport(document, files, dialogs, picture, tasks);
        this.paletteModel = new PaletteViewModel(catalog);
        this.comparison = new Comparison(document);
        comparison.marksProperty().addListener((o, was, marks) -> canvas.setEdgeMarks(marks));
        this.compareActions = new CompareActions(document, comparison, catalog, dialogs, exports);
        this.flowsModel = new FlowsViewModel(document, selection, catalog, comparison);
        this.inspectorModel = new InspectorViewModel(document, selection, catalog);
        this.walkthroughModel = new WalkthroughViewModel(document);
        StackPane canvasPane = new StackPane(canvas, startHint());
        this.centre = new SplitPane(canvasPane, new FlowsView(flowsModel, () -> windowEdits.addCustomFlow(null, null), selection::clear));
        this.presentation = new Presentation(root, canvasPane, canvas);
        installWalkthroughKeys();
        darkTheme.set(Theme.DARK.equals(settings.theme()));
        darkTheme.addListener((o, was, dark) -> applyTheme(dark ? Theme.DARK : Theme.LIGHT));
        reopenLast.set(settings.reopenLast());
        reopenLast.addListener((o, was, reopen) -> settings.setReopenLast(reopen));
        this.firewallExport = new FirewallExport(document, settings, dialogs, tasks);
        this.print = new DiagramPrint(picture, dialogs, PrinterJob::createPrinterJob);
        MainMenus menus = new MainMenus(files, exports, compareActions, firewallExport, new CatalogFolder(settings, dialogs), windowEdits,
                canvas, darkTheme, dialogs);
        menus.setPrint(print);
        menus.setWalkthrough(this::showWalkthrough, presentation::toggle);
        menus.setSession(services.quit(), reopenLast);
        layOut(menus, glyphs);
    }

    /** The window's document, on the design it starts with: a file's, saved, or a template's, unnamed. */
    private static DesignDocument documentOf(FlowEngine engine, StartingDesign start) {
        DesignDocument document = new DesignDocument(engine, start.design());
        if (start.file() != null) {
            document.load(start.design(), start.file());
        } else if (start.title() != null) {
            document.loadTemplate(start.design(), start.title());
        }
        return document;
    }

    /** Menus and toolbar on top, the panels, the bar of exports and the status bar below; design files may be dropped anywhere. */
    private void layOut(MainMenus menus, Glyphs glyphs) {
        PaletteDropTarget drop = new PaletteDropTarget(canvas, edits, glyphs);
        BorderPane layout = new BorderPane(panels(glyphs, drop));
        layout.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        layout.setBottom(new VBox(new TaskBarView(tasks), new StatusBarView(document, selection, canvas.zoomProperty())));
        root.getChildren().addAll(layout, drop.ghostLayer());
        root.getStyleClass().add(STYLE_CLASS);
        FileDrop.install(root, files);
    }

    /** How to start, over the canvas of a design with no component yet; it lets every click and drop through. */
    private Label startHint() {
        Label hint = new Label();
        hint.setId(START_HINT_ID);
        hint.getStyleClass().add(Styles.START_HINT);
        hint.textProperty().bind(flowsModel.startHintProperty());
        hint.visibleProperty().bind(flowsModel.startHintProperty().isNotEmpty());
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.setMouseTransparent(true);
        // in the middle of an empty canvas; under the zones once there are some, so that it hides none of them
        hint.textProperty().addListener((o, was, text) -> StackPane.setAlignment(hint,
                FlowsViewModel.START_WITH_ZONES.equals(text) ? Pos.BOTTOM_CENTER : Pos.CENTER));
        StackPane.setMargin(hint, new Insets(24));
        return hint;
    }

    /** The walkthrough's keys (arrows, Page Up/Down, F5), on the scene once the window has one. */
    private void installWalkthroughKeys() {
        WalkthroughKeys keys = new WalkthroughKeys(walkthroughModel, canvas, presentation,
                () -> side.getSelectionModel().getSelectedIndex() == 1);
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                keys.install(scene);
            }
        });
    }

    /** Palette left, canvas over flows in the middle, inspector and walkthrough right. */
    private SplitPane panels(Glyphs glyphs, PaletteDropTarget drop) {
        PaletteView palette = new PaletteView(paletteModel, catalog, glyphs, drop);
        InspectorView inspector = new InspectorView(inspectorModel, glyphs);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.7);
        Tab inspectorTab = new Tab("Inspector", inspector);
        Tab walkthroughTab = new Tab("Walkthrough");
        walkthroughTab.setId(WALKTHROUGH_TAB_ID);
        // built when it first comes to the front: the window starts with the inspector in front, and a start is faster
        // without a panel it does not show (decision record 0023)
        walkthroughTab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && walkthroughTab.getContent() == null) {
                walkthroughTab.setContent(new WalkthroughView(walkthroughModel, presentation::toggle));
            }
        });
        side.getTabs().addAll(inspectorTab, walkthroughTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        palette.setMinWidth(200);
        palette.setPrefWidth(235);
        side.setMinWidth(260);
        side.setPrefWidth(295);
        SplitPane main = new SplitPane(palette, centre, side);
        main.setDividerPositions(0.16, 0.8);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(side, false);
        return main;
    }

    /** Brings the walkthrough panel to the front. */
    void showWalkthrough() {
        side.getSelectionModel().select(1);
    }

    /** The root of the window's scene graph. */
    public Parent root() {
        return root;
    }

    /** A scene of the window's content with the theme applied, and colours for vendors the theme does not name. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene, theme());
        VendorColours.stylesheet(catalog.vendors()).ifPresent(scene.getStylesheets()::add);
        return scene;
    }

    /** The exports running in the background, and what the last one wrote. */
    public TaskBarViewModel tasks() {
        return tasks;
    }

    /** File > Page Setup and Print. */
    DiagramPrint print() {
        return print;
    }

    /** Export > Firewall Configuration. */
    FirewallExport firewallExport() {
        return firewallExport;
    }

    public DesignDocument document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }

    public EditActions edits() {
        return edits;
    }

    public FileActions files() {
        return files;
    }

    public DiagramView canvas() {
        return canvas;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** What the design is compared with: an earlier revision, the rulebase in place. */
    public Comparison comparison() {
        return comparison;
    }

    CompareActions compareActions() {
        return compareActions;
    }

    public FlowsViewModel flowsModel() {
        return flowsModel;
    }

    public InspectorViewModel inspectorModel() {
        return inspectorModel;
    }

    public PaletteViewModel paletteModel() {
        return paletteModel;
    }

    public WalkthroughViewModel walkthroughModel() {
        return walkthroughModel;
    }

    /** Enters presentation mode (F5), or leaves it. */
    public void togglePresentation() {
        presentation.toggle();
    }

    /** The theme shown: {@link Theme#LIGHT} or {@link Theme#DARK}. */
    String theme() {
        return darkTheme.get() ? Theme.DARK : Theme.LIGHT;
    }

    /** Switches between the light and the dark theme and remembers the choice. */
    void setTheme(String newTheme) {
        darkTheme.set(Theme.DARK.equals(newTheme));
    }

    private void applyTheme(String newTheme) {
        settings.setTheme(newTheme);
        if (root.getScene() != null) {
            Theme.apply(root.getScene(), newTheme);
        }
    }
}
