package io.portolan.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.catalog.Category;
import io.portolan.catalog.ComponentType;
import io.portolan.model.ZoneKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kordamp.ikonli.javafx.IkonResolver;

class GlyphsTest {

    private final Glyphs glyphs = Glyphs.load();

    /** A type as a vendor's catalog file gives it; {@code icon} is the category's id when the file names none. */
    private static ComponentType type(Category category, String icon) {
        return new ComponentType("acme.box", "Acme box", "Acme", "Box", category, icon, ZoneKind.INTERNAL, Set.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), "", "acme.json");
    }

    private static boolean exists(String literal) {
        return IkonResolver.getInstance().resolve(literal).resolve(literal) != null;
    }

    @Test
    void everyCatalogTypeShowsAGlyphThatExists() {
        Catalog catalog = CatalogLoader.loadBuiltIn();
        for (ComponentType type : catalog.types()) {
            assertThat(glyphs.literal(type)).as("glyph of %s", type.id()).isNotEqualTo(Glyphs.FALLBACK);
            assertThat(exists(glyphs.literal(type))).as("glyph of %s", type.id()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void aTypeWithNoIconOfItsOwnShowsItsCategorysGlyph(Category category) {
        ComponentType type = type(category, category.id());
        assertThat(glyphs.literal(type)).isEqualTo(glyphs.literal(category)).isNotEqualTo(Glyphs.FALLBACK);
        assertThat(exists(glyphs.literal(type))).isTrue();
    }

    @Test
    void aTypeWhoseIconTheMappingDoesNotKnowShowsItsCategorysGlyph() {
        ComponentType type = type(Category.GATEWAY, "acme-appliance");
        assertThat(glyphs.mapsIcon("acme-appliance")).isFalse();
        assertThat(glyphs.literal(type)).isEqualTo(glyphs.literal(Category.GATEWAY));
    }

    @Test
    void aTypeWithAMappedIconShowsThatIconsGlyph() {
        ComponentType type = type(Category.INFRASTRUCTURE, "database");
        assertThat(glyphs.literal(type)).isEqualTo("mdmz-table_chart").isNotEqualTo(glyphs.literal(Category.INFRASTRUCTURE));
    }

    @Test
    void vendorStyleIsASlugOfTheVendorName() {
        assertThat(Glyphs.vendorStyle("HP Anyware / Teradici")).isEqualTo("vendor-hp-anyware-teradici");
        assertThat(Glyphs.vendorStyle("Citrix")).isEqualTo("vendor-citrix");
        assertThat(Glyphs.vendorStyle(null)).isEqualTo("vendor-other");
    }
}
