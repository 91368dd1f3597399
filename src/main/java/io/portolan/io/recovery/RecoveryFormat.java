package io.portolan.io.recovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.portolan.io.design.DesignFile;
import io.portolan.json.JsonFields;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The text of a recovery file: a JSON object with who wrote it, what the design is called, where it belongs, when it
 * was last changed and how many changes it holds, and the design itself exactly as its design file would hold it.
 */
final class RecoveryFormat {

    /** The value of the {@code format} field. */
    static final String FORMAT = "portolan-recovery";
    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecoveryFormat() {
    }

    /** The bytes of the file: UTF-8 JSON, ending with a newline. */
    static byte[] write(RecoveryRecord record, Owner owner) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("pid", owner.pid());
        root.put("started", owner.started() == null ? null : owner.started().toString());
        root.put("name", record.name());
        root.put("original", record.original() == null ? null : record.original().toAbsolutePath().toString());
        root.put("lastChanged", record.lastChanged().toString());
        root.put("changes", record.changes());
        root.putRawValue("design", new RawValue(DesignFile.toJson(record.design()).strip()));
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recovery record cannot fail to serialise", e);
        }
    }

    /**
     * What a recovery file says about itself, and its design as text; fields that cannot be read are left empty, so
     * that a damaged file is still offered by its name.
     *
     * @throws JsonProcessingException when the text is not a JSON object
     */
    static Header read(String text) throws JsonProcessingException {
        JsonNode root = JsonFields.readDocument(text);
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a Portolan recovery file");
        }
        Owner owner = new Owner(root.path("pid").asLong(-1), instant(root.path("started").asText(null)));
        String design = root.path("design").isObject() ? JSON.writeValueAsString(root.get("design")) : null;
        return new Header(owner, root.path("name").asText(""), path(root.path("original").asText(null)),
                instant(root.path("lastChanged").asText(null)), root.path("changes").asInt(0), design);
    }

    /**
     * The readable part of a recovery file.
     *
     * @param original the design's own file, or null
     * @param lastChanged null when the file does not say
     * @param design the design's JSON text, or null when the file holds none
     */
    record Header(Owner owner, String name, Path original, Instant lastChanged, int changes, String design) {
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Path path(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
