package io.portolan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private final List<String> problems = new ArrayList<>();
    private final JsonFields fields = new JsonFields((path, message) -> problems.add(path + ": " + message));

    private static JsonNode json(String text) {
        try {
            return JsonFields.readDocument(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void textIsReadAsWrittenAndIsNullWhenMissingOrNull() {
        JsonNode node = json("{\"name\": \" Gateway \", \"blank\": \" \", \"none\": null}");

        assertThat(fields.text(node, "name", "$")).isEqualTo(" Gateway ");
        assertThat(fields.text(node, "blank", "$")).isEqualTo(" ");
        assertThat(fields.text(node, "none", "$")).isNull();
        assertThat(fields.text(node, "missing", "$")).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void textOrEmptyIsEmptyWhenMissingOrNull() {
        JsonNode node = json("{\"none\": null}");

        assertThat(fields.textOrEmpty(node, "none", "$")).isEmpty();
        assertThat(fields.textOrEmpty(node, "missing", "$")).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void textThatIsNotAStringIsReportedAndReadAsNull() {
        JsonNode node = json("{\"host\": 12}");

        assertThat(fields.text(node, "host", "$.nodes[0]")).isNull();
        assertThat(fields.textOrEmpty(node, "host", "$.nodes[0]")).isNull();
        assertThat(problems).containsExactly("$.nodes[0].host: \"host\" must be a string", "$.nodes[0].host: \"host\" must be a string");
    }

    @Test
    void requiredTextReportsAMissingFieldAndABlankOne() {
        JsonNode node = json("{\"name\": \"  \", \"kind\": \" DMZ \"}");

        assertThat(fields.requiredText(node, "id", "$.zones[1]")).isNull();
        assertThat(fields.requiredText(node, "name", "$.zones[1]")).isNull();
        assertThat(fields.requiredText(node, "kind", "$.zones[1]")).isEqualTo(" DMZ ");
        assertThat(problems).containsExactly("$.zones[1].id: missing \"id\"", "$.zones[1].name: \"name\" must not be empty");
    }

    @Test
    void trimmedTextDropsTheBlanksAroundAndIsNullWhenMissing() {
        JsonNode node = json("{\"icon\": \" gateway \", \"none\": null}");

        assertThat(fields.trimmedText(node, "icon", "$")).isEqualTo("gateway");
        assertThat(fields.trimmedText(node, "none", "$")).isNull();
        assertThat(fields.trimmedText(node, "missing", "$")).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void trimmedTextReportsABlankStringAndAValueThatIsNotAString() {
        JsonNode node = json("{\"icon\": \" \", \"note\": true}");

        assertThat(fields.trimmedText(node, "icon", "$.types[0]")).isNull();
        assertThat(fields.trimmedText(node, "note", "$.types[0]")).isNull();
        assertThat(problems).containsExactly("$.types[0].icon: \"icon\" must be a non-empty string",
                "$.types[0].note: \"note\" must be a non-empty string");
    }

    @Test
    void requiredTrimmedTextReportsAMissingOrNullField() {
        JsonNode node = json("{\"name\": null, \"id\": \" t.server \"}");

        assertThat(fields.requiredTrimmedText(node, "name", "$.types[0]")).isNull();
        assertThat(fields.requiredTrimmedText(node, "id", "$.types[0]")).isEqualTo("t.server");
        assertThat(problems).containsExactly("$.types[0].name: missing \"name\"");
    }
}
