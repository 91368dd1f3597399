package io.portolan.ui.canvas;

import io.portolan.catalog.Catalog;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * The zones, nodes and firewalls of the design and the lines from each firewall to the zones it joins, in
 * their layers. A new design adds, updates and removes only the views whose values changed.
 */
final class PlacedShapes {

    final Pane zones = layer();
    final Pane links = layer();
    final Pane nodes = layer();

    private final Catalog catalog;
    private final Glyphs glyphs;
    private final Map<String, ZoneView> zoneViews = new LinkedHashMap<>();
    private final Map<String, NodeView> nodeViews = new HashMap<>();
    private final Map<String, FirewallView> firewallViews = new HashMap<>();
    /** The firewalls and zones the links were drawn for. */
    private List<Firewall> linkedFirewalls;
    private List<Zone> linkedZones;

    PlacedShapes(Catalog catalog, Glyphs glyphs) {
        this.catalog = catalog;
        this.glyphs = glyphs;
        links.setMouseTransparent(true);
    }

    /** A layer of the canvas: unmanaged, and picked only where it has shapes. */
    static Pane layer() {
        Pane pane = new Pane();
        pane.setPickOnBounds(false);
        pane.setManaged(false);
        return pane;
    }

    /** Brings the views up to the design. */
    void sync(Design design) {
        syncZones(design);
        syncNodes(design);
        syncFirewalls(design);
    }

    Map<String, ZoneView> zoneViews() {
        return zoneViews;
    }

    Map<String, NodeView> nodeViews() {
        return nodeViews;
    }

    Map<String, FirewallView> firewallViews() {
        return firewallViews;
    }

    private void syncZones(Design design) {
        Set<String> seen = new HashSet<>();
        boolean orderChanged = false;
        for (Zone zone : design.zones()) {
            seen.add(zone.id());
            ZoneView view = zoneViews.get(zone.id());
            if (view == null) {
                zoneViews.put(zone.id(), new ZoneView(zone));
                orderChanged = true;
            } else if (!view.zone().equals(zone)) {
                view.update(zone);
            }
        }
        orderChanged |= zoneViews.keySet().retainAll(seen);
        if (orderChanged || zones.getChildren().size() != design.zones().size()) {
            List<ZoneView> ordered = design.zones().stream().map(z -> zoneViews.get(z.id())).toList();
            zones.getChildren().setAll(ordered);
        }
    }

    private void syncNodes(Design design) {
        Set<String> seen = new HashSet<>();
        List<NodeView> added = new ArrayList<>();
        for (Node node : design.nodes()) {
            seen.add(node.id());
            NodeView view = nodeViews.get(node.id());
            if (view == null) {
                view = new NodeView(node, catalog.type(node.typeId()).orElse(null), glyphs);
                nodeViews.put(node.id(), view);
                added.add(view);
            } else if (view.node() != node && !view.node().equals(node)) {
                view.update(node);
            }
        }
        removeStale(nodeViews, seen, nodes);
        nodes.getChildren().addAll(added);
    }

    private void syncFirewalls(Design design) {
        Set<String> seen = new HashSet<>();
        for (Firewall firewall : design.firewalls()) {
            seen.add(firewall.id());
            FirewallView view = firewallViews.get(firewall.id());
            if (view == null) {
                view = new FirewallView(firewall);
                firewallViews.put(firewall.id(), view);
                nodes.getChildren().add(view);
            } else if (!view.firewall().equals(firewall)) {
                view.update(firewall);
            }
        }
        removeStale(firewallViews, seen, nodes);
        // a node dragged leaves the links where they are
        if (design.firewalls().equals(linkedFirewalls) && design.zones().equals(linkedZones)) {
            return;
        }
        linkedFirewalls = design.firewalls();
        linkedZones = design.zones();
        List<Line> lines = new ArrayList<>();
        for (Firewall firewall : design.firewalls()) {
            for (String zoneId : firewall.zoneIds()) {
                design.zone(zoneId).ifPresent(zone -> lines.add(link(firewall.position(), zone.bounds())));
            }
        }
        links.getChildren().setAll(lines);
    }

    /** The line from a firewall to the nearest point of a zone's border. */
    private static Line link(Point from, Bounds to) {
        double x = Math.max(to.x(), Math.min(from.x(), to.x() + to.width()));
        double y = Math.max(to.y(), Math.min(from.y(), to.y() + to.height()));
        if (to.contains(from)) {
            double left = from.x() - to.x();
            double right = to.x() + to.width() - from.x();
            double top = from.y() - to.y();
            double bottom = to.y() + to.height() - from.y();
            double min = Math.min(Math.min(left, right), Math.min(top, bottom));
            x = min == left ? to.x() : min == right ? to.x() + to.width() : from.x();
            y = min == top ? to.y() : min == bottom ? to.y() + to.height() : from.y();
        }
        Line line = new Line(from.x(), from.y(), x, y);
        line.getStyleClass().add(Styles.FIREWALL_LINK);
        return line;
    }

    private static <V extends javafx.scene.Node> void removeStale(Map<String, V> views, Set<String> seen, Pane layer) {
        List<javafx.scene.Node> gone = new ArrayList<>();
        views.entrySet().removeIf(e -> {
            if (!seen.contains(e.getKey())) {
                gone.add(e.getValue());
                return true;
            }
            return false;
        });
        if (!gone.isEmpty()) {
            layer.getChildren().removeAll(gone);
        }
    }

    /** Marks the zone as the drop target (and no other); null clears the mark. */
    void showDropTarget(String zoneId) {
        zoneViews.forEach((id, view) -> view.setDropTarget(id.equals(zoneId)));
    }
}
