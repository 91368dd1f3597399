package io.portolan.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reading helpers shared by the catalog and design file readers: each reports what is wrong to a sink,
 * with the JSON path, and returns something usable so that reading goes on and every problem is found.
 */
public final class JsonFields {

    /** Where the helpers report a problem: the JSON path and what is wrong there. */
    @FunctionalInterface
    public interface Problems {
        void report(String path, String message);
    }

    /** What some Windows editors put before UTF-8 text; JSON does not allow it, so it is skipped. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Problems problems;

    /** The JSON of a whole file, read strictly; a leading byte order mark is skipped. */
    public static JsonNode readDocument(String text) throws JsonProcessingException {
        try {
            return JsonTrees.read(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen reading a string", e);
        }
    }

    /** Where a file's JSON could not be read: {@code line 12, column 5}, or {@code $} when Jackson does not say. */
    public static String errorPlace(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        return where == null ? "$" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    /**
     * Why a file's JSON could not be read, in a user's words where Jackson's would puzzle one.
     *
     * @param kind what the file holds, for the message: {@code design}, {@code catalog}
     */
    public static String errorMessage(JsonProcessingException e, String kind) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (is it truncated?)";
        }
        if (message.startsWith("Trailing token")) {
            return "more text follows the " + kind + "'s closing '}' (two " + kind + "s pasted together?)";
        }
        return "not valid JSON: " + message;
    }

    public JsonFields(Problems problems) {
        this.problems = problems;
    }

    /** The array in the field; an empty array when it is missing or null, or (reported) not an array. */
    public JsonNode array(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            problems.report(path + "." + field, "must be an array");
            return JsonNodeFactory.instance.arrayNode();
        }
        return value;
    }

    /**
     * What {@code read} makes of each item of the array that is an object, given the item and its path
     * ({@code $.zones[2]}) once its fields are checked; an item that is not an object is reported and skipped,
     * and so is one {@code read} gives nothing for.
     */
    public <T> List<T> objects(JsonNode list, String path, Set<String> allowed, BiFunction<JsonNode, String, Optional<T>> read) {
        List<T> values = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonNode item = list.get(i);
            if (object(item, itemPath)) {
                checkFields(item, itemPath, allowed);
                read.apply(item, itemPath).ifPresent(values::add);
            }
        }
        return values;
    }

    /** The trimmed strings of the array in the field; items that are not non-empty strings are reported and skipped. */
    public List<String> strings(JsonNode node, String field, String path) {
        JsonNode list = array(node, field, path);
        List<String> values = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                problems.report(path + "." + field + "[" + i + "]", "must be a non-empty string");
            } else {
                values.add(item.asText().trim());
            }
        }
        return values;
    }

    /**
     * The field's string as written, or null when the field is missing or null. A value that is not a string
     * is reported ({@code "name" must be a string}) and read as null.
     */
    public String text(JsonNode node, String field, String path) {
        JsonNode value = present(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problems.report(path + "." + field, "\"" + field + "\" must be a string");
            return null;
        }
        return value.asText();
    }

    /** Like {@link #text}, but empty, not null, when the field is missing or null. */
    public String textOrEmpty(JsonNode node, String field, String path) {
        return present(node, field) == null ? "" : text(node, field, path);
    }

    /**
     * The field's string as written. A missing field, a value that is not a string and a blank string are
     * reported ({@code missing "name"}, {@code "name" must not be empty}) and read as null.
     */
    public String requiredText(JsonNode node, String field, String path) {
        if (reportedMissing(node, field, path)) {
            return null;
        }
        String value = text(node, field, path);
        if (value != null && value.isBlank()) {
            problems.report(path + "." + field, "\"" + field + "\" must not be empty");
            return null;
        }
        return value;
    }

    /**
     * The field's string without the blanks around it, or null when the field is missing or null. A value
     * that is not a string with some text in it is reported ({@code "name" must be a non-empty string}) and read as null.
     */
    public String trimmedText(JsonNode node, String field, String path) {
        JsonNode value = present(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.report(path + "." + field, "\"" + field + "\" must be a non-empty string");
            return null;
        }
        return value.asText().trim();
    }

    /** Like {@link #trimmedText}, but a missing or null field is reported too ({@code missing "name"}). */
    public String requiredTrimmedText(JsonNode node, String field, String path) {
        return reportedMissing(node, field, path) ? null : trimmedText(node, field, path);
    }

    /** The field's boolean; false when the field is missing or null, and (reported) when it is not a boolean. */
    public boolean bool(JsonNode node, String field, String path) {
        JsonNode value = present(node, field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.report(path + "." + field, "\"" + field + "\" must be true or false");
            return false;
        }
        return value.asBoolean();
    }

    /** The field's finite number; a missing field or another value is reported and read as null. */
    public Double number(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
            problems.report(path + "." + field, value == null ? "missing \"" + field + "\"" : "\"" + field + "\" must be a number");
            return null;
        }
        return value.asDouble();
    }

    /** True when the node is a JSON object; reports it as missing or as not an object otherwise. */
    public boolean object(JsonNode node, String path) {
        if (node == null || node.isMissingNode()) {
            problems.report(path, "missing");
            return false;
        }
        if (!node.isObject()) {
            problems.report(path, "must be a JSON object");
            return false;
        }
        return true;
    }

    /** True when the value is a whole number from min to max; false for null, text, 1.5 or a number past an int. */
    public static boolean isWholeNumber(JsonNode value, int min, int max) {
        return value != null && value.isIntegralNumber() && value.canConvertToInt() && value.asInt() >= min && value.asInt() <= max;
    }

    /**
     * What the text names, through {@code parse}, or null for null text. A text that names nothing is reported at
     * the place with the message {@code unknown} makes of it.
     */
    public <T> T named(String text, Function<String, T> parse, String place, Function<String, String> unknown) {
        if (text == null) {
            return null;
        }
        T value = parse.apply(text);
        if (value == null) {
            problems.report(place, unknown.apply(text));
        }
        return value;
    }

    /** Reports every field of the object that is not allowed, naming the ones that are (a misspelt field). */
    public void checkFields(JsonNode node, String path, Set<String> allowed) {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.report(path + "." + name, "unknown field \"" + name + "\"; allowed here: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /** True, and reported ({@code missing "name"}), when the field is missing or null. */
    private boolean reportedMissing(JsonNode node, String field, String path) {
        if (present(node, field) != null) {
            return false;
        }
        problems.report(path + "." + field, "missing \"" + field + "\"");
        return true;
    }

    /** The field's value, or null when the field is missing or JSON null. */
    private static JsonNode present(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
