package io.portolan.io.export.diagram;

import io.portolan.diagram.DiagramEdge;
import io.portolan.diagram.LabelLine;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** What {@link DiagramLayout} places and {@link DiagramPainter} draws, in canvas units. */
final class Shapes {

    private Shapes() {
    }

    /**
     * A zone: its rectangle, the height of its title bar, and its detail (kind and address ranges) beside the name on
     * the bar, or in lines under it when it does not fit beside.
     */
    record ZoneShape(Zone zone, Rectangle2D bounds, double headerHeight, List<String> detail, boolean detailBeside) {
    }

    /**
     * A node: its tile (the glyph on the vendor's colours; null colours for a type the catalog lacks), the lines of
     * its name in their box under the tile, and the count badge (null for a single machine).
     */
    record NodeShape(Node node, String glyph, DiagramPalette.VendorColours colours, Rectangle2D tile, List<String> name,
                     Rectangle2D nameBox, String badge, Rectangle2D badgeBox) {
    }

    /** A firewall: its centre, the lines of its name in their box, and its links to the borders of its zones. */
    record FirewallShape(Firewall firewall, Point2D centre, List<String> name, Rectangle2D nameBox, List<Line2D> links) {
    }

    /**
     * An edge: its route (two or more points, from the first node to the second, through the icons of the firewalls it
     * crosses), an arrowhead at either end that receives traffic, and its label (null when it has none).
     */
    record EdgeShape(DiagramEdge edge, List<Point2D> route, boolean headAtStart, boolean headAtEnd, Label label) {
    }

    /**
     * A label's box and its lines, each in the ports' font or the note's (the firewalls passed, or no route); a label
     * that found no free place shows only its note's number, and {@code note} is that number (else 0).
     */
    record Label(Rectangle2D box, List<LabelLine> lines, int note) {
    }
}
