package io.portolan.io.export.diagram;

import io.portolan.diagram.Box;
import io.portolan.diagram.DiagramShapes.LabelFont;
import io.portolan.diagram.EdgeGeometry;
import io.portolan.diagram.LabelLine;
import io.portolan.diagram.LabelText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;

/** Draws the port labels where the diagram's geometry placed them, last, so that no line crosses them. */
final class EdgeLabels {

    private static final Color TEXT = new Color(0x20, 0x20, 0x20);
    private static final Color BACKGROUND = new Color(255, 255, 255, 235);

    private EdgeLabels() {
    }

    /** Draws the edge's label, if it has a place, framed in the edge's colour. */
    static void draw(Graphics2D g, EdgeGeometry edge, Color colour) {
        Box box = edge.label();
        if (box == null) {
            return;
        }
        RoundRectangle2D background = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 8, 8);
        g.setColor(BACKGROUND);
        g.fill(background);
        g.setColor(colour);
        g.setStroke(new BasicStroke(edge.note() > 0 ? 1.5f : 1f));
        g.draw(background);
        double baseline = box.y() + LabelText.PAD_Y / 2;
        for (LabelLine line : edge.lines()) {
            boolean ports = line.font() == LabelFont.PORTS;
            g.setFont(ports ? AwtShapes.PORTS : AwtShapes.NOTE);
            g.setColor(ports ? TEXT : colour);
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(line.text(), (float) (box.centreX() - metrics.stringWidth(line.text()) / 2.0),
                    (float) (baseline + metrics.getAscent()));
            baseline += metrics.getHeight();
        }
    }
}
