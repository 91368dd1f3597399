package io.portolan.io.diagram;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;

/** Text that fits its room, and text that stays legible over lines. */
final class Text {

    private static final String ELLIPSIS = "\u2026";

    private Text() {
    }

    /** The text, cut with an ellipsis where it is wider than the room in the current font. */
    static String fit(Graphics2D g, String text, double room) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= room) {
            return text;
        }
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end) + ELLIPSIS) > room) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
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
