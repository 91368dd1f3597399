package io.portolan.io.export.diagram;

import io.portolan.diagram.DiagramNote;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** The numbered notes under the legend: the labels that found no free place on the picture, whole. */
final class Notes {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final double LINE = 13;
    private static final double TOP = 12;
    private static final Color TEXT = new Color(0x20, 0x20, 0x20);

    private Notes() {
    }

    /** The notes as lines no wider than the room, each note's first line starting with its number. */
    static List<String> lines(Graphics2D g, List<DiagramNote> notes, double room) {
        List<String> lines = new ArrayList<>();
        g.setFont(FONT);
        FontMetrics metrics = g.getFontMetrics();
        for (DiagramNote note : notes) {
            String rest = note.number() + "   " + note.text();
            while (metrics.stringWidth(rest) > room) {
                int cut = rest.lastIndexOf(' ', cutAt(metrics, rest, room));
                if (cut <= 0) {
                    break;
                }
                lines.add(rest.substring(0, cut));
                rest = "      " + rest.substring(cut + 1);
            }
            lines.add(rest);
        }
        return lines;
    }

    /** The last index of the text whose part before it fits the room. */
    private static int cutAt(FontMetrics metrics, String text, double room) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (metrics.stringWidth(text.substring(0, mid)) <= room) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** The height the lines take under the legend; 0 for none. */
    static double height(List<String> lines) {
        return lines.isEmpty() ? 0 : TOP + lines.size() * LINE + 8;
    }

    /** Draws the lines from the top (picture units). */
    static void draw(Graphics2D g, List<String> lines, double x, double top) {
        g.setFont(FONT);
        g.setColor(TEXT);
        double y = top + TOP;
        for (String line : lines) {
            g.drawString(line, (float) x, (float) y);
            y += LINE;
        }
    }
}
