package io.portolan.io.export.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.catalog.Category;
import io.portolan.catalog.ComponentType;
import io.portolan.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The glyph of each component type, from {@code icons/glyphs.json}: a catalog icon name maps to an Ikonli glyph
 * literal, with a fallback per category, so that a new catalog type needs data, not code. The canvas shows the glyph
 * with Ikonli's JavaFX icons, the exported picture draws the same glyph's outline.
 */
public final class GlyphNames {

    /** The resource the mapping is read from. */
    public static final String RESOURCE = "/io/portolan/icons/glyphs.json";
    /** The glyph of a type the mapping does not cover at all. */
    public static final String FALLBACK = "mdmz-widgets";
    /** The glyph of a node whose type the catalog does not know (a design made with a colleague's catalog). */
    public static final String UNKNOWN_TYPE = "mdal-help_outline";
    /** The glyph of a firewall. */
    public static final String FIREWALL = "mdmz-security";

    private final Map<String, String> byIcon;
    private final Map<String, String> byCategory;

    private GlyphNames(Map<String, String> byIcon, Map<String, String> byCategory) {
        this.byIcon = Map.copyOf(byIcon);
        this.byCategory = Map.copyOf(byCategory);
    }

    /** The mapping shipped with Portolan. */
    public static GlyphNames load() {
        try (InputStream in = GlyphNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the glyph mapping " + RESOURCE + " is missing from the class path");
            }
            JsonNode root = JsonTrees.read(in);
            return new GlyphNames(read(root.path("icons")), read(root.path("categories")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the glyph mapping " + RESOURCE, e);
        }
    }

    private static Map<String, String> read(JsonNode object) {
        Map<String, String> map = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            map.put(entry.getKey(), entry.getValue().asText());
        }
        return map;
    }

    /**
     * The glyph literal of the type: its icon's, else (a type with no icon of its own, or one the mapping does not
     * know) its category's, else {@value #FALLBACK}; {@value #UNKNOWN_TYPE} for null, a type the catalog lacks.
     */
    public String literal(ComponentType type) {
        if (type == null) {
            return UNKNOWN_TYPE;
        }
        String literal = byIcon.get(type.icon());
        return literal != null ? literal : literal(type.category());
    }

    /** The glyph literal of the category, or {@value #FALLBACK} for none (null) or one the mapping lacks. */
    public String literal(Category category) {
        String literal = category == null ? null : byCategory.get(category.id());
        return literal == null ? FALLBACK : literal;
    }

    /** True when the type's icon name itself is mapped (not only its category). */
    public boolean mapsIcon(String icon) {
        return byIcon.containsKey(icon);
    }
}
