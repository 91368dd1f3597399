package io.portolan.ui.theme;

import io.portolan.catalog.Category;
import io.portolan.catalog.ComponentType;
import io.portolan.io.export.diagram.DiagramPalette;
import io.portolan.io.export.diagram.GlyphNames;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The glyphs of the canvas and the palette as Ikonli icons; which glyph a type shows is {@link GlyphNames}'s, shared
 * with the exported picture.
 */
public final class Glyphs {

    /** The resource the mapping is read from. */
    public static final String RESOURCE = GlyphNames.RESOURCE;
    /** The glyph of a type the mapping does not cover at all. */
    public static final String FALLBACK = GlyphNames.FALLBACK;
    /** The glyph of a node whose type the catalog does not know (a design made with a colleague's catalog). */
    public static final String UNKNOWN_TYPE = GlyphNames.UNKNOWN_TYPE;

    private final GlyphNames names;

    private Glyphs(GlyphNames names) {
        this.names = names;
    }

    /** The mapping shipped with Portolan. */
    public static Glyphs load() {
        return new Glyphs(GlyphNames.load());
    }

    /** The glyph literal of the type, as {@link GlyphNames#literal(ComponentType)} gives it. */
    public String literal(ComponentType type) {
        return names.literal(type);
    }

    /** The glyph literal of the category, or {@value #FALLBACK} for none (null) or one the mapping lacks. */
    public String literal(Category category) {
        return names.literal(category);
    }

    /** True when the type's icon name itself is mapped (not only its category). */
    public boolean mapsIcon(String icon) {
        return names.mapsIcon(icon);
    }

    /** A glyph of the type at the size, with the type's glyph style class. */
    public FontIcon icon(ComponentType type, int size) {
        FontIcon icon = new FontIcon(literal(type));
        icon.setIconSize(size);
        icon.getStyleClass().add(Styles.GLYPH);
        return icon;
    }

    /** The style class giving a vendor's accent colour: {@code vendor-citrix}, {@code vendor-hp-anyware-teradici}. */
    public static String vendorStyle(String vendor) {
        return DiagramPalette.vendorStyle(vendor);
    }

    /** A plain glyph for toolbars and menus. */
    public static FontIcon of(String literal, int size) {
        FontIcon icon = new FontIcon(literal);
        icon.setIconSize(size);
        return icon;
    }
}
