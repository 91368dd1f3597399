package io.portolan.io.export.diagram;

import java.awt.Font;

/**
 * The kinds of text in the picture, each with its face and size in points: the canvas's sizes, in whole points, since an
 * SVG writes whole sizes.
 */
enum TextStyle {
    TITLE(DiagramFonts.Face.BOLD, 20),
    SUBTITLE(DiagramFonts.Face.REGULAR, 12),
    ZONE_NAME(DiagramFonts.Face.BOLD, 13),
    ZONE_DETAIL(DiagramFonts.Face.REGULAR, 10),
    NODE_NAME(DiagramFonts.Face.BOLD, 11),
    BADGE(DiagramFonts.Face.BOLD, 10),
    FIREWALL_NAME(DiagramFonts.Face.BOLD, 11),
    PORTS(DiagramFonts.Face.REGULAR, 11),
    VIA(DiagramFonts.Face.ITALIC, 10),
    LEGEND(DiagramFonts.Face.REGULAR, 11);

    private final DiagramFonts.Face face;
    private final float size;

    TextStyle(DiagramFonts.Face face, float size) {
        this.face = face;
        this.size = size;
    }

    /** The style's font among the fonts. */
    Font font(DiagramFonts fonts) {
        return fonts.font(face, size);
    }
}
