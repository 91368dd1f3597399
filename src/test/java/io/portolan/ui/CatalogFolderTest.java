package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.ui.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogFolderTest {

    private static final String GOOD = """
            {"vendor": "Acme", "documents": [{"id": "acme", "title": "Acme ports"}],
             "types": [{"id": "acme.box", "name": "Acme box", "product": "Box", "category": "workload", "zone": "INTERNAL"}],
             "rules": [{"id": "acme.box.dns", "from": "acme.box", "to": "tag:dns", "protocol": "UDP", "ports": "53",
                        "purpose": "DNS", "reference": {"document": "acme", "section": "Ports"}}]}""";

    private final Settings settings = new Settings(new MemoryPreferences());
    private final FakeDialogs dialogs = new FakeDialogs();
    private final CatalogFolder folder = new CatalogFolder(settings, dialogs);

    @TempDir
    Path mine;

    @Test
    void aFolderThatLoadsIsKeptAndTheUserToldToRestart() throws IOException {
        Files.writeString(mine.resolve("acme.json"), GOOD);
        dialogs.folders.add(mine);

        assertThat(folder.choose()).isTrue();

        assertThat(settings.extraCatalogFolder()).contains(mine.toAbsolutePath().normalize());
        assertThat(dialogs.information).singleElement().asString().contains("adds 1 component type", "Restart");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBrokenFolderIsRefusedWithItsProblemsAndTheSettingStays() throws IOException {
        Files.writeString(mine.resolve("acme.json"), GOOD.replace("\"53\"", "\"70000\""));
        dialogs.folders.add(mine);

        assertThat(folder.choose()).isFalse();

        assertThat(settings.extraCatalogFolder()).isEmpty();
        assertThat(dialogs.errors).singleElement().asString()
                .contains("cannot be used", "acme.json $.rules[0].ports: port 70000 in '70000' is outside 1..65535");
    }

    @Test
    void startingWithAFolderThatWentBadFallsBackToTheBuiltInCatalog() throws IOException {
        Files.writeString(mine.resolve("acme.json"), "{ not json");
        settings.setExtraCatalogFolder(mine);

        Catalog catalog = folder.loadAtStart();

        assertThat(catalog.type("citrix.storefront")).isPresent();
        assertThat(dialogs.errors).singleElement().asString().contains("is not used", "not valid JSON", "built-in catalog");
    }

    @Test
    void startingWithAGoodFolderAddsItsTypes() throws IOException {
        Files.writeString(mine.resolve("acme.json"), GOOD);
        settings.setExtraCatalogFolder(mine);

        assertThat(folder.loadAtStart().type("acme.box")).isPresent();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void clearingForgetsTheFolder() throws IOException {
        settings.setExtraCatalogFolder(mine);

        assertThat(folder.clear()).isTrue();

        assertThat(settings.extraCatalogFolder()).isEmpty();
        assertThat(folder.clear()).isFalse();
    }
}
