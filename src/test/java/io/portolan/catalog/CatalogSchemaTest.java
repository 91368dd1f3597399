package io.portolan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema beside the catalog files describes them: it accepts every shipped file. */
class CatalogSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FOLDER = Path.of("catalog");
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(FOLDER.resolve("catalog.schema.json").toFile()));
    }

    static Stream<Path> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".schema.json"))
                    .sorted().toList();
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void schemaAcceptsShippedFile(Path file) throws IOException {
        Set<ValidationMessage> messages = schema.validate(JSON.readTree(file.toFile()));

        assertThat(messages).as(file.toString()).isEmpty();
    }

    @Test
    void schemaRejectsAPortWordAndAMissingReference() throws IOException {
        JsonNode broken = JSON.readTree("""
                {"vendor": "X", "rules": [{"id": "x.r", "from": "x.a", "to": "x.b", "protocol": "TCP",
                  "ports": "80, https", "purpose": "p"}]}""");

        Set<ValidationMessage> messages = schema.validate(broken);

        assertThat(messages).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .contains("$.rules[0].ports", "$.rules[0]");
    }

    @Test
    void schemaAcceptsAddressRolesRequiresTemporaryAndAPortSetting() throws IOException {
        JsonNode file = JSON.readTree("""
                {"vendor": "X",
                 "types": [{"id": "x.a", "name": "A", "product": "X", "category": "broker", "zone": "INTERNAL",
                            "addresses": ["management", "members"],
                            "settings": [{"id": "peer-port", "name": "Peer port", "kind": "port", "default": 93}]}],
                 "rules": [{"id": "x.r", "from": "x.a", "fromAddress": "members", "to": "x.a", "toAddress": "management",
                            "protocol": "TCP", "portSetting": "peer-port", "purpose": "p", "requires": ["!tag:b", "x.c"],
                            "temporary": true, "reference": {"document": "d", "section": "s"}}]}""");

        assertThat(schema.validate(file)).isEmpty();
    }

    @Test
    void schemaRejectsMisspeltAddressFieldsAndRoles() throws IOException {
        JsonNode broken = JSON.readTree("""
                {"vendor": "X",
                 "types": [{"id": "x.a", "name": "A", "product": "X", "category": "broker", "zone": "INTERNAL",
                            "addresses": ["outbound"]}],
                 "rules": [{"id": "x.r", "from": "x.a", "fromAddress": "nsip", "to": "x.a", "toAdress": "members",
                            "protocol": "TCP", "ports": "80", "portSetting": "peer-port", "purpose": "p",
                            "requires": ["!!x.c"], "reference": {"document": "d", "section": "s"}}]}""");

        Set<ValidationMessage> messages = schema.validate(broken);

        assertThat(messages).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .contains("$.types[0].addresses[0]", "$.rules[0].fromAddress", "$.rules[0].requires[0]", "$.rules[0]");
        assertThat(messages).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("toAdress"));
    }

    @Test
    void schemaAcceptsASequenceAndRejectsAStepWithoutRulesOrAKnownKind() throws IOException {
        JsonNode file = JSON.readTree("""
                {"vendor": "X",
                 "sequences": [{"id": "x.launch", "name": "Launch", "kind": "connection", "requires": ["x.a", "!tag:b"],
                                "steps": [{"title": "T", "narrative": "N", "rules": ["x.r"], "from": "tag:c", "place": ["x.a"],
                                           "optional": true, "reference": {"document": "d", "section": "s"}}]}]}""");
        JsonNode broken = JSON.readTree("""
                {"vendor": "X",
                 "sequences": [{"id": "x.launch", "name": "Launch", "kind": "logon",
                                "steps": [{"title": "T", "narrative": "N", "place": ["x.a"],
                                           "reference": {"document": "d", "section": "s"}}]}]}""");

        assertThat(schema.validate(file)).isEmpty();
        assertThat(schema.validate(broken)).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .contains("$.sequences[0].kind", "$.sequences[0].steps[0]");
    }
}
