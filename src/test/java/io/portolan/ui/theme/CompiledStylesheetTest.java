package io.portolan.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's style sheet as the build compiles it: the same rules as the text, and never a binary of another text. */
class CompiledStylesheetTest {

    @TempDir
    Path folder;

    @Test
    void theWindowReadsTheBinaryTheBuildMadeAndItHoldsTheRulesOfTheText() throws Exception {
        URL text = CompiledStylesheetTest.class.getResource(Styles.STYLESHEET);

        String url = CompiledStylesheet.url();

        assertThat(url).endsWith(CompiledStylesheet.name(CompiledStylesheet.crc(text)));
        // what JavaFX makes of the text now, byte for byte, and so the same rules
        Path again = folder.resolve("again.bss");
        Stylesheet.convertToBinary(Path.of(text.toURI()).toFile(), again.toFile());
        assertThat(Files.readAllBytes(Path.of(new URL(url).toURI()))).isEqualTo(Files.readAllBytes(again));
        assertThat(selectors(Stylesheet.loadBinary(new URL(url)))).isEqualTo(selectors(new CssParser().parse(text)))
                .anyMatch(s -> s.contains("start-hint"));
    }

    @Test
    void theBuildNamesTheBinaryAfterItsTextAndRemovesBinariesOfEarlierTexts() throws Exception {
        Path text = folder.resolve("portolan.css");
        Files.writeString(text, ".diagram-node .node-tile { -fx-background-color: #abcdef; }\\n");
        Path earlier = Files.writeString(folder.resolve(CompiledStylesheet.name(1)), "stale");

        CompiledStylesheet.main(new String[] {folder.toString()});

        Path binary = folder.resolve(CompiledStylesheet.name(CompiledStylesheet.crc(text.toUri().toURL())));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly(binary.getFileName().toString(), "portolan.css");
        }
        assertThat(earlier).doesNotExist();
        Rule rule = Stylesheet.loadBinary(binary.toUri().toURL()).getRules().get(0);
        assertThat(rule.getSelectors()).singleElement().asString().contains(".diagram-node ", ".node-tile");
        assertThat(rule.getDeclarations()).singleElement().extracting(d -> d.getProperty()).isEqualTo("-fx-background-color");
    }

    @Test
    void aTextChangedSinceTheBuildGetsAnotherName() throws Exception {
        Path text = folder.resolve("portolan.css");
        Files.writeString(text, ".a { -fx-opacity: 0.5; }\\n");
        long before = CompiledStylesheet.crc(text.toUri().toURL());
        Files.writeString(text, ".a { -fx-opacity: 0.6; }\\n");

        assertThat(CompiledStylesheet.name(CompiledStylesheet.crc(text.toUri().toURL()))).isNotEqualTo(CompiledStylesheet.name(before));
    }

    /** Each rule's selectors and the properties it declares. */
    private static List<String> selectors(Stylesheet sheet) {
        return sheet.getRules().stream().map(r -> r.getSelectors() + " " + r.getDeclarations().stream().map(d -> d.getProperty()).toList())
                .toList();
    }
}
