package io.portolan.diagram;

import io.portolan.diagram.DiagramShapes.LabelFont;

/**
 * One line of an edge label.
 *
 * @param text the text, never cut
 * @param font the ports' font or the note's
 */
public record LabelLine(String text, LabelFont font) {
}
