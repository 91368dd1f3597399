package io.portolan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

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

    private final Problems problems;

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
}
