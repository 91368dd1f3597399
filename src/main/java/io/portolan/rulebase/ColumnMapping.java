package io.portolan.rulebase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a rulebase CSV holds what: the default header {@code firewall,name,source,destination,service,action},
 * or a mapping given as {@code --columns source=Src,destination=Dst} or as a small JSON file
 * ({@code {"source": "Source Address", ...}}), or one of the mappings shipped for the CSV exports of firewall managers.
 */
public final class ColumnMapping {

    /** What a column of a rulebase holds. */
    public enum Field {
        /** The firewall the rule is on; without it every rule is on every firewall. */
        FIREWALL,
        /** The rule's name; without it rules are named by row. */
        NAME,
        SOURCE,
        DESTINATION,
        /** Services such as {@code tcp/443}; or give PROTOCOL and PORTS instead. */
        SERVICE,
        PROTOCOL,
        PORTS,
        ACTION,
        /** Optional: a rule whose cell says yes, true or disabled is left out. */
        DISABLED;

        /** The field's name in mappings: {@code firewall}, {@code source}, ... */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The mappings shipped with Portolan, by name; see the README for the documents they follow. */
    public static final List<String> SHIPPED = List.of("panco-firewall", "panco-panorama");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Field, String> headers;
    private final java.util.Set<Field> explicit;
    private final String name;

    private ColumnMapping(Map<Field, String> headers, java.util.Set<Field> explicit, String name) {
        this.headers = headers;
        this.explicit = explicit;
        this.name = name;
    }

    /** The default header: {@code firewall,name,source,destination,service,action}. */
    public static ColumnMapping defaults() {
        Map<Field, String> headers = new EnumMap<>(Field.class);
        for (Field field : List.of(Field.FIREWALL, Field.NAME, Field.SOURCE, Field.DESTINATION, Field.SERVICE, Field.ACTION)) {
            headers.put(field, field.id());
        }
        return new ColumnMapping(headers, java.util.EnumSet.noneOf(Field.class), "the default columns");
    }

    /**
     * A mapping from {@code field=Header,field=Header}; the fields not named keep their default header.
     *
     * @throws IllegalArgumentException naming an unknown field or an item without {@code =}
     */
    public static ColumnMapping parse(String spec) {
        Map<Field, String> headers = new EnumMap<>(defaults().headers);
        java.util.Set<Field> named = java.util.EnumSet.noneOf(Field.class);
        for (String item : spec.split(",")) {
            int equals = item.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("--columns: '" + item.trim() + "' is not field=Header, e.g. source=Source Address");
            }
            Field field = field(item.substring(0, equals).trim(), "--columns");
            headers.put(field, item.substring(equals + 1).trim());
            named.add(field);
        }
        return new ColumnMapping(headers, named, "--columns " + spec);
    }

    /**
     * A mapping from a JSON file ({@code {"source": "Source Address", ...}}), or a shipped mapping by name.
     *
     * @throws RulebaseException naming the file and what is wrong in it
     */
    public static ColumnMapping load(String fileOrName) throws RulebaseException {
        if (SHIPPED.contains(fileOrName)) {
            try (InputStream in = ColumnMapping.class.getResourceAsStream("mappings/" + fileOrName + ".json")) {
                return read(JSON.readTree(in), fileOrName);
            } catch (IOException e) {
                throw new RulebaseException(fileOrName, 0, null, "the shipped mapping cannot be read: " + e.getMessage());
            }
        }
        Path file = Path.of(fileOrName);
        if (!Files.isRegularFile(file)) {
            throw new RulebaseException(fileOrName, 0, null, "no such mapping file, and no shipped mapping has this name ("
                    + String.join(", ", SHIPPED) + ")");
        }
        try {
            return read(JSON.readTree(file.toFile()), fileOrName);
        } catch (IOException e) {
            throw new RulebaseException(fileOrName, 0, null, "not a JSON mapping: " + e.getMessage());
        }
    }

    private static ColumnMapping read(JsonNode root, String name) throws RulebaseException {
        if (root == null || !root.isObject()) {
            throw new RulebaseException(name, 0, null, "a mapping is a JSON object such as {\"source\": \"Source Address\"}");
        }
        Map<Field, String> headers = new EnumMap<>(Field.class);
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (entry.getKey().startsWith("_")) {
                continue;
            }
            try {
                headers.put(field(entry.getKey(), name), entry.getValue().asText());
            } catch (IllegalArgumentException e) {
                throw new RulebaseException(name, 0, null, e.getMessage());
            }
        }
        return new ColumnMapping(headers, headers.keySet(), name);
    }

    private static Field field(String text, String where) {
        for (Field field : Field.values()) {
            if (field.id().equalsIgnoreCase(text)) {
                return field;
            }
        }
        throw new IllegalArgumentException(where + ": unknown field '" + text + "'; the fields are firewall, name, source,"
                + " destination, service, protocol, ports, action, disabled");
    }

    /** The header of the column that holds the field, or null when the mapping names none. */
    public String header(Field field) {
        return headers.get(field);
    }

    /** True when the mapping names the field's column itself, so that a file without that column is an error. */
    public boolean explicit(Field field) {
        return explicit.contains(field);
    }

    /** What the mapping is: {@code the default columns}, a file or a shipped name. */
    public String name() {
        return name;
    }
}
