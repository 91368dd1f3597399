package io.portolan.io.export.diagram;

import io.portolan.engine.Crossing;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Design;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend under the picture: what the edge colours and the firewall mean, and how much the design holds (nodes,
 * zones, firewalls, flows, crossing flows, rules). Its items run in rows as wide as the picture.
 */
final class DiagramLegend {

    private static final double SWATCH = 30;
    private static final double GAP = 22;
    private static final double ROW = 19;

    /** One item: a swatch (an edge's line, the firewall, or none) and its words. */
    private record Item(Crossing line, boolean firewall, String text) {
    }

    private final List<Item> items = new ArrayList<>();
    private final Font font;

    DiagramLegend(FlowAnalysis analysis, boolean sameZoneEdges, DiagramFonts fonts) {
        this.font = TextStyle.LEGEND.font(fonts);
        items.add(new Item(Crossing.CROSSING, false, "crosses a firewall or zone boundary"));
        if (sameZoneEdges) {
            items.add(new Item(Crossing.SAME_ZONE, false, "within one zone"));
        }
        items.add(new Item(Crossing.UNROUTABLE, false, "no route: no firewall path, or an end outside every zone"));
        items.add(new Item(null, true, "firewall"));
        items.add(new Item(null, false, counts(analysis)));
    }

    /** How much the design holds, in words: {@code 12 nodes · 4 zones · 2 firewalls · 57 flows, 31 crossing · 40 rules}. */
    static String counts(FlowAnalysis analysis) {
        Design design = analysis.design();
        long crossing = analysis.flowsNeedingRules().size();
        return count(design.nodes().size(), "node") + " \u00b7 " + count(design.zones().size(), "zone") + " \u00b7 "
                + count(design.firewalls().size(), "firewall") + " \u00b7 " + count(analysis.flows().size(), "flow") + ", "
                + crossing + " leaving their zone \u00b7 " + count(analysis.rules().size(), "rule") + " to request";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The legend's height when its rows are at most {@code room} wide. */
    double height(double room) {
        return rows(room).size() * ROW;
    }

    /** The widest single item, so that the picture can be made at least that wide. */
    double widestItem() {
        return items.stream().mapToDouble(this::width).max().orElse(0);
    }

    private double width(Item item) {
        return (item.line() != null || item.firewall() ? SWATCH + 7 : 0) + DiagramFonts.width(font, item.text());
    }

    private List<List<Item>> rows(double room) {
        List<List<Item>> rows = new ArrayList<>();
        List<Item> row = new ArrayList<>();
        double used = 0;
        for (Item item : items) {
            double width = width(item);
            if (!row.isEmpty() && used + GAP + width > room) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : GAP) + width;
            row.add(item);
        }
        rows.add(row);
        return rows;
    }

    /** Paints the legend with its top-left corner at the point, in rows at most {@code room} wide. */
    void paint(Graphics2D g, double left, double top, double room) {
        double baseline = top + Text.ascent(font);
        for (List<Item> row : rows(room)) {
            double x = left;
            for (Item item : row) {
                x = paint(g, item, x, baseline) + GAP;
            }
            baseline += ROW;
        }
    }

    private double paint(Graphics2D g, Item item, double x, double baseline) {
        double middle = baseline - Text.ascent(font) * 0.35;
        if (item.line() != null) {
            Stroke stroke = item.line() == Crossing.CROSSING ? DiagramPainter.CROSSING_LINE
                    : item.line() == Crossing.SAME_ZONE ? DiagramPainter.SAME_ZONE_LINE : DiagramPainter.NO_ROUTE_LINE;
            g.setStroke(stroke);
            g.setColor(DiagramPainter.colour(item.line()));
            g.draw(DiagramPainter.sample(x, middle, SWATCH));
            x += SWATCH + 7;
        } else if (item.firewall()) {
            g.setColor(DiagramPalette.FIREWALL);
            g.fill(DiagramPainter.octagon(x + SWATCH / 2, middle, 7));
            x += SWATCH + 7;
        }
        g.setColor(item.line() == null && !item.firewall() ? DiagramPalette.MUTED : DiagramPalette.TEXT);
        g.setFont(font);
        g.drawString(item.text(), (float) x, (float) baseline);
        return x + DiagramFonts.width(font, item.text());
    }
}
