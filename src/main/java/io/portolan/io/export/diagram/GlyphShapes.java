package io.portolan.io.export.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

/**
 * The component glyphs as outlines, from the Ikonli icon fonts the canvas shows them with (Ikonli's core and font
 * packs, not its JavaFX part): an outline paints the same in a PNG, an SVG and a PDF, with no font needed to view it.
 * A glyph no font has is drawn as a plain circle.
 */
final class GlyphShapes {

    private final List<IkonHandler> handlers = new ArrayList<>();
    private final Map<IkonHandler, Font> fonts = new HashMap<>();

    GlyphShapes() {
        ServiceLoader.load(IkonHandler.class, GlyphShapes.class.getClassLoader()).forEach(handlers::add);
    }

    /** The glyph's outline, as tall as {@code size} units and centred on the point. */
    Shape glyph(String literal, double size, double centreX, double centreY) {
        Shape outline = outline(literal, size);
        if (outline == null) {
            outline = outline(GlyphNames.FALLBACK, size);
        }
        if (outline == null) {
            double r = size * 0.32;
            return new Ellipse2D.Double(centreX - r, centreY - r, 2 * r, 2 * r);
        }
        Rectangle2D bounds = outline.getBounds2D();
        return AffineTransform.getTranslateInstance(centreX - bounds.getCenterX(), centreY - bounds.getCenterY())
                .createTransformedShape(outline);
    }

    private Shape outline(String literal, double size) {
        for (IkonHandler handler : handlers) {
            if (handler.supports(literal)) {
                Ikon ikon = handler.resolve(literal);
                Font font = font(handler);
                if (ikon == null || font == null || !font.canDisplay(ikon.getCode())) {
                    return null;
                }
                String text = new String(Character.toChars(ikon.getCode()));
                return font.deriveFont((float) size).createGlyphVector(DiagramFonts.MEASURE, text).getOutline();
            }
        }
        return null;
    }

    private Font font(IkonHandler handler) {
        return fonts.computeIfAbsent(handler, h -> {
            try (InputStream in = h.getFontResourceAsStream()) {
                return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                // the glyph falls back to a circle: a picture without icons is still a picture
                return null;
            }
        });
    }
}
