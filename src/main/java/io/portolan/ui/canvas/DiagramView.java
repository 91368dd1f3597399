package io.portolan.ui.canvas;

import io.portolan.catalog.Catalog;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Bounds;
import io.portolan.model.Point;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.document.Selection;
import io.portolan.ui.theme.Styles;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The diagram: zones, firewalls, nodes and port-labelled edges of the shown design, with zoom, pan and a
 * dot grid. It renders what {@link DesignDocument} shows and never owns the design; gestures turn into
 * commands through {@link CanvasGestures}.
 */
public final class DiagramView extends Region {

    /** The grid that positions snap to, in canvas units. */
    public static final double GRID = 20;
    static final double MIN_ZOOM = 0.1;
    private static final javafx.css.PseudoClass ZOOMED_OUT = javafx.css.PseudoClass.getPseudoClass("zoomed-out");
    private static final javafx.css.PseudoClass PRESENTING = javafx.css.PseudoClass.getPseudoClass("presenting");
    /** How far fitting zooms in while presenting, where the canvas has the whole screen; otherwise 100%. */
    static final double PRESENTING_FIT_ZOOM = 1.6;
    private static final double CAPTION_MARGIN = 14;
    /** How long a drag rests before the flows table and the status bar follow its preview. */
    private static final javafx.util.Duration PREVIEW_REST = javafx.util.Duration.millis(180);
    static final double MAX_ZOOM = 3;

    private final DesignDocument document;
    private final Selection selection;
    private final CanvasShapes shapes;
    private final DotGrid grid = new DotGrid();
    private final Pane world = new Pane();
    private final Pane content = new Pane();
    private final Pane overlay = new Pane();
    private final Scale scale = new Scale(1, 1);
    private final Translate pan = new Translate(0, 0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final BooleanProperty showSameZoneEdges = new SimpleBooleanProperty(this, "showSameZoneEdges", true);
    private final BooleanProperty focusMode = new SimpleBooleanProperty(this, "focusMode", false);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final ObjectProperty<Spotlight> spotlight = new SimpleObjectProperty<>(this, "spotlight");
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting", false);
    private final StepCaption caption = new StepCaption(() -> spotlight.set(null));
    private final javafx.animation.PauseTransition previewRest = new javafx.animation.PauseTransition(PREVIEW_REST);
    private CanvasMenus contextMenus = (item, at) -> null;
    // a design that was just opened is fitted to the view once the view has its size
    private boolean fitPending = true;

    public DiagramView(DesignDocument document, Selection selection, Catalog catalog, Glyphs glyphs) {
        this.document = document;
        this.selection = selection;
        this.shapes = new CanvasShapes(catalog, glyphs);
        getStyleClass().add(Styles.CANVAS);
        setFocusTraversable(true);
        content.setManaged(false);
        content.setPickOnBounds(false);
        content.getChildren().addAll(shapes.layers());
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        world.setManaged(false);
        world.setPickOnBounds(false);
        world.getTransforms().addAll(pan, scale);
        world.getChildren().addAll(content, overlay);
        getChildren().addAll(grid, world, caption);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        new CanvasGestures(this, document, selection);
        new CanvasTooltips(this, shapes);
        listen();
        render(document.analysis());
    }

    /** Renders a new analysis, fits a newly loaded design, and decorates again when a mark changes. */
    private void listen() {
        document.analysisProperty().addListener((o, a, b) -> {
            render(b);
            if (document.previewingProperty().get()) {
                previewRest.playFromStart();
            }
        });
        previewRest.setOnFinished(e -> {
            if (document.previewingProperty().get()) {
                document.settlePreview();
            }
        });
        document.loadsProperty().addListener((o, a, b) -> {
            fitPending = true;
            requestLayout();
        });
        selection.ids().addListener((SetChangeListener<String>) c -> decorate());
        selection.edgeProperty().addListener((o, a, b) -> decorate());
        selection.highlightedFlowProperty().addListener((o, a, b) -> decorate());
        focusMode.addListener((o, a, b) -> decorate());
        spotlight.addListener((o, a, b) -> {
            caption.show(b);
            decorate();
            requestLayout();
        });
        presenting.addListener((o, a, b) -> {
            pseudoClassStateChanged(PRESENTING, b);
            requestLayout();
        });
        showSameZoneEdges.addListener((o, a, b) -> {
            shapes.setShowSameZone(b);
            render(document.analysis());
        });
    }

    private void render(FlowAnalysis analysis) {
        shapes.render(analysis, document.previewingProperty().get());
        if (getWidth() > 0) {
            shapes.showLabels(visibleArea(), scale.getX());
        }
        selection.prune(analysis.design());
        decorate();
    }

    private void decorate() {
        shapes.decorate(selection, focusMode.get(), spotlight.get());
    }

    CanvasShapes shapes() {
        return shapes;
    }

    Pane overlay() {
        return overlay;
    }

    /**
     * Sets what a right click on the canvas shows, like a control's context menu; without it, nothing.
     * The menus are set after the canvas is built because what they do (fit, focus, add here) needs it.
     */
    public void setContextMenus(CanvasMenus menus) {
        contextMenus = java.util.Objects.requireNonNull(menus, "menus");
    }

    CanvasMenus contextMenus() {
        return contextMenus;
    }

    /** Same-zone edges shown (true) or hidden. */
    public BooleanProperty showSameZoneEdgesProperty() {
        return showSameZoneEdges;
    }

    /** Focus mode: with nodes selected, everything not connected to them fades. */
    public BooleanProperty focusModeProperty() {
        return focusMode;
    }

    /** The walkthrough step shown on the canvas, or null for none; the caption's close button sets it to null. */
    public ObjectProperty<Spotlight> spotlightProperty() {
        return spotlight;
    }

    /** Presentation mode: larger labels, and fitting may zoom in past 100% to fill the screen. */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** Whether moved and placed things snap to the grid. */
    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    /** The zoom factor, 1 at 100%. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The canvas point under a point of the scene. */
    public Point toCanvas(double sceneX, double sceneY) {
        Point2D local = world.sceneToLocal(sceneX, sceneY);
        return new Point(local.getX(), local.getY());
    }

    /** The scene point of a canvas point. */
    public Point2D toScene(Point point) {
        return world.localToScene(point.x(), point.y());
    }

    /** The screen point of a canvas point. */
    public Point2D toScreen(Point point) {
        return world.localToScreen(point.x(), point.y());
    }

    /**
     * Marks the edges a comparison found changed or already allowed, by their key ({@code Comparison.ADDED}, ...);
     * an edge not in the map is unmarked.
     */
    public void setEdgeMarks(java.util.Map<io.portolan.ui.document.Selection.EdgeKey, String> marks) {
        shapes.setMarks(marks);
        if (getWidth() > 0) {
            shapes.showLabels(visibleArea(), scale.getX());
        }
    }

    /** True when the scene point lies over the visible canvas. */
    public boolean containsScene(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return local != null && local.getX() >= 0 && local.getY() >= 0 && local.getX() <= getWidth() && local.getY() <= getHeight();
    }

    /** The point on the grid nearest to the point, or the point itself when snapping is off. */
    public Point snap(Point point) {
        if (!snapToGrid.get()) {
            return point;
        }
        return new Point(Math.round(point.x() / GRID) * GRID, Math.round(point.y() / GRID) * GRID);
    }

    /** The canvas point at the centre of the visible area. */
    public Point visibleCentre() {
        Point2D scene = localToScene(getWidth() / 2, getHeight() / 2);
        return toCanvas(scene.getX(), scene.getY());
    }

    /** Where a thing added at the canvas point lands: on the grid, and in the middle of the view for null. */
    public Point placement(Point at) {
        return snap(at == null ? visibleCentre() : at);
    }

    /** Highlights the zone a drop at the canvas point would land in; null clears it. */
    public void showDropTarget(Point point) {
        shapes.showDropTarget(point);
    }

    public void zoomIn() {
        zoomAt(zoom.get() * 1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(zoom.get() / 1.25, getWidth() / 2, getHeight() / 2);
    }

    /** Back to 100%, keeping the centre of the view where it is. */
    public void actualSize() {
        zoomAt(1, getWidth() / 2, getHeight() / 2);
    }

    /** Zooms to the factor keeping the view point (in this region's coordinates) still. */
    void zoomAt(double factor, double viewX, double viewY) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor));
        double worldX = (viewX - pan.getX()) / scale.getX();
        double worldY = (viewY - pan.getY()) / scale.getY();
        scale.setX(clamped);
        scale.setY(clamped);
        pan.setX(viewX - worldX * clamped);
        pan.setY(viewY - worldY * clamped);
        zoom.set(clamped);
        viewportChanged();
    }

    /** Moves the view by screen pixels. */
    void panBy(double dx, double dy) {
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
        viewportChanged();
    }

    /** Zooms and pans so that the whole design fits the view (at most 100%, or more while presenting). */
    public void fit() {
        Bounds bounds = shapes.contentBounds();
        if (bounds == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double margin = 32;
        double factor = Math.min((getWidth() - 2 * margin) / bounds.width(), (getHeight() - 2 * margin) / bounds.height());
        factor = Math.max(MIN_ZOOM, Math.min(presenting.get() ? PRESENTING_FIT_ZOOM : 1, factor));
        scale.setX(factor);
        scale.setY(factor);
        pan.setX((getWidth() - bounds.width() * factor) / 2 - bounds.x() * factor);
        pan.setY((getHeight() - bounds.height() * factor) / 2 - bounds.y() * factor);
        zoom.set(factor);
        viewportChanged();
    }

    @Override
    protected void layoutChildren() {
        layoutCaption();
        boolean resized = grid.resizeTo(getWidth(), getHeight());
        if (fitPending && getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            fit();
        } else if (resized) {
            viewportChanged();
        }
    }

    /** The caption in the corner of the view where it hides least of the step, as wide as its text up to a part of the view. */
    private void layoutCaption() {
        if (caption.isVisible()) {
            double width = Math.min(Math.max(200, Math.min(presenting.get() ? 820 : 560, getWidth() * 0.6)), caption.prefWidth(-1));
            double height = caption.prefHeight(width);
            List<Rectangle2D> shown = shapes.spotlitBounds(spotlight.get()).stream().map(r -> new Rectangle2D(
                    pan.getX() + r.getMinX() * scale.getX(), pan.getY() + r.getMinY() * scale.getY(),
                    r.getWidth() * scale.getX(), r.getHeight() * scale.getY())).toList();
            Point2D at = CaptionCorner.place(shown, getWidth(), getHeight(), width, height, CAPTION_MARGIN);
            caption.resizeRelocate(at.getX(), at.getY(), width, height);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    /** The part of the canvas on screen, in canvas units. */
    private Rectangle2D visibleArea() {
        double zoomFactor = scale.getX();
        return new Rectangle2D(-pan.getX() / zoomFactor, -pan.getY() / zoomFactor, Math.max(1, getWidth()) / zoomFactor,
                Math.max(1, getHeight()) / zoomFactor);
    }

    private void viewportChanged() {
        grid.draw(GRID, pan.getX(), pan.getY(), scale.getX());
        layoutCaption();
        pseudoClassStateChanged(ZOOMED_OUT, scale.getX() < 0.45);
        shapes.showLabels(visibleArea(), scale.getX());
    }

    /** What the canvas shows, read back for tests, the benchmark and accessibility tools. */
    public DiagramReadout readout() {
        return new DiagramReadout(shapes, caption);
    }
}
