package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.CatalogLoader;
import io.portolan.edit.MoveSelection;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a start reads before there is a window, on a thread of its own: no toolkit, no dialog. */
class StartReadTest {

    private final Settings settings = new Settings(new MemoryPreferences());

    @TempDir
    Path folder;

    @Test
    void aDesignFileGivenIsReadWithTheCatalogAndAnEngineOfThatCatalog() throws Exception {
        Design template = Templates.load(Templates.DEFAULT, CatalogLoader.loadBuiltIn());
        Path file = folder.resolve("moved.portolan");
        DesignFile.write(file, MoveSelection.of(template, Set.of("storefront"), 120, 0).apply(template));

        StartRead read = StartRead.read(settings, List.of(file.toString()));

        assertThat(read.start().file()).isEqualTo(file);
        assertThat(read.start().design()).isEqualTo(DesignFile.read(file, read.catalog().catalog()));
        assertThat(read.engine().catalog()).isSameAs(read.catalog().catalog());
        assertThat(read.catalog().problem()).isNull();
        assertThat(read.settings()).isSameAs(settings);
        assertThat(settings.recentFiles()).containsExactly(file.toAbsolutePath());
    }

    @Test
    void aCatalogFolderThatWentBadGivesTheBuiltInCatalogAndKeepsWhyForTheWindowToTell() throws Exception {
        Path mine = Files.createDirectory(folder.resolve("mine"));
        Files.writeString(mine.resolve("acme.json"), "{ not json");
        settings.setExtraCatalogFolder(mine);

        StartRead read = StartRead.read(settings, List.of());

        assertThat(read.catalog().catalog().type("citrix.storefront")).isPresent();
        assertThat(read.catalog().problemTitle()).isEqualTo("The catalog folder " + mine.toAbsolutePath().normalize() + " is not used");
        assertThat(read.catalog().problem()).contains("not valid JSON", "built-in catalog");
        assertThat(read.start().file()).isNull();
        assertThat(read.start().title()).isEqualTo(Templates.find(Templates.DEFAULT).title());
    }
}
