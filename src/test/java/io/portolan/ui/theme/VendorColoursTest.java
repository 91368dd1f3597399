package io.portolan.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.CatalogLoader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VendorColoursTest {

    @Test
    void aVendorTheStyleSheetDoesNotNameGetsLightAndDarkColoursOfItsOwn() {
        String css = VendorColours.css(List.of("Acme Remote"), VendorColours.styledClasses());
        assertThat(css).contains(".vendor-acme-remote { -vendor-accent: ", ".theme-dark .vendor-acme-remote { -vendor-accent: ");
        assertThat(VendorColours.stylesheet(List.of("Acme Remote"))).get().asString().startsWith("data:text/css;base64,");
    }

    @Test
    void theDerivedColourComesFromTheNameAloneSoItIsTheSameOnEveryStart() {
        // pinned: a vendor's colour must not change from one start, or one release, to the next
        assertThat(VendorColours.css(List.of("Acme Remote"), Set.of()))
                .isEqualTo(".vendor-acme-remote { -vendor-accent: #757517; -vendor-tint: #ffffed; }\n"
                        + ".theme-dark .vendor-acme-remote { -vendor-accent: #f7f76f; -vendor-tint: #3d3d1c; }\n");
        assertThat(VendorColours.accent("ACME remote", false)).isEqualTo(VendorColours.accent("Acme Remote", false))
                .isNotEqualTo(VendorColours.accent("Globex", false));
    }

    @Test
    void vendorsTheStyleSheetNamesKeepItsColours() {
        assertThat(VendorColours.styledClasses()).contains("vendor-citrix", "vendor-parallels", "vendor-common");
        assertThat(VendorColours.stylesheet(CatalogLoader.loadBuiltIn().vendors())).isEmpty();
    }
}
