package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.edit.AddCustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Point;
import io.portolan.model.ZoneKind;
import io.portolan.ui.canvas.DiagramView;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.EditActions;
import io.portolan.ui.document.Selection;
import io.portolan.ui.panels.FlowsView;
import io.portolan.ui.panels.FlowsViewModel;
import io.portolan.ui.panels.InspectorView;
import io.portolan.ui.panels.InspectorViewModel;
import io.portolan.ui.panels.PaletteDrop;
import io.portolan.ui.panels.PaletteEntry;
import io.portolan.ui.panels.PaletteView;
import io.portolan.ui.panels.PaletteViewModel;
import io.portolan.ui.panels.StatusBarView;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import io.portolan.ui.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;

/**
 * The designer window's content: palette, canvas, inspector, flows table and status bar around one
 * {@link DesignDocument}, with the actions the menus and the toolbar call. Built in code; every part takes
 * what it needs through its constructor.
 */
public final class MainWindow {

    private final Catalog catalog;
    private final Settings settings;
    private final Dialogs dialogs;
    private final DesignDocument document;
    private final Selection selection = new Selection();
    private final EditActions edits;
    private final FileActions files;
    private final DiagramView canvas;
    private final PaletteViewModel paletteModel;
    private final FlowsViewModel flowsModel;
    private final InspectorViewModel inspectorModel;
    private final StackPane root = new StackPane();
    private final Pane ghostLayer = new Pane();
    private javafx.scene.Node ghost;
    private String theme;

    public MainWindow(Catalog catalog, Settings settings, Dialogs dialogs, Design initial, String initialName) {
        this.catalog = catalog;
        this.settings = settings;
        this.dialogs = dialogs;
        this.theme = Theme.DARK.equals(settings.theme()) ? Theme.DARK : Theme.LIGHT;
        this.document = new DesignDocument(new io.portolan.engine.FlowEngine(catalog), initial);
        if (initialName != null) {
            document.loadTemplate(initial, initialName);
        }
        Glyphs glyphs = Glyphs.load();
        this.edits = new EditActions(document, selection);
        this.canvas = new DiagramView(document, selection, catalog, glyphs, new CanvasContextMenus(this));
        this.files = new FileActions(document, selection, catalog, settings, dialogs, this::diagramPng);
        this.paletteModel = new PaletteViewModel(catalog);
        this.flowsModel = new FlowsViewModel(document, selection, catalog);
        this.inspectorModel = new InspectorViewModel(document, selection, catalog);
        root.getChildren().addAll(layout(glyphs), ghostLayer);
        root.getStyleClass().add("portolan");
    }

    /** Palette left, canvas over flows in the middle, inspector right; menus on top, status below. */
    private BorderPane layout(Glyphs glyphs) {
        PaletteView palette = new PaletteView(paletteModel, catalog, glyphs, new PaletteDropOnCanvas(glyphs));
        InspectorView inspector = new InspectorView(inspectorModel, glyphs);
        FlowsView flows = new FlowsView(flowsModel, () -> addCustomFlow(null, null), selection::clear);
        StatusBarView status = new StatusBarView(document, selection, canvas.zoomProperty());

        SplitPane centre = new SplitPane(canvas, flows);
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(0.7);
        palette.setMinWidth(200);
        palette.setPrefWidth(235);
        inspector.setMinWidth(260);
        inspector.setPrefWidth(295);
        SplitPane main = new SplitPane(palette, centre, inspector);
        main.setDividerPositions(0.16, 0.8);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        BorderPane layout = new BorderPane(main);
        MainMenus menus = new MainMenus(this);
        layout.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        layout.setBottom(status);
        ghostLayer.setMouseTransparent(true);
        ghostLayer.setManaged(false);
        return layout;
    }

    /** The root of the window's scene graph. */
    public Parent root() {
        return root;
    }

    /** A scene of the window's content with the theme applied. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene, theme);
        return scene;
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

    public FlowsViewModel flowsModel() {
        return flowsModel;
    }

    public InspectorViewModel inspectorModel() {
        return inspectorModel;
    }

    public PaletteViewModel paletteModel() {
        return paletteModel;
    }

    Settings settings() {
        return settings;
    }

    Dialogs dialogs() {
        return dialogs;
    }

    String theme() {
        return theme;
    }

    /** Switches between the light and the dark theme and remembers the choice. */
    void setTheme(String newTheme) {
        theme = newTheme;
        settings.setTheme(newTheme);
        if (root.getScene() != null) {
            Theme.apply(root.getScene(), newTheme);
        }
    }

    /** The text field being typed in, if any: Edit actions act on it rather than on the diagram. */
    private TextInputControl typing() {
        return root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl text ? text : null;
    }

    void undo() {
        TextInputControl text = typing();
        if (text != null) {
            text.undo();
        } else {
            document.undo();
        }
    }

    void redo() {
        TextInputControl text = typing();
        if (text != null) {
            text.redo();
        } else {
            document.redo();
        }
    }

    void cut() {
        TextInputControl text = typing();
        if (text != null) {
            text.cut();
        } else {
            edits.cut();
        }
    }

    void copy() {
        TextInputControl text = typing();
        if (text != null) {
            text.copy();
        } else {
            edits.copy();
        }
    }

    void paste() {
        TextInputControl text = typing();
        if (text != null) {
            text.paste();
        } else {
            edits.paste();
        }
    }

    void delete() {
        TextInputControl text = typing();
        if (text != null) {
            text.deleteNextChar();
        } else {
            edits.delete();
        }
    }

    void selectAll() {
        TextInputControl text = typing();
        if (text != null) {
            text.selectAll();
        } else {
            edits.selectAll();
        }
    }

    void addZone(ZoneKind kind, Point at) {
        edits.addZone(kind, canvas.snap(at == null ? canvas.visibleCentre() : at));
    }

    void addFirewall(Point at) {
        edits.addFirewall(canvas.snap(at == null ? canvas.visibleCentre() : at));
    }

    /** Asks for a custom flow (between the given nodes, when known) and adds it. */
    void addCustomFlow(String sourceId, String destinationId) {
        Design design = document.design();
        if (design.nodes().size() < 1) {
            dialogs.showError("Cannot add a flow", "Place at least one node first: a flow runs from one node to another.");
            return;
        }
        String from = sourceId;
        String to = destinationId;
        java.util.List<String> picked = selection.nodeIds(design);
        if (from == null && !picked.isEmpty()) {
            from = picked.get(0);
            to = picked.size() > 1 ? picked.get(1) : null;
        }
        dialogs.askCustomFlow(design, from, to).ifPresent((AddCustomFlow command) -> document.execute(command));
    }

    /** The whole diagram as PNG bytes at the scale. */
    byte[] diagramPng(double scale) {
        selection.highlightedFlowProperty().set(null);
        java.util.Set<String> kept = selection.snapshot();
        selection.set(java.util.List.of());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(SwingFXUtils.fromFXImage(canvas.snapshotDiagram(scale), null), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the diagram as PNG", e);
        } finally {
            selection.set(kept);
        }
    }

    /** Palette drags: a ghost follows the pointer, the zone under it lights up, a release places the entry. */
    private final class PaletteDropOnCanvas implements PaletteDrop {
        private final Glyphs glyphs;
        private PaletteEntry ghostEntry;

        PaletteDropOnCanvas(Glyphs glyphs) {
            this.glyphs = glyphs;
        }

        @Override
        public void hover(PaletteEntry entry, double sceneX, double sceneY) {
            if (ghost == null || ghostEntry != entry) {
                ghostLayer.getChildren().clear();
                ghost = PaletteView.tile(entry, glyphs);
                ghost.getStyleClass().add(Styles.DRAG_GHOST);
                ghostLayer.getChildren().add(ghost);
                ghostEntry = entry;
            }
            javafx.geometry.Point2D local = root.sceneToLocal(sceneX, sceneY);
            ghost.relocate(local.getX() - 14, local.getY() - 14);
            boolean over = canvas.containsScene(sceneX, sceneY);
            canvas.showDropTarget(over && !entry.isZone() ? canvas.toCanvas(sceneX, sceneY) : null);
        }

        @Override
        public void drop(PaletteEntry entry, double sceneX, double sceneY) {
            ghostLayer.getChildren().clear();
            ghost = null;
            canvas.showDropTarget(null);
            if (canvas.containsScene(sceneX, sceneY)) {
                place(entry, canvas.toCanvas(sceneX, sceneY));
                canvas.requestFocus();
            }
        }

        @Override
        public void activate(PaletteEntry entry) {
            place(entry, canvas.visibleCentre());
        }

        private void place(PaletteEntry entry, Point at) {
            Point snapped = canvas.snap(at);
            if (entry.isType()) {
                edits.addNode(entry.type(), snapped);
            } else if (entry.isZone()) {
                edits.addZone(entry.zoneKind(), snapped);
            } else {
                edits.addFirewall(snapped);
            }
        }
    }
}
