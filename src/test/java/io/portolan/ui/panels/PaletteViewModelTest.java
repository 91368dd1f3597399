package io.portolan.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaletteViewModelTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.loadBuiltIn();
    }

    private static List<String> names(PaletteViewModel model) {
        return model.groups().stream().flatMap(g -> g.entries().stream()).map(PaletteEntry::name).toList();
    }

    @Test
    void unfilteredPaletteOffersZonesFirewallAndEveryType() {
        PaletteViewModel model = new PaletteViewModel(catalog);
        assertThat(model.groups().get(0).vendor()).isEqualTo(PaletteViewModel.SHAPES);
        assertThat(model.shownCount()).isEqualTo(catalog.types().size() + 7);
    }

    @Test
    void everyWordOfTheFilterMustMatch() {
        PaletteViewModel model = new PaletteViewModel(catalog);
        model.filterProperty().set("citrix gateway");
        assertThat(names(model)).contains("Citrix Gateway", "Citrix Gateway Service").doesNotContain("StoreFront", "RAS Secure Client Gateway");
    }

    @Test
    void filterMatchesVendorProductAndTagsCaseInsensitively() {
        PaletteViewModel model = new PaletteViewModel(catalog);
        model.filterProperty().set("PARALLELS");
        assertThat(model.groups()).allMatch(g -> g.vendor().equals("Parallels") || g.entries().stream()
                .allMatch(e -> e.name().toLowerCase().contains("parallels")));
        model.filterProperty().set("firewall");
        assertThat(names(model)).containsExactly("Firewall");
        model.filterProperty().set("");
        assertThat(model.shownCount()).isEqualTo(catalog.types().size() + 7);
    }

    @Test
    void aFilterThatMatchesNothingLeavesNoGroups() {
        PaletteViewModel model = new PaletteViewModel(catalog);
        model.filterProperty().set("no-such-component");
        assertThat(model.groups()).isEmpty();
    }
}
