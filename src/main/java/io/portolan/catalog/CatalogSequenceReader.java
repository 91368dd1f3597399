package io.portolan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.catalog.CatalogReader.Located;
import io.portolan.json.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the connection sequences of one catalog file's JSON for {@link CatalogReader}: each with its steps, their
 * narratives, rule ids and references. Whether the rule and type ids exist is checked once every file is read
 * ({@link SequenceChecks}); problems go to the catalog reader's list, with their JSON path.
 */
final class CatalogSequenceReader {

    private static final Set<String> SEQUENCE_FIELDS = Set.of("id", "name", "vendor", "kind", "description", "requires",
            "steps");
    private static final Set<String> STEP_FIELDS = Set.of("title", "narrative", "rules", "from", "to", "place", "optional",
            "reference");

    private final String file;
    private final String fileVendor;
    private final JsonFields fields;
    private final JsonFields.Problems problems;

    CatalogSequenceReader(String file, String fileVendor, JsonFields fields, JsonFields.Problems problems) {
        this.file = file;
        this.fileVendor = fileVendor;
        this.fields = fields;
        this.problems = problems;
    }

    /** Reads the {@code sequences} array of the file's JSON; a file without one has none. */
    List<Located<ConnectionSequence>> readSequences(JsonNode root, Map<String, Located<String>> documents,
                                                    CatalogRuleReader references) {
        List<Located<ConnectionSequence>> sequences = new ArrayList<>();
        if (!root.isObject()) {
            return sequences;
        }
        JsonNode list = fields.array(root, "sequences", "$");
        for (int i = 0; i < list.size(); i++) {
            String path = "$.sequences[" + i + "]";
            JsonNode node = list.get(i);
            if (!fields.object(node, path)) {
                continue;
            }
            fields.checkFields(node, path, SEQUENCE_FIELDS);
            ConnectionSequence sequence = readSequence(node, path, documents, references);
            if (sequence != null) {
                sequences.add(new Located<>(sequence, file, path));
            }
        }
        return sequences;
    }

    private ConnectionSequence readSequence(JsonNode node, String path, Map<String, Located<String>> documents,
                                            CatalogRuleReader references) {
        String id = fields.requiredTrimmedText(node, "id", path);
        if (id != null && !CatalogReader.ID.matcher(id).matches()) {
            problem(path + ".id", "'" + id + "' is not a valid id: use lower-case words joined by dots, e.g. citrix.gateway-launch");
        }
        String name = fields.requiredTrimmedText(node, "name", path);
        String vendor = fileVendor == null ? fields.requiredTrimmedText(node, "vendor", path) : fields.trimmedText(node, "vendor", path);
        SequenceKind kind = fields.named(fields.requiredTrimmedText(node, "kind", path), SequenceKind::parse, path + ".kind",
                text -> "unknown kind of sequence '" + text + "'; use connection or background");
        String description = fields.trimmedText(node, "description", path);
        List<String> requires = selectors(node, "requires", path, true);
        List<SequenceStep> steps = readSteps(node, path, documents, references);
        if (id == null || name == null || vendor == null && fileVendor == null || kind == null || steps == null) {
            return null;
        }
        return new ConnectionSequence(id, name, vendor != null ? vendor : fileVendor, kind, description, requires, steps, file);
    }

    /** The steps, or null when one of them could not be read (the problem is reported). */
    private List<SequenceStep> readSteps(JsonNode sequence, String sequencePath, Map<String, Located<String>> documents,
                                         CatalogRuleReader references) {
        JsonNode list = fields.array(sequence, "steps", sequencePath);
        if (list.isEmpty()) {
            problem(sequencePath + ".steps", "a sequence needs at least one step");
            return null;
        }
        List<SequenceStep> steps = new ArrayList<>(list.size());
        boolean complete = true;
        for (int i = 0; i < list.size(); i++) {
            String path = sequencePath + ".steps[" + i + "]";
            JsonNode node = list.get(i);
            if (!fields.object(node, path)) {
                complete = false;
                continue;
            }
            fields.checkFields(node, path, STEP_FIELDS);
            SequenceStep step = readStep(node, path, documents, references);
            complete &= step != null;
            if (step != null) {
                steps.add(step);
            }
        }
        return complete ? steps : null;
    }

    private SequenceStep readStep(JsonNode node, String path, Map<String, Located<String>> documents,
                                  CatalogRuleReader references) {
        String title = fields.requiredTrimmedText(node, "title", path);
        String narrative = fields.requiredTrimmedText(node, "narrative", path);
        List<String> rules = fields.strings(node, "rules", path);
        JsonNode written = node.get("rules");
        if (rules.isEmpty() && written != null && written.isArray() && !written.isEmpty()) {
            rules = null;
        } else if (rules.isEmpty()) {
            problem(path + ".rules", "a step names at least one rule id whose flows carry it");
        }
        TypeSelector from = selector(node, "from", path);
        TypeSelector to = selector(node, "to", path);
        List<String> place = selectors(node, "place", path, false);
        if (place.isEmpty()) {
            problem(path + ".place", "a step names the types to place when a design cannot carry it, e.g. [\"citrix.storefront\"]");
        }
        boolean optional = fields.bool(node, "optional", path);
        Reference reference = references.reference(node, path, documents);
        if (title == null || narrative == null || rules == null || rules.isEmpty() || reference == null) {
            return null;
        }
        return new SequenceStep(title, narrative, rules, from, to, place, optional, reference);
    }

    private TypeSelector selector(JsonNode node, String field, String path) {
        String text = fields.trimmedText(node, field, path);
        if (text == null) {
            return null;
        }
        if (!validSelector(text)) {
            problem(path + "." + field, "'" + text + "' is neither a type id (citrix.vda) nor a tag (tag:citrix-client)");
            return null;
        }
        return new TypeSelector(text);
    }

    /** The type ids of an array field; for {@code requires}, type ids or tags, each with an optional {@code !}. */
    private List<String> selectors(JsonNode node, String field, String path, boolean requires) {
        List<String> values = fields.strings(node, field, path);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            boolean valid = requires ? validSelector(PortRule.requiredSelector(value).text())
                    : CatalogReader.ID.matcher(value).matches();
            if (!valid) {
                problem(path + "." + field + "[" + i + "]", requires
                        ? "'" + value + "' is neither a type id nor a tag (tag:NAME), with ! in front for one the design must not hold"
                        : "'" + value + "' is not a type id, e.g. citrix.storefront");
            }
        }
        return values;
    }

    private static boolean validSelector(String text) {
        return text.startsWith(TypeSelector.TAG_PREFIX)
                ? CatalogReader.NAME.matcher(text.substring(TypeSelector.TAG_PREFIX.length())).matches()
                : CatalogReader.ID.matcher(text).matches();
    }

    private void problem(String path, String message) {
        problems.report(path, message);
    }
}
