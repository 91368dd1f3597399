package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Design;
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
import io.portolan.ui.panels.WalkthroughView;
import io.portolan.ui.panels.WalkthroughViewModel;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Theme;
import io.portolan.ui.theme.VendorColours;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.print.PrinterJob;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
    private final DiagramPrint print;

    public MainWindow(Catalog catalog, Settings settings, Dialogs dialogs, Design initial, String initialName) {
        this.catalog = catalog;
        this.settings = settings;
        this.document = new DesignDocument(new FlowEngine(catalog), initial);
        if (initialName != null) {
            document.loadTemplate(initial, initialName);
        }
        Glyphs glyphs = Glyphs.load();
        this.edits = new EditActions(document, selection);
        this.canvas = new DiagramView(document, selection, catalog, glyphs);
        WindowEdits windowEdits = new WindowEdits(document, selection, edits, canvas, dialogs);
        canvas.setContextMenus(new CanvasContextMenus(document, edits, windowEdits, canvas));
        DiagramPicture picture = new DiagramPicture(document, canvas.showSameZoneEdgesProperty()::get);
        this.files = new FileActions(document, selection, catalog, settings, dialogs, picture);
        this.paletteModel = new PaletteViewModel(catalog);
        this.comparison = new Comparison(document);
        comparison.marksProperty().addListener((o, was, marks) -> canvas.setEdgeMarks(marks));
        this.compareActions = new CompareActions(document, comparison, catalog, files, dialogs, picture);
        this.flowsModel = new FlowsViewModel(document, selection, catalog, comparison);
        this.inspectorModel = new InspectorViewModel(document, selection, catalog);
        this.walkthroughModel = new WalkthroughViewModel(document);
        this.centre = new SplitPane(canvas, new FlowsView(flowsModel, () -> windowEdits.addCustomFlow(null, null), selection::clear));
        this.presentation = new Presentation(root, centre, canvas);
        installWalkthroughKeys();
        darkTheme.set(Theme.DARK.equals(settings.theme()));
        darkTheme.addListener((o, was, dark) -> applyTheme(dark ? Theme.DARK : Theme.LIGHT));
        PaletteDropTarget drop = new PaletteDropTarget(canvas, edits, glyphs);
        this.firewallExport = FirewallExport.of(document, settings, dialogs);
        this.print = new DiagramPrint(picture, dialogs, PrinterJob::createPrinterJob);
        MainMenus menus = new MainMenus(files, new WorkbookExport(document, files, dialogs, picture), compareActions,
                firewallExport, new CatalogFolder(settings, dialogs), windowEdits, canvas, darkTheme, dialogs);
        menus.setPrint(print);
        menus.setWalkthrough(this::showWalkthrough, presentation::toggle);
        BorderPane layout = new BorderPane(panels(glyphs, drop));
        layout.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        layout.setBottom(new StatusBarView(document, selection, canvas.zoomProperty()));
        root.getChildren().addAll(layout, drop.ghostLayer());
        root.getStyleClass().add("portolan");
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
        Tab walkthroughTab = new Tab("Walkthrough", new WalkthroughView(walkthroughModel, presentation::toggle));
        walkthroughTab.setId(WALKTHROUGH_TAB_ID);
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
