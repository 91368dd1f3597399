package io.portolan.diagram;

import io.portolan.diagram.DiagramShapes.LabelFont;
import io.portolan.engine.Crossing;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What an edge label says, line by line: the ports each way and, for a crossing edge, the firewalls passed; long lines
 * wrap between list items rather than being cut.
 */
public final class LabelText {

    /** The widest a label line grows before it wraps, in canvas units. */
    public static final double MAX_WIDTH = 210;
    /** The inner margins of a label: left and right together, top and bottom together. */
    public static final double PAD_X = 12;
    public static final double PAD_Y = 4;
    private static final String[] BREAKS = {" | ", ", ", " \u203a "};

    private LabelText() {
    }

    /**
     * The lines of an edge's label. {@code forward} are the ports from the first node to the second and {@code backward}
     * those back (null for none); {@code dx, dy} is the way the edge runs on screen, for the arrows of a two-way label.
     */
    public static List<LabelLine> lines(String forward, String backward, Crossing crossing, List<String> firewalls,
                                        double dx, double dy) {
        List<LabelLine> lines = new ArrayList<>(3);
        if (forward != null && backward != null) {
            if (forward.equals(backward)) {
                lines.add(new LabelLine("\u21c4 " + forward, LabelFont.PORTS));
            } else {
                String[] arrows = arrows(dx, dy);
                lines.add(new LabelLine(arrows[0] + " " + forward, LabelFont.PORTS));
                lines.add(new LabelLine(arrows[1] + " " + backward, LabelFont.PORTS));
            }
        } else {
            lines.add(new LabelLine(forward != null ? forward : String.valueOf(backward), LabelFont.PORTS));
        }
        String note = note(crossing, firewalls);
        if (note != null) {
            lines.add(new LabelLine(note, LabelFont.NOTE));
        }
        return lines;
    }

    /** The note under the ports: the firewalls passed, or why there is no route; null for none. */
    public static String note(Crossing crossing, List<String> firewalls) {
        return switch (crossing) {
            case CROSSING -> firewalls.isEmpty() ? null : "via " + String.join(" \u203a ", firewalls);
            case UNROUTABLE -> "no firewall path";
            case UNZONED -> "outside every zone";
            case SAME_ZONE -> null;
        };
    }

    /** The arrows for the forward and backward lines, as the edge runs on screen. */
    public static String[] arrows(double dx, double dy) {
        if (Math.abs(dx) >= Math.abs(dy)) {
            return dx >= 0 ? new String[] {"\u2192", "\u2190"} : new String[] {"\u2190", "\u2192"};
        }
        return dy >= 0 ? new String[] {"\u2193", "\u2191"} : new String[] {"\u2191", "\u2193"};
    }

    /** Each line wrapped to the width, between list items: a port list is never cut. */
    public static List<LabelLine> wrap(List<LabelLine> lines, double maxWidth, DiagramShapes shapes) {
        List<LabelLine> wrapped = new ArrayList<>(lines.size() + 2);
        for (LabelLine line : lines) {
            for (String part : wrap(line.text(), maxWidth, t -> shapes.textWidth(t, line.font()))) {
                wrapped.add(new LabelLine(part, line.font()));
            }
        }
        return wrapped;
    }

    /**
     * The text in lines no wider than the width: broken first before a {@code " | "} or {@code " › "} (between
     * protocols, between firewalls), and only where one of those parts is still too wide after a comma; a single item
     * wider than the width keeps a line of its own. Items are measured one by one, so that a window caching widths by
     * text sees the same few items again and again.
     */
    public static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
        if (text.length() < 12 || width.applyAsDouble(text) <= maxWidth) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        for (String part : split(text, false)) {
            double partWidth = width.applyAsDouble(part);
            if (line.length() > 0 && lineWidth + partWidth > maxWidth) {
                lines.add(line.toString().strip());
                line.setLength(0);
                lineWidth = 0;
            }
            if (partWidth > maxWidth) {
                List<String> pieces = fill(split(part.strip(), true), maxWidth, width);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                part = pieces.get(pieces.size() - 1);
                partWidth = width.applyAsDouble(part);
            }
            line.append(part);
            lineWidth += partWidth;
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /** The items in lines no wider than the width, as many on a line as fit. */
    private static List<String> fill(List<String> items, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        for (String item : items) {
            double itemWidth = width.applyAsDouble(item);
            if (line.length() > 0 && lineWidth + itemWidth > maxWidth) {
                lines.add(line.toString().strip());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(item);
            lineWidth += itemWidth;
        }
        lines.add(line.toString().strip());
        return lines;
    }

    /**
     * The text cut where a line may break: before each {@code " | "} and {@code " › "}, and with {@code commas} after
     * each comma too.
     */
    static List<String> split(String text, boolean commas) {
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (commas && text.startsWith(", ", i)) {
                items.add(text.substring(start, i + 2));
                start = i + 2;
            } else if (i > start && (text.startsWith(BREAKS[0], i) || text.startsWith(BREAKS[2], i))) {
                items.add(text.substring(start, i));
                start = i;
            }
        }
        items.add(text.substring(start));
        return items;
    }

    /** The width and height of a label of the lines, margins included. */
    public static double[] size(List<LabelLine> lines, DiagramShapes shapes) {
        double width = 0;
        double height = 0;
        for (LabelLine line : lines) {
            width = Math.max(width, shapes.textWidth(line.text(), line.font()));
            height += shapes.lineHeight(line.font());
        }
        return new double[] {Math.ceil(width + PAD_X), Math.ceil(height + PAD_Y)};
    }
}
