package io.portolan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTreesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"zones\": [{\"id\": \"dmz\", \"ranges\": [\"10.0.0.0/24\"]}], \"count\": 3, \"on\": true, \"off\": false, \"none\": null}",
        "[1, -2147483649, 12345678901234567890123, 1.5, -0.0, 1e300, \"Z\\u00fcrich \\ud83d\\ude80\"]",
        "\"just a string\"",
        "42",
        "{\"nested\": {\"deeper\": [[], {}, [[{\"a\": [1]}]]]}}"})
    void readsTheTreeJacksonsObjectMapperReads(String text) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(text);

        assertThat(JsonTrees.read(text)).isEqualTo(expected);
        assertThat(JsonTrees.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
    }

    @Test
    void numbersKeepTheNodeTypesTheCheckersLookAt() throws IOException {
        JsonNode tree = JsonTrees.read("[7, 8589934592, 2.25]");

        assertThat(tree.get(0).isInt()).isTrue();
        assertThat(tree.get(1).isLong()).isTrue();
        assertThat(tree.get(2).isDouble()).isTrue();
    }

    @Test
    void emptyTextIsAMissingValue() throws IOException {
        assertThat(JsonTrees.read("  ").isMissingNode()).isTrue();
    }

    @Test
    void aKeyTwiceInOneObjectAndTextAfterTheDocumentAreErrors() {
        assertThatThrownBy(() -> JsonTrees.read("{\"id\": 1, \"id\": 2}")).isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'id'");
        assertThatThrownBy(() -> JsonTrees.read("{\"id\": 1}\n{}")).isInstanceOfSatisfying(JsonProcessingException.class, e -> {
            assertThat(e.getOriginalMessage()).startsWith("Trailing token");
            assertThat(e.getLocation().getLineNr()).isEqualTo(2);
            assertThat(e.getLocation().getColumnNr()).isEqualTo(1);
        });
    }
}
