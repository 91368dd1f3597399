package io.portolan.io.export.diagram;

import io.portolan.io.export.TextFit;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;

/** Text that fits its room, and text that stays legible over lines. */
final class Text {

    private Text() {
    }

    /** The text, cut with an ellipsis where it is wider than the room in the current font. */
    static String fit(Graphics2D g, String text, double room) {
        FontMetrics metrics = g.getFontMetrics();
        return TextFit.fit(text, room, metrics::stringWidth);
    }

    /**
     * The text in at most {@code maxLines} lines of the room's width, broken between words; the last line
     * is cut with an ellipsis when the words do not all fit.
     */
    static List<String> wrap(Graphics2D g, String text, double room, int maxLines) {
        FontMetrics metrics = g.getFontMetrics();
        return TextFit.wrap(text, room, maxLines, metrics::stringWidth);
    }

    /** Text centred on a point's x, baseline at y, over a white halo so that lines beneath do not hide it. */
    static void centredWithHalo(Graphics2D g, String text, double x, double y, Color colour) {
        FontMetrics metrics = g.getFontMetrics();
        int width = metrics.stringWidth(text);
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRoundRect((int) (x - width / 2.0 - 3), (int) (y - metrics.getAscent()), width + 6, metrics.getHeight(), 6, 6);
        g.setColor(colour);
        g.drawString(text, (float) (x - width / 2.0), (float) y);
    }
}
