package io.portolan.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.catalog.ComponentType;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.IkonResolver;

class GlyphsTest {

    private final Glyphs glyphs = Glyphs.load();

    @Test
    void everyCatalogTypeHasItsOwnIconMappedToAGlyphThatExists() {
        Catalog catalog = CatalogLoader.loadBuiltIn();
        for (ComponentType type : catalog.types()) {
            assertThat(glyphs.mapsIcon(type.icon())).as("icon '%s' of %s", type.icon(), type.id()).isTrue();
            String literal = glyphs.literal(type);
            assertThat(IkonResolver.getInstance().resolve(literal).resolve(literal)).as(literal).isNotNull();
        }
    }

    @Test
    void vendorStyleIsASlugOfTheVendorName() {
        assertThat(Glyphs.vendorStyle("HP Anyware / Teradici")).isEqualTo("vendor-hp-anyware-teradici");
        assertThat(Glyphs.vendorStyle("Citrix")).isEqualTo("vendor-citrix");
        assertThat(Glyphs.vendorStyle(null)).isEqualTo("vendor-other");
    }
}
