package io.portolan.io.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.model.Design;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The corpus of broken design files under {@code broken/}: each is the control file with one thing wrong,
 * and must give a problem naming the file, the place and what is wrong.
 */
class BrokenDesignFilesTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    /** Not broken: control characters in a name are kept, and made safe only where the text is shown or exported. */
    private static final String ACCEPTED_CONTROL_TEXT = "name-with-control-characters.portolan";

    private static Path corpus(String name) throws URISyntaxException {
        return Path.of(BrokenDesignFilesTest.class.getResource("broken/" + name).toURI());
    }

    @Test
    void theControlFileLoads() throws Exception {
        assertThat(DesignFile.read(corpus("valid-control.portolan"), CATALOG).nodes()).hasSize(2);
    }

    @Test
    void aNameHoldingControlCharactersLoadsAndKeepsItsTextThroughASave(@TempDir Path folder) throws Exception {
        String name = "Store\u0001Front\u001B[2J\u0007\u000B\u202E";

        Design design = DesignFile.read(corpus(ACCEPTED_CONTROL_TEXT), CATALOG);
        Path saved = folder.resolve("saved.portolan");
        DesignFile.write(saved, design);

        assertThat(design.node("storefront").orElseThrow().name()).isEqualTo(name);
        assertThat(DesignFile.read(saved, CATALOG).node("storefront").orElseThrow().name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvFileSource(resources = "broken/expected-errors.csv", delimiter = '|')
    void brokenFileNamesThePlaceAndTheProblem(String file, String place, String message) throws Exception {
        Path path = corpus(file);

        DesignFileException error = catchThrowableOfType(DesignFileException.class, () -> DesignFile.read(path, CATALOG));

        assertThat(error).as(file + " must not load").isNotNull();
        assertThat(error.problems()).anySatisfy(problem -> {
            assertThat(problem.place()).isEqualTo(place);
            assertThat(problem.message()).contains(message);
        });
        assertThat(error.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo(path.toString()));
        assertThat(error.getMessage()).contains(path.toString()).contains(place.equals("$") ? path + ": " : place);
    }

    @Test
    void everyBrokenFileOfTheCorpusHasItsExpectedError() throws Exception {
        Path folder = corpus("valid-control.portolan").getParent();
        List<String> listed = Files.readAllLines(folder.resolve("expected-errors.csv")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\\|")[0].trim()).toList();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(DesignFile.EXTENSION)))
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(listed.stream(),
                            Stream.of("valid-control.portolan", "several-problems.portolan", ACCEPTED_CONTROL_TEXT)).toList());
        }
    }

    @Test
    void everyProblemOfAFileIsReportedInFileOrder() throws Exception {
        DesignFileException error = catchThrowableOfType(DesignFileException.class,
                () -> DesignFile.read(corpus("several-problems.portolan"), CATALOG));

        assertThat(error.problems()).extracting(DesignFileException.Problem::place)
                .containsExactly("$.zones[0].cidrs[0]", "$.nodes[0].address", "$.nodes[1].features[0]");
    }

    @Test
    void aFileAWindowsEditorSavedWithAByteOrderMarkLoads(@TempDir Path folder) throws Exception {
        Path withMark = folder.resolve("bom.portolan");
        byte[] control = Files.readAllBytes(corpus("valid-control.portolan"));
        byte[] bytes = new byte[control.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(control, 0, bytes, 3, control.length);
        Files.write(withMark, bytes);

        assertThat(DesignFile.read(withMark, CATALOG)).isEqualTo(DesignFile.read(corpus("valid-control.portolan"), CATALOG));
    }

    @Test
    void aCountPastEveryWholeNumberTypeIsNotReadAsASmallOne() throws Exception {
        // 2^64 + 5 was read as a count of 5 before
        String control = Files.readString(corpus("valid-control.portolan"));
        String huge = control.replaceFirst("\"count\": 2", "\"count\": 18446744073709551621");

        DesignFileException error = catchThrowableOfType(DesignFileException.class,
                () -> DesignFile.parse(huge, "huge-count.portolan", CATALOG));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo("$.nodes[0].count");
            assertThat(problem.message()).isEqualTo("'18446744073709551621' is not a count of machines (a whole number from 1)");
        });
    }

    @Test
    void aFileThatDoesNotExistIsNamed() {
        Path missing = Path.of("no-such-design.portolan");

        assertThatThrownBy(() -> DesignFile.read(missing, CATALOG)).isInstanceOf(DesignFileException.class)
                .hasMessageContaining("no-such-design.portolan").hasMessageContaining("does not exist");
    }

}
