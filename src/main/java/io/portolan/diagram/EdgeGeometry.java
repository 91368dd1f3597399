package io.portolan.diagram;

import java.util.List;

/**
 * Where an edge of a picture runs and where its label goes.
 *
 * @param edge the edge
 * @param route the polyline it runs along ({@code x0, y0, x1, y1, ...}), first node to second
 * @param label where its label is drawn, or null when it has none on the picture
 * @param lines what the label says: the ports and the firewalls, or only its note's number when it did not fit
 * @param note the number of the note that carries the label beside the picture, or 0 for none
 */
public record EdgeGeometry(DiagramEdge edge, double[] route, Box label, List<LabelLine> lines, int note) {

    public EdgeGeometry {
        lines = List.copyOf(lines);
    }
}
