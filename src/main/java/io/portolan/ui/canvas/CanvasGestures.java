package io.portolan.ui.canvas;

import io.portolan.edit.LinkFirewall;
import io.portolan.edit.MoveSelection;
import io.portolan.edit.ResizeZone;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import io.portolan.ui.document.Selection.EdgeKey;
import io.portolan.ui.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The canvas gestures: pick and move (one command per drag, previewed live), rubber-band selection, zone
 * resizing, drawing a firewall link, panning (middle button or space + drag) and zooming (Ctrl + wheel).
 */
final class CanvasGestures {

    private enum Mode { NONE, MOVE, RUBBER_BAND, PAN, RESIZE, LINK }

    /** How close to an edge, in screen pixels, a click picks it. */
    static final double EDGE_TOLERANCE = 5;

    private final DiagramView view;
    private final DesignDocument document;
    private final Selection selection;
    private final Rectangle band = new Rectangle();
    private final Line linkLine = new Line();
    private Mode mode = Mode.NONE;
    private boolean spaceDown;
    private boolean moved;
    private Point start;
    private Point2D startView;
    private Design base;
    private Set<String> moving = Set.of();
    private Point anchor;
    private CanvasItem pressed;
    private ContextMenu openMenu;

    CanvasGestures(DiagramView view, DesignDocument document, Selection selection) {
        this.view = view;
        this.document = document;
        this.selection = selection;
        band.getStyleClass().add(Styles.RUBBER_BAND);
        linkLine.getStyleClass().add(Styles.LINK_PREVIEW);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        if (openMenu != null) {
            openMenu.hide();
            openMenu = null;
        }
        start = view.toCanvas(e.getSceneX(), e.getSceneY());
        startView = new Point2D(e.getX(), e.getY());
        moved = false;
        pressed = CanvasItem.find(e.getPickResult().getIntersectedNode());
        if (pressed == null) {
            EdgeKey edge = view.shapes().edgeAt(start, EDGE_TOLERANCE / view.zoomProperty().get());
            pressed = edge == null ? null : new CanvasItem(CanvasItem.Kind.EDGE, edge.first(), edge.second());
        }
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && spaceDown) {
            mode = Mode.PAN;
        } else if (e.getButton() == MouseButton.SECONDARY) {
            mode = Mode.NONE;
            showMenu(e);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            startPrimary(e);
        }
        e.consume();
    }

    private void startPrimary(MouseEvent e) {
        boolean additive = e.isShiftDown() || e.isShortcutDown();
        if (pressed == null) {
            if (!additive) {
                selection.clear();
            }
            mode = Mode.RUBBER_BAND;
            return;
        }
        switch (pressed.kind()) {
            case NODE, FIREWALL, ZONE_HEADER -> {
                if (additive) {
                    selection.toggle(pressed.id());
                } else if (!selection.contains(pressed.id())) {
                    selection.select(pressed.id());
                }
                beginMove();
            }
            case ZONE_HANDLE -> {
                base = document.design();
                mode = Mode.RESIZE;
            }
            case FIREWALL_LINK_HANDLE -> {
                selection.select(pressed.id());
                mode = Mode.LINK;
            }
            case EDGE -> {
                selection.selectEdge(EdgeKey.of(pressed.id(), pressed.other()));
                mode = Mode.NONE;
            }
        }
    }

    private void beginMove() {
        base = document.design();
        moving = selection.snapshot();
        anchor = anchorOf(base, pressed);
        mode = moving.isEmpty() ? Mode.NONE : Mode.MOVE;
    }

    private static Point anchorOf(Design design, CanvasItem item) {
        return switch (item.kind()) {
            case NODE -> design.node(item.id()).map(Node::position).orElse(Point.ORIGIN);
            case FIREWALL -> design.firewall(item.id()).map(Firewall::position).orElse(Point.ORIGIN);
            default -> design.zone(item.id()).map(z -> new Point(z.bounds().x(), z.bounds().y())).orElse(Point.ORIGIN);
        };
    }

    private void dragged(MouseEvent e) {
        Point now = view.toCanvas(e.getSceneX(), e.getSceneY());
        if (!moved && startView != null && startView.distance(e.getX(), e.getY()) < 3) {
            return;
        }
        moved = true;
        switch (mode) {
            case PAN -> {
                view.panBy(e.getX() - startView.getX(), e.getY() - startView.getY());
                startView = new Point2D(e.getX(), e.getY());
            }
            case MOVE -> document.preview(moveCommand(now).apply(base));
            case RESIZE -> document.preview(resizeCommand(now).apply(base));
            case RUBBER_BAND -> drawBand(now);
            case LINK -> drawLink(now);
            default -> { }
        }
        if (mode == Mode.MOVE) {
            view.showDropTarget(pressed.kind() == CanvasItem.Kind.NODE ? snappedAnchor(now) : null);
        }
        e.consume();
    }

    private Point snappedAnchor(Point now) {
        return view.snap(anchor.translate(now.x() - start.x(), now.y() - start.y()));
    }

    private MoveSelection moveCommand(Point now) {
        Point target = snappedAnchor(now);
        return MoveSelection.of(base, moving, target.x() - anchor.x(), target.y() - anchor.y());
    }

    private ResizeZone resizeCommand(Point now) {
        Zone zone = base.zone(pressed.id()).orElseThrow();
        Bounds resized = ZoneView.resized(zone.bounds(), pressed.other(), now.x() - start.x(), now.y() - start.y());
        if (view.snapToGridProperty().get()) {
            Point topLeft = view.snap(new Point(resized.x(), resized.y()));
            Point bottomRight = view.snap(new Point(resized.x() + resized.width(), resized.y() + resized.height()));
            resized = new Bounds(topLeft.x(), topLeft.y(), bottomRight.x() - topLeft.x(), bottomRight.y() - topLeft.y());
        }
        return new ResizeZone(zone.id(), resized);
    }

    private void released(MouseEvent e) {
        Point now = view.toCanvas(e.getSceneX(), e.getSceneY());
        view.showDropTarget(null);
        switch (mode) {
            case MOVE -> {
                if (moved) {
                    document.execute(moveCommand(now));
                } else if (!(e.isShiftDown() || e.isShortcutDown()) && pressed != null) {
                    selection.select(pressed.id());
                }
            }
            case RESIZE -> {
                if (moved) {
                    document.execute(resizeCommand(now));
                }
            }
            case RUBBER_BAND -> finishBand(now, e.isShiftDown() || e.isShortcutDown());
            case LINK -> finishLink(now);
            default -> { }
        }
        mode = Mode.NONE;
        e.consume();
    }

    private void drawBand(Point now) {
        if (!view.overlay().getChildren().contains(band)) {
            view.overlay().getChildren().add(band);
        }
        band.setX(Math.min(start.x(), now.x()));
        band.setY(Math.min(start.y(), now.y()));
        band.setWidth(Math.abs(now.x() - start.x()));
        band.setHeight(Math.abs(now.y() - start.y()));
    }

    private void finishBand(Point now, boolean additive) {
        view.overlay().getChildren().remove(band);
        if (!moved) {
            return;
        }
        Bounds area = new Bounds(Math.min(start.x(), now.x()), Math.min(start.y(), now.y()),
                Math.abs(now.x() - start.x()), Math.abs(now.y() - start.y()));
        Design design = document.design();
        List<String> picked = new ArrayList<>(additive ? selection.snapshot() : Set.of());
        design.nodes().stream().filter(n -> area.contains(n.position())).forEach(n -> picked.add(n.id()));
        design.firewalls().stream().filter(f -> area.contains(f.position())).forEach(f -> picked.add(f.id()));
        design.zones().stream().filter(z -> contains(area, z.bounds())).forEach(z -> picked.add(z.id()));
        selection.set(picked);
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return outer.contains(new Point(inner.x(), inner.y()))
                && outer.contains(new Point(inner.x() + inner.width(), inner.y() + inner.height()));
    }

    private void drawLink(Point now) {
        Firewall firewall = document.design().firewall(pressed.id()).orElse(null);
        if (firewall == null) {
            return;
        }
        if (!view.overlay().getChildren().contains(linkLine)) {
            view.overlay().getChildren().add(linkLine);
        }
        linkLine.setStartX(firewall.position().x());
        linkLine.setStartY(firewall.position().y());
        linkLine.setEndX(now.x());
        linkLine.setEndY(now.y());
        view.showDropTarget(now);
    }

    private void finishLink(Point now) {
        view.overlay().getChildren().remove(linkLine);
        document.design().zoneAt(now)
                .ifPresent(zone -> document.execute(new LinkFirewall(pressed.id(), zone.id(), true)));
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            double factor = e.getDeltaY() > 0 ? 1.1 : e.getDeltaY() < 0 ? 1 / 1.1 : 1;
            view.zoomAt(view.zoomProperty().get() * factor, e.getX(), e.getY());
        } else {
            view.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = true;
            e.consume();
            return;
        }
        double step = e.isShiftDown() ? DiagramView.GRID : 1;
        double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
        double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
        if ((dx != 0 || dy != 0) && !selection.ids().isEmpty()) {
            document.execute(MoveSelection.of(document.design(), selection.snapshot(), dx, dy));
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (mode == Mode.MOVE || mode == Mode.RESIZE) {
                document.cancelPreview();
                mode = Mode.NONE;
            } else {
                selection.clear();
            }
            e.consume();
        }
    }

    private void showMenu(MouseEvent e) {
        if (pressed != null && pressed.kind() != CanvasItem.Kind.EDGE && !selection.contains(pressed.id())) {
            selection.select(pressed.id());
        }
        ContextMenu menu = view.contextMenus().menuFor(pressed, start);
        if (menu != null) {
            openMenu = menu;
            menu.show(view, e.getScreenX(), e.getScreenY());
        }
    }
}
