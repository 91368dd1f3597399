package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|10|1",
        "short|10|1",
        "one two three four five six|10|3",
        "first line\\nsecond line|40|2",
        "averyveryverylongwordwithoutanyspaceatall|10|4",
        "citrix.gateway.radius-accounting, citrix.gateway.radius|26|3",
        "well-known-ports|8|3",
    })
    void wrappedTextTakesTheseLines(String text, int width, int lines) {
        assertThat(TextLines.count(text.replace("\\n", "\n"), width)).isEqualTo(lines);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc|3", "ab\\nabcd\\na|4", "''|0"})
    void longestLineIsMeasuredPerLine(String text, int longest) {
        assertThat(TextLines.longestLine(text.replace("\\n", "\n"))).isEqualTo(longest);
    }
}
