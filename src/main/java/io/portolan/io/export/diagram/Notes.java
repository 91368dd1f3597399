package io.portolan.io.export.diagram;

import io.portolan.diagram.DiagramNote;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Text in lines under the picture's title or its legend, as wide as the picture: what an overview says about itself, and
 * the numbered notes, which carry whole the labels that found no free place on the picture.
 */
final class Notes {

    private static final double GAP = 8;
    private static final String INDENT = "      ";

    private final Font font;
    private final List<String> lines;

    private Notes(Font font, List<String> lines) {
        this.font = font;
        this.lines = List.copyOf(lines);
    }

    /**
     * The notes in the font, each note's first line starting with its number, none wider than the room; then, when
     * {@code unlabelled} edges show not even a number, a line saying so.
     */
    static Notes of(List<DiagramNote> notes, long unlabelled, Font font, double room) {
        List<String> lines = new ArrayList<>();
        for (DiagramNote note : notes) {
            List<String> wrapped = Text.lines(font, note.number() + "   " + note.text(), room - DiagramFonts.width(font, INDENT));
            lines.add(wrapped.get(0));
            wrapped.subList(1, wrapped.size()).forEach(line -> lines.add(INDENT + line));
        }
        if (unlabelled > 0) {
            lines.addAll(Text.lines(font, unlabelled + (unlabelled == 1 ? " edge is drawn without its label" : " edges are drawn without their labels")
                    + ", for want of room; the workbook's Rules sheet lists every flow.", room));
        }
        return new Notes(font, lines);
    }

    /** The text in the font in lines no wider than the room; none for null. */
    static Notes text(String text, Font font, double room) {
        return new Notes(font, text == null ? List.of() : Text.lines(font, text, room));
    }

    /** The lines, as drawn. */
    List<String> lines() {
        return lines;
    }

    /** The height the lines take, a gap above them included; 0 for none. */
    double height() {
        return lines.isEmpty() ? 0 : GAP + lines.size() * Text.lineHeight(font);
    }

    /** Draws the lines, the gap above them starting at {@code top}, in the current colour. */
    void paint(Graphics2D g, double left, double top) {
        g.setFont(font);
        double baseline = top + GAP + Text.ascent(font);
        for (String line : lines) {
            g.drawString(line, (float) left, (float) baseline);
            baseline += Text.lineHeight(font);
        }
    }
}
