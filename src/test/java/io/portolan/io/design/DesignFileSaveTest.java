package io.portolan.io.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.io.AtomicFiles;
import io.portolan.io.OutputFileException;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.FlowKey;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Saving designs: whole or not at all, loaded back equal, and byte for byte the same every time. */
class DesignFileSaveTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    @TempDir
    Path folder;

    static Stream<String> templates() {
        return Templates.list().stream().map(Templates.Template::name);
    }

    private static Design template(String name) throws Templates.UnknownTemplateException {
        return Templates.load(name, CATALOG);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void savedTemplateLoadsBackEqual(String name) throws Exception {
        Path file = folder.resolve(name + DesignFile.EXTENSION);

        DesignFile.write(file, template(name));

        assertThat(DesignFile.read(file, CATALOG)).isEqualTo(template(name));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void savingTwiceWritesIdenticalBytes(String name) throws Exception {
        Path first = folder.resolve("first.portolan");
        Path second = folder.resolve("second.portolan");

        DesignFile.write(first, template(name));
        DesignFile.write(second, DesignFile.read(first, CATALOG));

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void savedJsonKeepsItsKeysInAFixedOrder() throws Exception {
        Path file = folder.resolve("order.portolan");
        Design design = template("hp-anyware");
        String first = design.nodes().get(0).id();
        String second = design.nodes().get(1).id();
        DesignFile.write(file, design.withOverrides(new FlowOverrides(List.of(new FlowKey("hp.anyware.dns", first, second)),
                List.of(new CustomFlow("c1", first, second, Protocol.TCP, null, PortSet.parse("8443"), "Health probe")))));

        JsonNode root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));

        assertThat(fieldNames(root)).containsExactly("format", "version", "request", "zones", "firewalls", "nodes", "overrides");
        assertThat(fieldNames(root.get("request")))
                .containsExactly("title", "requester", "changeReference", "environment", "description");
        assertThat(fieldNames(root.get("zones").get(0))).containsExactly("id", "name", "kind", "cidrs", "bounds");
        assertThat(fieldNames(root.get("firewalls").get(0))).containsExactly("id", "name", "zones", "position");
        assertThat(fieldNames(root.get("nodes").get(0)))
                .containsExactly("id", "type", "name", "host", "address", "zone", "position", "features", "count");
        assertThat(fieldNames(root.get("overrides").get("suppressed").get(0))).containsExactly("rule", "source", "destination");
        assertThat(fieldNames(root.get("overrides").get("custom").get(0)))
                .containsExactly("id", "source", "destination", "protocol", "ipProtocol", "ports", "purpose");
    }

    @Test
    void anOutboundAddressIsSavedAfterTheAddressOnlyWhenSet() throws Exception {
        Path file = folder.resolve("outbound.portolan");
        Design design = template("hp-anyware");
        Node first = design.nodes().get(0).withOutboundAddress("");
        Node second = design.nodes().get(1).withOutboundAddress("172.16.10.21");
        DesignFile.write(file, design.withNode(first).withNode(second));

        JsonNode nodes = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8)).get("nodes");

        assertThat(fieldNames(nodes.get(0))).doesNotContain("outboundAddress");
        assertThat(fieldNames(nodes.get(1))).containsSubsequence("address", "outboundAddress", "zone");
        assertThat(nodes.get(1).get("outboundAddress").asText()).isEqualTo("172.16.10.21");
        assertThat(DesignFile.read(file, CATALOG).node(second.id()).orElseThrow().sourceAddress()).isEqualTo("172.16.10.21");
    }

    @Test
    void savingReplacesThePreviousFileWhole() throws Exception {
        Path file = folder.resolve("design.portolan");
        DesignFile.write(file, template("citrix-onprem"));

        DesignFile.write(file, template("hp-anyware"));

        assertThat(DesignFile.read(file, CATALOG)).isEqualTo(template("hp-anyware"));
        assertThat(filesIn(folder)).containsExactly("design.portolan");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousFileWhole() throws Exception {
        Path file = folder.resolve("design.portolan");
        DesignFile.write(file, template("citrix-onprem"));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("{\"format\": \"portolan-design\", \"zo".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(OutputFileException.class).hasMessage("Cannot write " + file + ": the disk is full");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactly("design.portolan");
    }

    @Test
    void aReadOnlyTargetGivesAClearErrorAndStaysAsItWas() throws Exception {
        Path file = folder.resolve("design.portolan");
        DesignFile.write(file, template("citrix-onprem"));
        byte[] before = Files.readAllBytes(file);
        ReadOnly readOnly = ReadOnly.make(file);
        try {
            assertThatThrownBy(() -> DesignFile.write(file, template("hp-anyware")))
                    .isInstanceOf(OutputFileException.class)
                    .hasMessage("Cannot write " + file + ": it is read-only; the existing file was left as it was");
        } finally {
            readOnly.undo();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactly("design.portolan");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = folder.resolve("no-such-folder").resolve("design.portolan");

        assertThatThrownBy(() -> DesignFile.write(file, template("citrix-onprem")))
                .isInstanceOf(OutputFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void aFolderIsNotReplacedByADesign() throws Exception {
        Path target = Files.createDirectory(folder.resolve("design.portolan"));

        assertThatThrownBy(() -> DesignFile.write(target, template("citrix-onprem")))
                .isInstanceOf(OutputFileException.class).hasMessageContaining("it is a folder");
        assertThat(Files.isDirectory(target)).isTrue();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Makes a file read-only for the user running the tests: by its permissions, or, for root (whom
     * permissions do not stop), with the immutable attribute. Skips the test where neither works.
     */
    private record ReadOnly(Path file, boolean immutable) {

        static ReadOnly make(Path file) throws IOException, InterruptedException {
            if (file.toFile().setWritable(false, false) && !Files.isWritable(file)) {
                return new ReadOnly(file, false);
            }
            boolean immutable = chattr("+i", file);
            Assumptions.assumeTrue(immutable && !Files.isWritable(file),
                    "cannot make a file read-only here (running as root without chattr)");
            return new ReadOnly(file, true);
        }

        void undo() throws IOException, InterruptedException {
            if (immutable) {
                chattr("-i", file);
            }
            file.toFile().setWritable(true, false);
        }

        private static boolean chattr(String change, Path file) throws InterruptedException {
            try {
                Process process = new ProcessBuilder("chattr", change, file.toString()).redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                return process.waitFor() == 0;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
