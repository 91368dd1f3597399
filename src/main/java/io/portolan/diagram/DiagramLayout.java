package io.portolan.diagram;

import io.portolan.diagram.DiagramShapes.LabelFont;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Works out the geometry of a picture of a design: routes through the firewalls, labels wrapped and placed clear of
 * every node, badge, firewall and other label, and the labels that find no place moved to numbered notes. A design
 * too large to draw node by node ({@link Overview}) is drawn as its overview.
 */
public final class DiagramLayout {

    /** The most labels a picture drawn node by node may leave without room (as notes, or not at all). */
    public static final int MAX_NOTES = 60;

    private DiagramLayout() {
    }

    /** The geometry of the analysis's design as the shapes size it, every edge drawn. */
    public static DiagramGeometry of(FlowAnalysis analysis, DiagramShapes shapes) {
        return of(analysis, shapes, true);
    }

    /**
     * The geometry of the analysis's design as the shapes size it; without {@code sameZoneEdges}, only the edges whose
     * traffic needs a rule. The shapes are told first what is drawn: the design, or its overview.
     */
    public static DiagramGeometry of(FlowAnalysis analysis, DiagramShapes shapes, boolean sameZoneEdges) {
        List<DiagramEdge> edges = DiagramEdge.of(analysis, sameZoneEdges);
        if (Overview.needed(analysis.design(), edges.size())) {
            return overview(Overview.of(analysis, edges), shapes);
        }
        shapes.drawing(analysis.design(), Map.of());
        DiagramGeometry detailed = layout(analysis.design(), edges, shapes, Map.of(), null);
        int unlabelled = (int) detailed.edges().stream().filter(e -> e.note() > 0 || e.label() == null).count();
        // a list of more notes than this under the picture is read by nobody: the picture is a hairball
        return unlabelled > MAX_NOTES ? overview(Overview.of(analysis, edges, unlabelled), shapes) : detailed;
    }

    private static DiagramGeometry overview(Overview overview, DiagramShapes shapes) {
        shapes.drawing(overview.design(), overview.details());
        return layout(overview.design(), overview.edges(), shapes, overview.details(), overview.note());
    }

    /** The geometry of every node and edge given, without an overview. */
    public static DiagramGeometry detailed(FlowAnalysis analysis, DiagramShapes shapes) {
        return layout(analysis.design(), DiagramEdge.of(analysis), shapes, Map.of(), null);
    }

    static DiagramGeometry layout(Design design, List<DiagramEdge> edges, DiagramShapes shapes, Map<String, String> details,
                                  String overview) {
        EdgeRouter router = new EdgeRouter(design, shapes);
        LabelPlacer placer = new LabelPlacer();
        occupyMarks(design, shapes, placer);
        List<DiagramEdge> ordered = new ArrayList<>(edges);
        // crossing edges first: their labels carry the firewall names, which matter most
        ordered.sort(Comparator.comparing(e -> e.crossing() == io.portolan.engine.Crossing.SAME_ZONE));
        List<EdgeGeometry> placed = new ArrayList<>(ordered.size());
        List<DiagramNote> notes = new ArrayList<>();
        for (DiagramEdge edge : ordered) {
            Node first = design.node(edge.firstId()).orElseThrow();
            Node second = design.node(edge.secondId()).orElseThrow();
            double[] route = router.route(first, second, edge.waypoints(),
                    edge.crossing() == io.portolan.engine.Crossing.SAME_ZONE);
            placed.add(label(edge, route, first, second, shapes, placer, notes));
        }
        return new DiagramGeometry(design, placed, notes, overview, details);
    }

    /** Files every node's and firewall's marks and every zone's title with the placer, so that no label covers them. */
    public static void occupyMarks(Design design, DiagramShapes shapes, LabelPlacer placer) {
        for (io.portolan.model.Zone zone : design.zones()) {
            placer.occupy(shapes.zoneTitle(zone));
        }
        for (Node node : design.nodes()) {
            shapes.nodeMarks(node, placer::occupy);
        }
        for (Firewall firewall : design.firewalls()) {
            shapes.firewallMarks(firewall, placer::occupy);
        }
    }

    private static EdgeGeometry label(DiagramEdge edge, double[] route, Node first, Node second, DiagramShapes shapes,
                                      LabelPlacer placer, List<DiagramNote> notes) {
        double dx = route[route.length - 2] - route[0];
        double dy = route[route.length - 1] - route[1];
        List<LabelLine> whole = LabelText.lines(edge.forward(), edge.backward(), edge.crossing(), edge.firewalls(), dx, dy);
        List<LabelLine> lines = LabelText.wrap(whole, LabelText.MAX_WIDTH, shapes);
        double[] size = LabelText.size(lines, shapes);
        Box box = placer.place(route, size[0], size[1]);
        if (box != null) {
            return new EdgeGeometry(edge, route, box, lines, 0);
        }
        int number = notes.size() + 1;
        List<LabelLine> marker = List.of(new LabelLine(String.valueOf(number), LabelFont.PORTS));
        double[] markerSize = LabelText.size(marker, shapes);
        Box markerBox = placer.place(route, markerSize[0], markerSize[1]);
        if (markerBox == null) {
            // not even its number fits: a note nothing on the picture points to would only puzzle
            return new EdgeGeometry(edge, route, null, List.of(), 0);
        }
        notes.add(new DiagramNote(number, noteText(first, second, whole)));
        return new EdgeGeometry(edge, route, markerBox, marker, number);
    }

    private static String noteText(Node first, Node second, List<LabelLine> lines) {
        StringBuilder text = new StringBuilder(first.name()).append(" \u2013 ").append(second.name()).append(':');
        for (LabelLine line : lines) {
            text.append("  ").append(line.text());
        }
        return text.toString();
    }
}
