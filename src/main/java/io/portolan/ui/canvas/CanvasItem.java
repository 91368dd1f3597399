package io.portolan.ui.canvas;

/**
 * What a shape on the canvas stands for, stored in the shape's properties so that a gesture can tell what
 * was pressed.
 *
 * @param kind what sort of thing it is
 * @param id the id of the zone, firewall or node; for an edge, its first node id
 * @param other for an edge, its second node id; for a resize handle, the handle's position; else null
 */
public record CanvasItem(Kind kind, String id, String other) {

    /** The key under which a shape keeps its item. */
    public static final String KEY = "portolan.canvas.item";

    /** The sorts of shapes a gesture can start on. */
    public enum Kind {
        NODE, FIREWALL, FIREWALL_LINK_HANDLE, ZONE_HEADER, ZONE_HANDLE, EDGE
    }

    /** Marks the shape as standing for the item. */
    public static void attach(javafx.scene.Node shape, Kind kind, String id, String other) {
        shape.getProperties().put(KEY, new CanvasItem(kind, id, other));
    }

    /** The item of the shape or of its nearest marked parent, or null for the background. */
    public static CanvasItem find(Object target) {
        javafx.scene.Node node = target instanceof javafx.scene.Node n ? n : null;
        while (node != null) {
            Object item = node.getProperties().get(KEY);
            if (item instanceof CanvasItem found) {
                return found;
            }
            node = node.getParent();
        }
        return null;
    }
}
