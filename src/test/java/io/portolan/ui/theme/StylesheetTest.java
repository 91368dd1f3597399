package io.portolan.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The window's stylesheet parses without an error: a brace lost in a merge silently drops every rule after it. */
class StylesheetTest {

    private static final String SHEET = "/io/portolan/ui/portolan.css";

    @Test
    void theStylesheetParsesWithoutAnError() throws Exception {
        URL url = StylesheetTest.class.getResource(SHEET);
        assertThat(url).as(SHEET).isNotNull();
        CssParser.errorsProperty().clear();

        Stylesheet sheet = new CssParser().parse(url);

        assertThat(List.copyOf(CssParser.errorsProperty())).as("parse errors of " + SHEET).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(50);
    }

    @Test
    void theLastRulesOfTheSheetAreRead() throws Exception {
        Stylesheet sheet = new CssParser().parse(StylesheetTest.class.getResource(SHEET));
        // rules near the end of the file, which an unclosed block above them would swallow
        List<String> selectors = sheet.getRules().stream().map(Rule::getSelectors)
                .flatMap(List::stream).map(Object::toString).toList();
        assertThat(selectors).anyMatch(s -> s.contains("start-hint")).anyMatch(s -> s.contains("recovery-key"));
    }
}
