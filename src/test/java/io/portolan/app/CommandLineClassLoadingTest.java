package io.portolan.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.testing.ChildJvm;
import io.portolan.testing.CommandLineRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line loads only what a command uses: listing flows or printing the version touches neither the window's
 * JavaFX nor the workbook's POI, and the version not even the catalog or picocli's model of the commands. Each command runs in a fresh JVM that logs
 * every class it loads.
 */
class CommandLineClassLoadingTest {

    @TempDir
    static Path folder;
    private static Path design;

    @BeforeAll
    static void writeATemplate() {
        design = folder.resolve("citrix.portolan");
        assertThat(CommandLineRun.run("template", "citrix-onprem", "-o", design.toString()).status()).isZero();
    }

    /** The classes a fresh JVM loads to run {@code portolan ARGS}, which must succeed. */
    private static List<String> classesLoadedBy(String... args) throws Exception {
        Path log = Files.createTempFile(folder, "classes", ".log");
        ChildJvm run = ChildJvm.run(List.of("-Xlog:class+load=info:file=" + log), Launcher.class.getName(), List.of(args), folder, 3);
        assertThat(run.status()).as("portolan %s: %s", String.join(" ", args), run.err()).isZero();
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(" source: "))
                .map(line -> line.substring(line.indexOf("] ") + 2, line.indexOf(" source: ")))
                .toList();
    }

    @Test
    void listingFlowsLoadsNoJavaFxAndNoPoiClass() throws Exception {
        List<String> classes = classesLoadedBy("flows", design.toString(), "--format", "json");

        assertThat(classes).contains("io.portolan.engine.FlowEngine");
        assertThat(classes).noneMatch(name -> name.startsWith("javafx.") || name.startsWith("com.sun.javafx.")
                || name.startsWith("org.apache.poi.") || name.startsWith("org.jfree."));
    }

    @Test
    void printingTheVersionLoadsNeitherTheCatalogNorJsonNorTheWindow() throws Exception {
        List<String> classes = classesLoadedBy("--version");

        assertThat(classes).contains(Launcher.class.getName());
        assertThat(classes).noneMatch(name -> name.startsWith("io.portolan.catalog.") || name.startsWith("com.fasterxml.")
                || name.startsWith("javafx.") || name.startsWith("org.apache.poi."));
        assertThat(classes).as("no command model is built to print the version").doesNotContain("picocli.CommandLine$Model$CommandSpec");
    }
}
