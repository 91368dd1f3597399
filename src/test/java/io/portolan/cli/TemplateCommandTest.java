package io.portolan.cli;

import static io.portolan.testing.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.testing.CommandLineRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    @TempDir
    Path folder;

    @Test
    void listShowsEveryTemplateWithItsTitle() {
        CommandLineRun result = run("template", "--list");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines().get(0)).startsWith("NAME").contains("TITLE", "DESCRIPTION");
        for (Templates.Template template : Templates.list()) {
            assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith(template.name())
                    .contains(template.title()).contains(template.description()));
        }
    }

    @Test
    void writesTheTemplateAsADesignFile() throws Exception {
        Path file = folder.resolve("remote-access.portolan");

        CommandLineRun result = run("template", "parallels-ras", "-o", file.toString());

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("parallels-ras").contains(file.toString());
        assertThat(DesignFile.read(file, CATALOG)).isEqualTo(Templates.load("parallels-ras", CATALOG));
    }

    @Test
    void refusesToReplaceAnExistingFileWithoutForce() throws Exception {
        Path file = folder.resolve("mine.portolan");
        Files.writeString(file, "my own work");

        CommandLineRun result = run("template", "citrix-onprem", "-o", file.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("portolan: Cannot write " + file
                + ": it exists already; add --force to replace it");
        assertThat(Files.readString(file)).isEqualTo("my own work");
    }

    @Test
    void forceReplacesAnExistingFile() throws Exception {
        Path file = folder.resolve("mine.portolan");
        Files.writeString(file, "my own work");

        CommandLineRun result = run("template", "hp-anyware", "--output", file.toString(), "--force");

        assertThat(result.status()).isZero();
        assertThat(DesignFile.read(file, CATALOG)).isEqualTo(Templates.load("hp-anyware", CATALOG));
    }

    @Test
    void unknownTemplateIsAUsageErrorNamingTheTemplates() {
        CommandLineRun result = run("template", "vmware-horizon", "-o", folder.resolve("x.portolan").toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("portolan: unknown template 'vmware-horizon'; the templates are: "
                + "citrix-onprem, citrix-cloud, parallels-ras, hp-anyware");
        assertThat(result.err()).contains("Usage: portolan template");
        assertThat(folder.resolve("x.portolan")).doesNotExist();
    }

    @Test
    void aTemplateWithoutAnOutputFileIsAUsageError() {
        CommandLineRun result = run("template", "citrix-cloud");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("portolan: name the design file to write with -o FILE");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void noTemplateAndNoListIsAUsageError() {
        CommandLineRun result = run("template");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines().get(0)).contains("name a template").contains("--list");
    }

    @Test
    void aFolderThatDoesNotExistIsOneLineOnStderr() {
        Path file = folder.resolve("missing").resolve("x.portolan");

        CommandLineRun result = run("template", "citrix-onprem", "-o", file.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.errLines().get(0)).startsWith("portolan: Cannot write " + file).contains("does not exist");
    }

    @Test
    void aFolderAsTheOutputIsNamedAsAFolderEvenWithForce() {
        for (String[] args : List.of(new String[] {"template", "hp-anyware", "-o", folder.toString()},
                new String[] {"template", "hp-anyware", "-o", folder.toString(), "--force"})) {
            CommandLineRun result = run(args);

            assertThat(result.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
            assertThat(result.errLines()).containsExactly("portolan: Cannot write " + folder + ": it is a folder, not a file");
        }
    }
}
