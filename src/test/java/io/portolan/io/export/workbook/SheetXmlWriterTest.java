package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetXmlWriterTest {

    private static byte[] written(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SheetXmlWriter.Utf8Writer writer = new SheetXmlWriter.Utf8Writer(bytes)) {
            for (int i = 0; i < text.length(); i++) {
                writer.write(text.charAt(i));
            }
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain ASCII <c r=\"A1\">", "Z\u00fcrich \u2192 DMZ", "\u65e5\u672c\u8a9e", "emoji \ud83d\ude80 rocket", ""})
    void writesTheSameBytesAsJavasUtf8Encoder(String text) throws IOException {
        assertThat(written(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void surrogateWithoutItsPartnerBecomesAQuestionMark() throws IOException {
        assertThat(new String(written("a\ud83db"), StandardCharsets.UTF_8)).isEqualTo("a?b");
        assertThat(new String(written("a\ude80b"), StandardCharsets.UTF_8)).isEqualTo("a?b");
    }

    @Test
    void textLongerThanTheBufferIsWrittenWhole() throws IOException {
        String text = "\u00e9x".repeat(100_000);
        assertThat(written(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
}
