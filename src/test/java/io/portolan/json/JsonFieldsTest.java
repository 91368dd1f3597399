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

    @Test
    void boolIsFalseWhenMissingAndReportsAValueThatIsNotABoolean() {
        JsonNode node = json("{\"ha\": true, \"optional\": \"yes\"}");

        assertThat(fields.bool(node, "ha", "$")).isTrue();
        assertThat(fields.bool(node, "missing", "$")).isFalse();
        assertThat(fields.bool(node, "optional", "$.rules[0]")).isFalse();
        assertThat(problems).containsExactly("$.rules[0].optional: \"optional\" must be true or false");
    }

    @Test
    void numberReportsAMissingFieldAndAValueThatIsNotAFiniteNumber() {
        JsonNode node = json("{\"x\": 12.5, \"y\": \"12\"}");

        assertThat(fields.number(node, "x", "$.bounds")).isEqualTo(12.5);
        assertThat(fields.number(node, "y", "$.bounds")).isNull();
        assertThat(fields.number(node, "width", "$.bounds")).isNull();
        assertThat(problems).containsExactly("$.bounds.y: \"y\" must be a number", "$.bounds.width: missing \"width\"");
    }

    @Test
    void objectReportsAMissingNodeAndOneThatIsNotAnObject() {
        JsonNode node = json("{\"position\": [1, 2]}");

        assertThat(fields.object(node, "$")).isTrue();
        assertThat(fields.object(node.path("bounds"), "$.bounds")).isFalse();
        assertThat(fields.object(node.get("position"), "$.position")).isFalse();
        assertThat(problems).containsExactly("$.bounds: missing", "$.position: must be a JSON object");
    }

    @Test
    void aWholeNumberIsAnIntegralNumberWithinTheBounds() {
        JsonNode node = json("{\"small\": 5, \"half\": 1.5, \"text\": \"5\", \"huge\": 18446744073709551621}");

        assertThat(JsonFields.isWholeNumber(node.get("small"), 0, 255)).isTrue();
        assertThat(JsonFields.isWholeNumber(node.get("small"), 6, 255)).isFalse();
        assertThat(JsonFields.isWholeNumber(node.get("half"), 0, 255)).isFalse();
        assertThat(JsonFields.isWholeNumber(node.get("text"), 0, 255)).isFalse();
        assertThat(JsonFields.isWholeNumber(node.get("huge"), 0, Integer.MAX_VALUE)).isFalse();
        assertThat(JsonFields.isWholeNumber(null, 0, 255)).isFalse();
    }

    @Test
    void namedReportsATextThatNamesNothing() {
        java.util.function.Function<String, Integer> digit = text -> text.matches("[0-9]") ? Integer.valueOf(text) : null;

        assertThat(fields.named("7", digit, "$.a", text -> "not a digit: " + text)).isEqualTo(7);
        assertThat(fields.named(null, digit, "$.b", text -> "not a digit: " + text)).isNull();
        assertThat(fields.named("x", digit, "$.c", text -> "not a digit: " + text)).isNull();
        assertThat(problems).containsExactly("$.c: not a digit: x");
    }

    @Test
    void objectsReadsEachObjectOfAnArrayWithItsPathAndReportsTheRest() {
        JsonNode list = json("[{\"id\": \"a\"}, 7, {\"id\": \"b\", \"colour\": \"red\"}, {}]");

        List<String> ids = fields.objects(list, "$.zones", java.util.Set.of("id"),
                (item, path) -> java.util.Optional.ofNullable(item.has("id") ? path + "=" + item.get("id").asText() : null));

        assertThat(ids).containsExactly("$.zones[0]=a", "$.zones[2]=b");
        assertThat(problems).containsExactly("$.zones[1]: must be a JSON object",
                "$.zones[2].colour: unknown field \"colour\"; allowed here: id");
    }
}
