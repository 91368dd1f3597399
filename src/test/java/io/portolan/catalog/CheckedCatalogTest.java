package io.portolan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.catalog.CatalogLoader.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in catalog is checked when Portolan is built, and read in its checked form while its files are unchanged. */
class CheckedCatalogTest {

    private static final Supplier<List<Source>> NEVER = () -> {
        throw new AssertionError("the files were checked in full although the checked form matches them");
    };

    private static List<Source> sources;
    private static Catalog checkedInFull;

    @BeforeAll
    static void checkTheShippedFilesInFull() {
        sources = CatalogLoader.builtInSources();
        checkedInFull = CatalogLoader.load(sources);
    }

    /** Serves the built-in folder from memory: the files as given, and the checked form of the shipped files. */
    private static Function<String, InputStream> folder(List<Source> files, byte[] checkedForm) {
        Map<String, byte[]> bytes = files.stream()
                .collect(Collectors.toMap(Source::name, s -> s.text().getBytes(StandardCharsets.UTF_8)));
        return name -> {
            byte[] content = name.equals(CheckedCatalogReader.FILE_NAME) ? checkedForm : bytes.get(name);
            return content == null ? null : new ByteArrayInputStream(content);
        };
    }

    private static List<Source> withCitrixEdited(String from, String to) {
        return sources.stream().map(s -> s.name().equals("citrix.json") ? new Source(s.name(), s.text().replace(from, to)) : s)
                .toList();
    }

    private static void assertSameCatalog(Catalog actual, Catalog expected) {
        assertThat(actual.files()).isEqualTo(expected.files());
        assertThat(actual.types()).isEqualTo(expected.types());
        assertThat(actual.rules()).isEqualTo(expected.rules());
        assertThat(actual.sequences()).isEqualTo(expected.sequences());
    }

    @Test
    void theBuildPutsTheCheckedFormBesideTheBuiltInFiles() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                CatalogLoader.BUILT_IN_FOLDER + "/" + CheckedCatalogReader.FILE_NAME)) {
            assertThat(in).as("the build (exec-maven-plugin, process-classes) writes the checked form").isNotNull();
        }
    }

    @Test
    void theBuiltInCatalogIsReadFromItsCheckedFormAndEqualsTheFullCheck() {
        byte[] form = CheckedCatalogWriter.encode(sources, checkedInFull);

        Catalog read = CatalogLoader.loadBuiltIn(folder(sources, form), NEVER);

        assertSameCatalog(read, checkedInFull);
        assertSameCatalog(CatalogLoader.loadBuiltIn(), checkedInFull);
    }

    @Test
    void aFileChangedSinceTheBuildIsCheckedInFull() {
        byte[] form = CheckedCatalogWriter.encode(sources, checkedInFull);
        List<Source> edited = withCitrixEdited("\"Cluster heart beat exchange\"", "\"Heartbeats, edited after the build\"");

        Catalog read = CatalogLoader.loadBuiltIn(folder(edited, form), () -> edited);

        assertThat(read.rules()).extracting(PortRule::purpose).contains("Heartbeats, edited after the build")
                .doesNotContain("Cluster heart beat exchange");
    }

    @Test
    void aFileChangedSinceTheBuildIntoABadOneFailsTheFullCheck() {
        byte[] form = CheckedCatalogWriter.encode(sources, checkedInFull);
        List<Source> broken = withCitrixEdited("\"purpose\": \"Cluster heart beat exchange\"", "\"purpose\": 42");

        assertThatThrownBy(() -> CatalogLoader.loadBuiltIn(folder(broken, form), () -> broken))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.file()).isEqualTo("citrix.json")));
    }

    @Test
    void aMissingFileOrAMissingOrForeignCheckedFormMeansTheFullCheck() {
        byte[] form = CheckedCatalogWriter.encode(sources, checkedInFull);
        byte[] foreign = CheckedCatalogWriter.encode(sources, checkedInFull);
        foreign[3] ^= 1;
        List<Source> withoutPcoip = sources.stream().filter(s -> !s.name().equals("pcoip.json")).toList();

        assertSameCatalog(CatalogLoader.loadBuiltIn(folder(sources, null), () -> sources), checkedInFull);
        assertSameCatalog(CatalogLoader.loadBuiltIn(folder(sources, foreign), () -> sources), checkedInFull);
        // without pcoip.json the other files name types of no file: the full check finds it
        assertThatThrownBy(() -> CatalogLoader.loadBuiltIn(folder(withoutPcoip, form), () -> withoutPcoip))
                .isInstanceOf(CatalogException.class).hasMessageContaining("unknown component type 'pcoip.remote-workstation'");
    }
}
