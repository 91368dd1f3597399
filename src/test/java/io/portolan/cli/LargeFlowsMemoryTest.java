package io.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.portolan.app.Launcher;
import io.portolan.catalog.CatalogLoader;
import io.portolan.io.design.DesignFile;
import io.portolan.testing.ChildJvm;
import io.portolan.testing.GeneratedDesigns;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing the flows of a design of 20,000 nodes fits in a heap of 512 MB, as JSON, CSV or a table: the flows are
 * written as they are read out of the analysis, never held as text. Each run is a fresh JVM with {@code -Xmx512m},
 * whose output goes to a file.
 */
class LargeFlowsMemoryTest {

    private static final int NODES = 20_000;
    private static final List<String> SMALL_HEAP = List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError");

    @TempDir
    static Path folder;
    private static Path design;

    @BeforeAll
    static void writeALargeDesign() throws Exception {
        design = folder.resolve("large.portolan");
        DesignFile.write(design, GeneratedDesigns.generate(CatalogLoader.loadBuiltIn(), NODES));
    }

    private static Path flows(String format) throws Exception {
        Path out = folder.resolve("flows." + format);
        ChildJvm run = ChildJvm.run(SMALL_HEAP, Launcher.class.getName(),
                List.of("flows", design.toString(), "--format", format), folder, 5, out);
        assertThat(run.status()).as("portolan flows --format %s in 512 MB: %s", format, run.err()).isZero();
        return out;
    }

    @Test
    void jsonOfTwentyThousandNodesIsWrittenWithinHalfAGigabyte() throws Exception {
        Path out = flows("json");

        int flows = 0;
        boolean warnings = false;
        try (JsonParser json = new JsonFactory().createParser(out.toFile())) {
            assertThat(json.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                assertThat(json.nextToken()).isEqualTo(JsonToken.START_ARRAY);
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    flows += "flows".equals(field) ? 1 : 0;
                    json.skipChildren();
                }
                warnings |= "warnings".equals(field);
            }
        }
        assertThat(flows).as("a VDA at least registers with its broker").isGreaterThan(NODES);
        assertThat(warnings).isTrue();
    }

    @Test
    void csvOfTwentyThousandNodesIsWrittenWithinHalfAGigabyte() throws Exception {
        Path out = flows("csv");

        long lines;
        try (BufferedReader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            assertThat(reader.readLine()).startsWith("source id,");
            lines = reader.lines().count();
        }
        assertThat(lines).isGreaterThan(NODES);
    }

    @Test
    void tableOfTwentyThousandNodesIsPrintedWithinHalfAGigabyte() throws Exception {
        Path out = flows("table");

        try (BufferedReader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            String count = reader.readLine();
            assertThat(count).matches("\\d+ flows, \\d+ leaving their zone");
            assertThat(reader.readLine()).startsWith("SOURCE ");
            assertThat(reader.readLine()).startsWith("------");
            assertThat(reader.lines().count()).isEqualTo(Long.parseLong(count.substring(0, count.indexOf(' '))));
        }
    }
}
