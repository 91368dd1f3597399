package io.portolan.cli;

import static io.portolan.testing.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.testing.CommandLineRun;
import io.portolan.testing.CsvText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path write(String name, Design design) throws Exception {
        Path file = folder.resolve(name);
        DesignFile.write(file, design);
        return file;
    }

    private static Design template() throws Exception {
        return Templates.load("citrix-onprem", CATALOG);
    }

    /** The template with the first StoreFront at another address. */
    private static Design storeFrontMoved() throws Exception {
        Design design = template();
        Node storeFront = design.nodes().stream().filter(n -> n.typeId().equals("citrix.storefront")).findFirst().orElseThrow();
        return design.withNode(storeFront.withAddress("10.99.0.20").withName("StoreFront (new subnet)"));
    }

    @Test
    void twoRevisionsWithTheSameRulesExitZero() throws Exception {
        Design design = template();
        Node first = design.nodes().get(0);
        Path old = write("old.portolan", design);
        Path renamed = write("new.portolan", design.withNode(first.withName("Renamed").withPosition(new io.portolan.model.Point(5, 5))));

        CommandLineRun result = run("diff", old.toString(), renamed.toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.outLines().get(0)).endsWith(": 0 to add, 0 to remove, 0 to change, "
                + new io.portolan.engine.FlowEngine(CATALOG).analyze(design).rules().size() + " stay");
    }

    @Test
    void aChangedAddressExitsOneAndListsTheChangedRulesPerFirewall() throws Exception {
        Path old = write("old.portolan", template());
        Path changed = write("new.portolan", storeFrontMoved());

        CommandLineRun result = run("diff", old.toString(), changed.toString());

        assertThat(result.status()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains("FIREWALL", "ADD", "REMOVE", "CHANGE", "STAY", "destination address");
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).contains("Change").contains("\u2192 10.99.0.20"));
    }

    @Test
    void csvHasTheChangeColumnsAndJsonSaysWhatChanged() throws Exception {
        Path old = write("old.portolan", template());
        Path changed = write("new.portolan", storeFrontMoved());

        List<List<String>> csv = CsvText.rows(run("diff", old.toString(), changed.toString(), "--format", "csv").out());
        JsonNode json = JSON.readTree(run("diff", old.toString(), changed.toString(), "--format", "json").out());

        assertThat(csv.get(0).subList(0, 2)).containsExactly("No.", "Change");
        assertThat(csv.get(0)).contains("What changed");
        assertThat(csv.subList(1, csv.size())).allSatisfy(row -> assertThat(row.get(1)).isIn("Add", "Remove", "Change"));
        assertThat(json.get("changed").asBoolean()).isTrue();
        assertThat(json.get("rules")).hasSize(csv.size() - 1);
        assertThat(json.get("rules").get(0).get("change").asText()).isEqualTo(csv.get(1).get(1));
        assertThat(json.get("firewalls").get(0).has("stay")).isTrue();
    }

    @Test
    void againstHeadComparesWithTheFileAsCommitted() throws Exception {
        Path design = write("design.portolan", template());
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("design.portolan").call();
            git.commit().setMessage("First request").setAuthor("Ada", "ada@example.com")
                    .setCommitter("Ada", "ada@example.com").setSign(false).call();
        }
        CommandLineRun unchanged = run("diff", design.toString(), "--against", "HEAD");
        DesignFile.write(design, storeFrontMoved());

        CommandLineRun changed = run("diff", design.toString(), "--against", "HEAD", "--format", "json");

        assertThat(unchanged.status()).as(unchanged.err()).isZero();
        assertThat(changed.status()).as(changed.err()).isEqualTo(1);
        assertThat(JSON.readTree(changed.out()).get("against").asText()).startsWith("design.portolan at HEAD (")
                .endsWith(": First request)");
    }

    @Test
    void againstOutsideAGitWorkingTreeIsAnErrorNamingTheFile() throws Exception {
        Path design = write("design.portolan", template());

        CommandLineRun result = run("diff", design.toString(), "--against", "HEAD");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("portolan: " + design + " is not in a git working tree, so it has no"
                + " revision HEAD; compare it with another file instead");
    }

    @Test
    void anUnknownRevisionIsAnError() throws Exception {
        Path design = write("design.portolan", template());
        Git.init().setDirectory(folder.toFile()).call().close();

        CommandLineRun result = run("diff", design.toString(), "--against", "v9");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("has no revision 'v9'");
    }

    @Test
    void oneFileWithoutAgainstOrTwoWithItAreUsageErrors() throws Exception {
        Path design = write("design.portolan", template());

        CommandLineRun one = run("diff", design.toString());
        CommandLineRun two = run("diff", design.toString(), design.toString(), "--against", "HEAD");

        assertThat(one.status()).isEqualTo(2);
        assertThat(one.errLines().get(0)).isEqualTo("portolan: give two design files, OLD NEW, or one with --against REV");
        assertThat(two.status()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() throws Exception {
        Path design = write("design.portolan", template());

        CommandLineRun result = run("diff", folder.resolve("nope.portolan").toString(), design.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("nope.portolan: the file does not exist");
        assertThat(Files.exists(folder.resolve("nope.portolan"))).isFalse();
    }
}
