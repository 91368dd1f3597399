package io.portolan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portolan.catalog.CatalogLoader.Source;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Connection sequences are catalog data: read with their steps, and every step checked against the rules and types. */
class SequenceLoaderTest {

    private static final String CATALOG = """
            "documents": [{"id": "doc", "title": "Test ports"}, {"id": "other", "title": "Other ports"}],
            "types": [
              {"id": "t.client", "name": "Client", "product": "P", "category": "client", "zone": "INTERNET", "tags": ["client"]},
              {"id": "t.gateway", "name": "Gateway", "product": "P", "category": "gateway", "zone": "DMZ"},
              {"id": "t.server", "name": "Server", "product": "P", "category": "workload", "zone": "INTERNAL"}
            ],
            "rules": [
              {"id": "t.client-gateway", "from": "tag:client", "to": "t.gateway", "protocol": "TCP", "ports": "443",
               "purpose": "p", "reference": {"document": "doc", "section": "Gateway", "note": "Implied."}},
              {"id": "t.hdx", "from": "t.gateway", "to": "t.server", "protocol": "TCP/UDP", "ports": "1494",
               "purpose": "p", "reference": {"document": "doc", "section": "Server"}},
              {"id": "t.local", "from": "t.server", "to": "t.server", "protocol": "TCP", "ports": "9001", "local": true,
               "purpose": "p", "reference": {"document": "other", "section": "Local"}}
            ]""";

    private static final String STEP = """
            {"title": "HDX", "narrative": "The gateway proxies HDX.", "rules": ["t.hdx"], "place": ["t.server"],
             "reference": {"document": "doc", "section": "Server"}}""";

    private static Source file(String name, String sequences) {
        return new Source(name, "{\"vendor\": \"Test\", " + CATALOG + ", \"sequences\": [" + sequences + "]}");
    }

    private static String sequence(String fields, String steps) {
        return "{\"id\": \"t.launch\", \"name\": \"Launch\", \"kind\": \"connection\"" + fields + ", \"steps\": [" + steps + "]}";
    }

    private static List<CatalogProblem> problemsOf(Source... sources) {
        try {
            CatalogLoader.load(List.of(sources));
        } catch (CatalogException e) {
            return e.problems();
        }
        throw new AssertionError("the catalog loaded without a problem");
    }

    /** The JSON object text with the fields of another set over its own. */
    private static String merged(String base, String overrides) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode target = (ObjectNode) mapper.readTree(base);
            target.setAll((ObjectNode) mapper.readTree(overrides));
            return mapper.writeValueAsString(target);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void sequenceIsReadWithItsStepsInOrderAndTheFilesVendor() {
        String first = """
                {"title": "Client to gateway", "narrative": "The client opens HTTPS.", "rules": ["t.client-gateway"],
                 "from": "tag:client", "place": ["t.gateway"], "optional": true,
                 "reference": {"document": "doc", "section": "Gateway"}}""";
        Catalog catalog = CatalogLoader.load(List.of(file("a.json", sequence(", \"requires\": [\"t.gateway\", \"!t.server\"],"
                + " \"description\": \"A user connects.\"", first + ", " + STEP))));

        ConnectionSequence sequence = catalog.sequence("t.launch").orElseThrow();
        assertThat(sequence.name()).isEqualTo("Launch");
        assertThat(sequence.vendor()).isEqualTo("Test");
        assertThat(sequence.kind()).isEqualTo(SequenceKind.CONNECTION);
        assertThat(sequence.description()).isEqualTo("A user connects.");
        assertThat(sequence.requires()).containsExactly("t.gateway", "!t.server");
        assertThat(sequence.source()).isEqualTo("a.json");
        assertThat(sequence.steps()).extracting(SequenceStep::title).containsExactly("Client to gateway", "HDX");
        SequenceStep step = sequence.steps().get(0);
        assertThat(step.from()).isEqualTo(new TypeSelector("tag:client"));
        assertThat(step.to()).isNull();
        assertThat(step.optional()).isTrue();
        assertThat(step.reference()).isEqualTo(new Reference("Test ports", "Gateway", null));
    }

    @Test
    void aTcpUdpRowNamedByItsIdStandsForBothItsRules() {
        Catalog catalog = CatalogLoader.load(List.of(file("a.json", sequence("", STEP))));

        assertThat(catalog.sequences()).singleElement().satisfies(s ->
                assertThat(s.steps().get(0).ruleIds()).containsExactly("t.hdx-tcp", "t.hdx-udp"));
    }

    @Test
    void aFileWithoutSequencesHasNone() {
        Catalog catalog = CatalogLoader.load(List.of(new Source("a.json", "{\"vendor\": \"Test\", " + CATALOG + "}")));

        assertThat(catalog.sequences()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown rule            | "rules": ["t.nope"]                      | $.sequences[0].steps[0].rules[0]   | unknown rule id 't.nope'
            local rule              | "rules": ["t.local"], "reference": {"document": "other", "section": "Local"} | $.sequences[0].steps[0].rules[0] | is local
            unknown place           | "place": ["t.nope"]                      | $.sequences[0].steps[0].place[0]   | unknown component type 't.nope'
            no place                | "place": []                              | $.sequences[0].steps[0].place      | names the types to place
            no rules                | "rules": []                              | $.sequences[0].steps[0].rules      | at least one rule id
            uncited reference       | "reference": {"document": "doc", "section": "Gateway"} | $.sequences[0].steps[0].reference | "Server" of Test ports
            unknown document        | "reference": {"document": "nope", "section": "Server"} | $.sequences[0].steps[0].reference.document | unknown document 'nope'
            narrowing no rule meets | "from": "t.server"                       | $.sequences[0].steps[0].from       | none of the step's rules has an end of t.server
            unknown narrowing tag   | "to": "tag:nope"                         | $.sequences[0].steps[0].to         | unknown tag 'nope'
            misspelt field          | "narative": "x"                          | $.sequences[0].steps[0].narative   | unknown field "narative"
            """)
    void brokenStepIsReportedWithFileAndPath(String what, String override, String path, String message) {
        assertThat(problemsOf(file("a.json", sequence("", merged(STEP, "{" + override + "}"))))).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("a.json");
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(message);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown kind     | "kind": "launch"                    | $.sequences[0].kind        | use connection or background
            unknown requires | "requires": ["tag:nope"]            | $.sequences[0].requires[0] | unknown tag 'nope'
            bad requires     | "requires": ["Gateway"]             | $.sequences[0].requires[0] | neither a type id nor a tag
            bad id           | "id": "Launch"                      | $.sequences[0].id          | not a valid id
            """)
    void brokenSequenceIsReportedWithFileAndPath(String what, String fields, String path, String message) {
        assertThat(problemsOf(file("a.json", merged(sequence("", STEP), "{" + fields + "}")))).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void aSequenceWithoutStepsIsReported() {
        assertThat(problemsOf(file("a.json", sequence("", "")))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.sequences[0].steps");
            assertThat(p.message()).isEqualTo("a sequence needs at least one step");
        });
    }

    @Test
    void duplicateSequenceIdsAcrossFilesAreReportedAtTheSecond() {
        Source second = new Source("b.json", "{\"vendor\": \"Other\", \"sequences\": [" + sequence("", STEP) + "]}");

        assertThat(problemsOf(file("a.json", sequence("", STEP)), second)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b.json");
            assertThat(p.path()).isEqualTo("$.sequences[0].id");
            assertThat(p.message()).startsWith("duplicate sequence id 't.launch' (first in a.json $.sequences[0])");
        });
    }

    @Test
    void aStepMayCiteARuleOfAnotherFile() {
        Source other = new Source("b.json", "{\"vendor\": \"Other\", \"sequences\": [" + sequence("", STEP) + "]}");

        Catalog catalog = CatalogLoader.load(List.of(new Source("a.json", "{\"vendor\": \"Test\", " + CATALOG + "}"), other));

        assertThat(catalog.sequence("t.launch")).get().extracting(ConnectionSequence::vendor).isEqualTo("Other");
    }
}
